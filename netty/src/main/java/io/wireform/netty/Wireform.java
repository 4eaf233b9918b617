package io.wireform.netty;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;

/**
 * Netty handlers over generated codecs: a {@link WireframeDecoder} for the bytes coming in and a
 * {@link WireframeEncoder} for the messages going out. A Modbus TCP server:
 *
 * <pre>{@code
 * WireframeEncoder<ResponseAdu> encoder = Wireform.encoder(ResponseAduCodec.INSTANCE);   // sharable
 * new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
 *         .childHandler(new ChannelInitializer<SocketChannel>() {
 *             protected void initChannel(SocketChannel ch) {
 *                 ch.pipeline().addLast(
 *                         Wireform.decoder(RequestAduReader.builder()),                 // one per channel
 *                         encoder,
 *                         new SimpleChannelInboundHandler<RequestAdu>() {
 *                             protected void channelRead0(ChannelHandlerContext ctx, RequestAdu request) {
 *                                 ctx.writeAndFlush(answer(request));
 *                             }
 *                         });
 *             }
 *         });
 * }</pre>
 *
 * The decoder takes a reader builder, so framing, frame limit, resync policy, drop listener and
 * payload sink are set as for any {@link FrameReader}, e.g. {@code
 * Wireform.decoder(FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4)))}; the
 * encoder takes the matching {@link Framing}: {@code Wireform.encoder(BlobCodec.INSTANCE,
 * Framing.lengthPrefixed(4))}.
 */
public final class Wireform {
    private Wireform() {
    }

    /** A decoder with a reader built from {@code reader}: a new one for each channel. */
    public static <T> WireframeDecoder<T> decoder(FrameReader.Builder<T> reader) {
        return new WireframeDecoder<>(reader);
    }

    /** An encoder of {@code codec}'s messages with no framing beyond the schema's own; sharable. */
    public static <T> WireframeEncoder<T> encoder(WireCodec<T> codec) {
        return new WireframeEncoder<>(codec, Framing.schema());
    }

    /** An encoder of {@code codec}'s messages with {@code framing} around each; sharable. */
    public static <T> WireframeEncoder<T> encoder(WireCodec<T> codec, Framing framing) {
        return new WireframeEncoder<>(codec, framing);
    }
}

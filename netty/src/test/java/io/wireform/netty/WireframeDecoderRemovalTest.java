package io.wireform.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.wireform.annotations.Resync;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.net.pg.SslRequest;
import io.wireform.samples.net.pg.SslRequestCodec;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WireframeDecoder} taken out of its pipeline hands the bytes it has not made a message of to
 * the next handler, in order, as Netty's own decoders do: so a handler can switch protocols on a
 * message, as a PostgreSQL server does on an {@code SSLRequest} before the TLS handshake.
 */
class WireframeDecoderRemovalTest {
    private static final DeviceBlockCodec CODEC = DeviceBlockCodec.INSTANCE;
    private static final byte[] REALTIME = CODEC.encode(new Realtime(WireframeDecoderTest.filled(150, 0x11)));
    private static final byte[] EXTRA = CODEC.encode(new Extra(WireframeDecoderTest.filled(190, 0x22)));
    private static final byte[] GARBAGE = {0x00, 0x13, 0x37, (byte) 0xFD, 0x01};
    private static final byte[] SSL_REQUEST = SslRequestCodec.INSTANCE.encode(new SslRequest());

    /** After the first {@code SSLRequest}, takes the decoder out and collects the raw bytes that reach it. */
    private static final class Switch extends ChannelInboundHandlerAdapter {
        private final ChannelHandler decoder;
        final List<Object> messages = new ArrayList<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Switch(ChannelHandler decoder) {
            this.decoder = decoder;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf buf) {
                bytes.writeBytes(ByteBufUtil.getBytes(buf));
                buf.release();
                return;
            }
            messages.add(msg);
            if (msg instanceof SslRequest) {
                ctx.pipeline().remove(decoder); // from here on the bytes are the TLS handshake
            }
        }
    }

    @Test
    void onSwitchingProtocolsAfterAFirstMessageEveryByteAfterItReachesTheNextHandler() {
        byte[] handshake = new byte[300];
        new Random(11).nextBytes(handshake);
        // a second SSLRequest after the first is the next protocol's bytes, not a message of this one
        byte[] stream = WireframeDecoderTest.concat(SSL_REQUEST, SSL_REQUEST, handshake);
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            List<ByteBuf> reads = reads(stream, random, trial);
            WireframeDecoder<SslRequest> decoder = Wireform.decoder(FrameReader.builder(SslRequestCodec.INSTANCE));
            Switch next = new Switch(decoder);
            EmbeddedChannel channel = new EmbeddedChannel(decoder, next);
            for (ByteBuf read : reads) {
                channel.writeInbound(read);
            }
            String split = "reads " + reads.stream().map(ByteBuf::capacity).toList();
            assertEquals(List.of(new SslRequest()), next.messages, split);
            assertArrayEquals(Arrays.copyOfRange(stream, SSL_REQUEST.length, stream.length), next.bytes.toByteArray(), split);
            assertNull(channel.readInbound(), split);
            channel.finishAndReleaseAll();
        }
    }

    /** The stream in 1 to 4 reads, each a heap buffer or a composite of several parts: the cuts anywhere. */
    private static List<ByteBuf> reads(byte[] stream, Random random, int trial) {
        List<ByteBuf> reads = new ArrayList<>();
        int count = trial == 0 ? 1 : 1 + random.nextInt(4);
        int at = 0;
        for (int i = 0; i < count; i++) {
            int end = i == count - 1 ? stream.length : at + random.nextInt(Math.min(40, stream.length - at) + 1);
            if (random.nextBoolean() && end - at > 1) {
                CompositeByteBuf composite = Unpooled.compositeBuffer();
                int cut = at + 1 + random.nextInt(end - at - 1);
                composite.addComponent(true, Unpooled.copiedBuffer(stream, at, cut - at));
                composite.addComponent(true, Unpooled.copiedBuffer(stream, cut, end - cut));
                reads.add(composite);
            } else {
                reads.add(Unpooled.copiedBuffer(stream, at, end - at));
            }
            at = end;
        }
        return reads;
    }

    @Test
    void removedBetweenReadsTheDecoderHandsOnTheFrameItsReaderHeld() {
        WireframeDecoder<?> decoder = Wireform.decoder(DeviceBlockReader.builder());
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        channel.writeInbound(Unpooled.wrappedBuffer(REALTIME, 0, 37)); // a frame begun
        assertNull(channel.readInbound());

        channel.pipeline().remove(decoder);
        channel.writeInbound(Unpooled.wrappedBuffer(REALTIME, 37, REALTIME.length - 37));
        assertArrayEquals(REALTIME, WireframeDecoderTest.concat(bytes(channel.readInbound()), bytes(channel.readInbound())),
                "the 37 bytes the reader held, then the rest of the frame");
        assertNull(channel.readInbound());
        channel.finishAndReleaseAll();
    }

    @Test
    void afterAnErrorTheBadBytesAndAllAfterThemAreHandedOnInOrder() {
        WireframeDecoderTest.Errors errors = new WireframeDecoderTest.Errors();
        WireframeDecoder<?> decoder = Wireform.decoder(FrameReader.builder(CODEC).resync(Resync.FAIL));
        EmbeddedChannel channel = new EmbeddedChannel(decoder, errors);
        channel.writeInbound(Unpooled.wrappedBuffer(WireframeDecoderTest.concat(REALTIME, GARBAGE, EXTRA)));
        assertInstanceOf(Realtime.class, channel.readInbound());
        channel.writeInbound(Unpooled.wrappedBuffer(REALTIME)); // fails again on the bad bytes, and is kept behind them
        assertNull(channel.readInbound());
        assertEquals(2, errors.caught.size());
        WireDecodeException first = assertInstanceOf(WireDecodeException.class,
                assertInstanceOf(DecoderException.class, errors.caught.get(0)).getCause());
        assertEquals(first.getMessage(), errors.caught.get(1).getCause().getMessage(), "the same bad bytes, the same error");

        channel.pipeline().remove(decoder);
        assertArrayEquals(WireframeDecoderTest.concat(GARBAGE, EXTRA, REALTIME), bytes(channel.readInbound()));
        assertNull(channel.readInbound());
        channel.finishAndReleaseAll();
    }

    @Test
    void onceTheInputHasEndedNothingIsHandedOn() {
        WireframeDecoder<?> decoder = Wireform.decoder(DeviceBlockReader.builder());
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        channel.writeInbound(Unpooled.wrappedBuffer(REALTIME, 0, 37));
        DecoderException cut = assertThrows(DecoderException.class, channel::finish); // closed inside a frame
        assertInstanceOf(TruncatedFrameException.class, cut.getCause());
        // the channel closed takes its handlers out: the decoder's reader still holds the 37 bytes
        assertNull(channel.readInbound(), "the frame cut short is not passed on");
        channel.finishAndReleaseAll();
    }

    private static byte[] bytes(Object read) {
        ByteBuf buf = assertInstanceOf(ByteBuf.class, read);
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }
}

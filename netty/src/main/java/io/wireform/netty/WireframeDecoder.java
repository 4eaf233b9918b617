package io.wireform.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import io.wireform.runtime.stream.FrameReader;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * Decodes the inbound bytes of a channel into messages with a push {@link FrameReader}: frames
 * split across reads or glued together, framing, {@code maxFrameLength}, resynchronisation and
 * the drop listener all behave exactly as they do for the runtime's reader, because it is the
 * runtime's reader that does the work.
 *
 * <pre>{@code
 * ch.pipeline().addLast(new WireframeDecoder<>(DeviceBlockReader.builder()
 *         .onDropped((bytes, at, cause) -> log.warn("dropped {} bytes at {}: {}", bytes, at, cause.getMessage()))));
 * }</pre>
 *
 * <p><b>Errors.</b> A {@link io.wireform.runtime.WireException} raised by the reader (bad bytes under
 * {@code Resync.FAIL}, a {@link io.wireform.runtime.FrameTooLargeException}, ...) reaches the pipeline's
 * {@code exceptionCaught} as a {@link DecoderException} whose cause is that exception; messages
 * completed before it are still passed on. Under {@code Resync.FAIL} the reader keeps the bad bytes,
 * so every later read fails again: close the channel in {@code exceptionCaught}. (Closing it then
 * reports no second error: the end of input is not checked once the reader has failed.)
 *
 * <p><b>End of stream.</b> When the channel's input ends (it goes inactive, or its input is shut
 * down) the reader is told, so a connection closed inside a frame fires a {@code DecoderException}
 * whose cause is a {@link io.wireform.runtime.TruncatedFrameException} saying how far into how long a
 * frame it ended (or the error of bytes already wrong, as the reader's {@code endOfStream} says); with {@code Framing.untilClose()} the bytes received make the one message.
 *
 * <p><b>Payloads.</b> A codec whose messages end with a streamed {@link io.wireform.runtime.Payload} (a
 * {@link io.wireform.runtime.StreamedCodec}, such as the smart-home protocol's {@code DbFile}) is streamed
 * to a {@link io.wireform.runtime.stream.PayloadSink} set on the builder with {@code onPayload(...)};
 * without one, the payload is buffered with its frame, which the frame limit then bounds (a longer one
 * is a {@code FrameTooLargeException} as soon as its header arrives). The sink is called on the event loop, during the read that carries
 * the bytes: for each chunk, and at the end of each payload. It receives the message as its first
 * argument; the message itself goes down the pipeline after the read's bytes have been processed,
 * so the sink may see some or all of a payload before the next handler sees its message.
 *
 * <p><b>Threading and state.</b> Like every {@code ByteToMessageDecoder}, an instance belongs to one
 * channel: make one per channel, in a {@code ChannelInitializer}. Each instance builds its own
 * reader from the builder, so one builder may serve every channel, but then its drop listener and
 * payload sink are called from every channel's event loop. Bytes held by the reader (an incomplete
 * frame) are discarded if the decoder is removed from the pipeline.
 *
 * @param <T> the message type
 */
public class WireframeDecoder<T> extends ByteToMessageDecoder {
    private static final int COPY_CHUNK = 8192;

    private final FrameReader<T> reader;
    private boolean inputEnded;
    private boolean failed;
    private byte[] copyBuffer;

    /**
     * A decoder whose reader is built from {@code reader}, for example a generated
     * {@code <Type>Reader.builder()} or {@code FrameReader.builder(codec).framing(...)}; the builder is
     * not kept.
     */
    public WireframeDecoder(FrameReader.Builder<T> reader) {
        this.reader = Objects.requireNonNull(reader, "reader").build();
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        try {
            feed(in, out);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    private void feed(ByteBuf in, List<Object> out) {
        if (in.nioBufferCount() > 0) {
            // the reader copies into its own buffer, so the buffer's memory is read where it is
            for (ByteBuffer chunk : in.nioBuffers(in.readerIndex(), in.readableBytes())) {
                int start = chunk.position();
                try {
                    reader.feed(chunk, out::add);
                } finally {
                    // the reader has taken every byte it moved past, even when it then failed
                    in.skipBytes(chunk.position() - start);
                }
            }
        } else {
            if (copyBuffer == null) {
                copyBuffer = new byte[COPY_CHUNK];
            }
            while (in.isReadable()) {
                int count = Math.min(copyBuffer.length, in.readableBytes());
                in.getBytes(in.readerIndex(), copyBuffer, 0, count);
                ByteBuffer chunk = ByteBuffer.wrap(copyBuffer, 0, count);
                try {
                    reader.feed(chunk, out::add);
                } finally {
                    in.skipBytes(chunk.position());
                }
            }
        }
    }

    /**
     * Decodes what is left, then tells the reader that the stream ended: a frame cut short is a
     * {@link io.wireform.runtime.TruncatedFrameException}. Done once, however often Netty reports the
     * end (input shutdown, then inactive), and not after the reader has failed, whose error was
     * reported already.
     */
    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        decode(ctx, in, out);
        if (inputEnded || failed) {
            return;
        }
        inputEnded = true;
        reader.endOfStream(out::add);
    }
}

package io.wireform.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import io.wireform.runtime.stream.FrameReader;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decodes the inbound bytes of a channel into messages with a push {@link FrameReader}: frames
 * split across reads or glued together, framing, {@code maxFrameLength}, resynchronisation and
 * the drop listener all behave exactly as they do for the runtime's reader, because it is the
 * runtime's reader that does the work. Each message goes down the pipeline as soon as it is
 * decoded, before the reader looks at the bytes after it.
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
 * so every later read fails again with the same error: close the channel in {@code exceptionCaught}.
 * (Closing it then reports no second error: the end of input is not checked once the reader has failed.)
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
 * argument; the message itself goes down the pipeline when its header is decoded, before the sink
 * sees its payload's bytes.
 *
 * <p><b>Taken out of the pipeline.</b> As Netty's own decoders do, the decoder hands the bytes it has
 * not made a message of to the next handler when it is removed, in the order they came: the frame its
 * reader holds incomplete, and the rest of the read when a handler removes it on a message (to switch
 * protocols after a first message such as PostgreSQL's {@code SSLRequest}, whose next bytes are a TLS
 * handshake); after an error, the bad bytes and all that came after them. Once the channel's input
 * has ended, nothing is handed on. Removed while its reader drops a frame over the limit as it arrives
 * ({@code SKIP_FRAME}; {@code FrameReader.frameBytes()} is then above {@code buffered()}), it holds none of
 * that frame, and the rest of it reaches the next handler.
 *
 * <p><b>Threading and state.</b> Like every {@code ByteToMessageDecoder}, an instance belongs to one
 * channel: make one per channel, in a {@code ChannelInitializer}. Each instance builds its own
 * reader from the builder, so one builder may serve every channel, but then its drop listener and
 * payload sink are called from every channel's event loop.
 *
 * @param <T> the message type
 */
public class WireframeDecoder<T> extends ByteToMessageDecoder {
    private static final int COPY_CHUNK = 8192;

    private final FrameReader<T> reader;
    private boolean inputEnded;
    /** The reader's error: it keeps the bad bytes, so every later read fails with it again. */
    private RuntimeException failure;
    /**
     * Bytes that came after those the reader holds and that it was not given: after its error, or
     * after the message on which a handler removed this decoder. Handed on behind the reader's.
     */
    private ByteBuf unread;
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
        if (failure != null) {
            keepUnread(ctx, in);
            throw failure;
        }
        try {
            feed(in, passOn(ctx, out));
        } catch (Removed removed) {
            keepUnread(ctx, in); // the rest of the read, after the message on which this decoder was removed
        } catch (RuntimeException e) {
            failure = e;
            keepUnread(ctx, in); // what the reader did not take, after the bad bytes it holds
            throw e;
        }
    }

    /**
     * Passes each message down the pipeline as soon as it is decoded, through {@code out} as Netty's
     * own decoding loop does (so that Netty knows the read made a message), and stops the reader if a
     * handler removed this decoder on it: the bytes after it are then for the next handler.
     */
    private static Consumer<Object> passOn(ChannelHandlerContext ctx, List<Object> out) {
        return message -> {
            out.add(message);
            try {
                ctx.fireChannelRead(message);
            } finally {
                out.clear();
            }
            if (ctx.isRemoved()) {
                throw Removed.INSTANCE;
            }
        };
    }

    private void keepUnread(ChannelHandlerContext ctx, ByteBuf in) {
        if (!in.isReadable()) {
            return;
        }
        if (unread == null) {
            unread = ctx.alloc().buffer(in.readableBytes());
        }
        unread.writeBytes(in);
    }

    private void feed(ByteBuf in, Consumer<Object> sink) {
        if (in.nioBufferCount() > 0) {
            // the reader copies into its own buffer, so the buffer's memory is read where it is
            for (ByteBuffer chunk : in.nioBuffers(in.readerIndex(), in.readableBytes())) {
                int start = chunk.position();
                try {
                    reader.feed(chunk, sink);
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
                    reader.feed(chunk, sink);
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
     * reported already, nor once this decoder was removed.
     */
    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        boolean first = !inputEnded;
        inputEnded = true; // nothing follows: nothing is handed on when this decoder is removed
        super.decodeLast(ctx, in, out); // decode(...), guarded as Netty guards it against removal meanwhile
        if (!first || failure != null || ctx.isRemoved()) {
            return;
        }
        try {
            reader.endOfStream(passOn(ctx, out));
        } catch (Removed removed) {
            // removed on the last message: nothing can come after the end of the input
        }
    }

    /**
     * Hands the bytes not made a message of to the next handler, the reader's first, unless the
     * input has ended; Netty has handed on its own buffer's already, which holds none (every read's
     * bytes go to the reader, or to {@link #unread}).
     */
    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        ByteBuf rest = unread;
        unread = null;
        ByteBuffer held = inputEnded ? ByteBuffer.allocate(0) : reader.bufferedBytes();
        int count = held.remaining() + (rest == null || inputEnded ? 0 : rest.readableBytes());
        if (count == 0) {
            if (rest != null) {
                rest.release();
            }
            return;
        }
        ByteBuf bytes = ctx.alloc().buffer(count);
        bytes.writeBytes(held);
        if (rest != null) {
            bytes.writeBytes(rest);
            rest.release();
        }
        ctx.fireChannelRead(bytes);
        ctx.fireChannelReadComplete();
    }

    /** Stops the reader after the message on which a handler removed this decoder. */
    private static final class Removed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Removed INSTANCE = new Removed();

        private Removed() {
            super("removed from the pipeline", null, false, false);
        }
    }
}

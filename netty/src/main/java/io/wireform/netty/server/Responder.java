package io.wireform.netty.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.util.ReferenceCountUtil;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.DeadlineExceededException;
import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Answers one connection's messages, for a server made with {@code respond(...)}: the event loop
 * decodes what it reads into an inbox; one task at a time on the executor answers up to {@link
 * #BATCH} of them, in order; the event loop encodes and writes the answers and, if more wait and the
 * peer keeps up, hands the next batch to the executor. So no thread is held between messages, a
 * slow answer holds up its own connection only (unless the transport answers on the event loops,
 * for answers that never block), and what waits is bounded: reading pauses while
 * {@link #MAX_INBOX} messages wait, and no batch starts while more than the outbound limit is queued
 * for the peer.
 *
 * <p>Everything but {@link #run()} and {@link #inbox} belongs to the event loop.
 */
final class Responder<I, O> extends ChannelInboundHandlerAdapter implements Runnable {
    /** Messages answered per hand-over to the executor. */
    static final int BATCH = 64;
    /** Messages decoded and not yet answered at which reading from the peer pauses. */
    static final int MAX_INBOX = 256;

    private final ServerSetup<I, O> setup;
    private final Function<? super I, ? extends O> reply;
    private final Executor executor;
    /** Answer on the event loop itself, not the executor: for answers that never block. */
    private final boolean onEventLoop;
    private final FrameReader<I> reader;
    private final WireCodec<O> codec;
    private final FrameWriter<O> writer;
    private final boolean schemaFraming;
    private final long acceptedAt;
    private final Queue<I> inbox = new ConcurrentLinkedQueue<>();
    private ChannelHandlerContext ctx;
    private Watch watch;
    private InetSocketAddress peer;
    private int waiting;
    private boolean answering;
    private boolean inputEnded;
    private boolean failed;
    private boolean closing;
    private boolean readPaused;

    Responder(ServerSetup<I, O> setup, Executor executor, boolean onEventLoop, long acceptedAt) {
        this.setup = setup;
        this.reply = setup.responder();
        this.executor = executor;
        this.onEventLoop = onEventLoop;
        this.reader = setup.newReader();
        this.codec = setup.outbound();
        this.writer = setup.newWriter();
        this.schemaFraming = setup.framing() instanceof Framing.Schema;
        this.acceptedAt = acceptedAt;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.peer = (InetSocketAddress) ctx.channel().remoteAddress();
        this.watch = new Watch(ctx.channel(), setup, acceptedAt, this::expired);
        watch.start();
    }

    // ---- reading, on the event loop

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof ByteBuf bytes)) {
            ReferenceCountUtil.release(message);
            return;
        }
        try {
            if (failed) {
                return;
            }
            int before = waiting;
            try {
                if (bytes.nioBufferCount() > 0) {
                    for (ByteBuffer chunk : bytes.nioBuffers(bytes.readerIndex(), bytes.readableBytes())) {
                        reader.feed(chunk, this::take);
                    }
                } else {
                    reader.feed(ByteBuffer.wrap(ByteBufUtil.getBytes(bytes)), this::take);
                }
            } catch (RuntimeException e) { // bad bytes: what was decoded before them is still answered
                fail(e);
            }
            if (waiting > before) {
                setup.framesIn(waiting - before);
            }
            if (!failed) {
                watch.read(System.nanoTime(), reader.buffered() > 0);
                answerNext();
            }
        } finally {
            bytes.release();
        }
    }

    private void take(I message) {
        inbox.add(message);
        waiting++;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            endOfInput();
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (!setup.closing()) { // a frame cut short by the server's own close is no error of the peer's
            endOfInput();
        }
        watch.stop();
        ctx.fireChannelInactive();
    }

    /** The peer closed its side: a frame cut short is an error; {@code untilClose} framing completes its message. */
    private void endOfInput() {
        if (inputEnded || failed) {
            return;
        }
        inputEnded = true;
        int before = waiting;
        try {
            reader.endOfStream(this::take);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        if (waiting > before) {
            setup.framesIn(waiting - before);
        }
        answerNext();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(cause);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        answerNext();
        ctx.fireChannelWritabilityChanged();
    }

    /**
     * Hands the next batch to the executor (or answers it here, on the event loop, when told to) if
     * there is one and the peer keeps up; closes after the last answer once the input ended.
     */
    private void answerNext() {
        while (!failed && !answering && waiting > 0 && ctx.channel().isWritable()) {
            answering = true;
            watch.busy(System.nanoTime(), true);
            if (onEventLoop) {
                if (!written(answerBatch())) {
                    return;
                }
                continue;
            }
            try {
                executor.execute(this);
            } catch (RuntimeException e) { // the executor was shut down or refused
                answering = false;
                fail(e);
                return;
            }
        }
        if (failed) {
            return;
        }
        if (!answering && waiting == 0 && inputEnded && !closing) {
            closing = true; // after the last answer has gone out
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
        boolean pause = waiting >= MAX_INBOX;
        if (pause != readPaused && !inputEnded) {
            readPaused = pause;
            ctx.channel().config().setAutoRead(!pause);
            watch.paused(System.nanoTime(), pause);
        }
    }

    /** The answers to up to {@link #BATCH} messages, and how many were taken; an error stops the batch. */
    private record Batch<A>(List<A> answers, int taken, Throwable error) {}

    // ---- answering, on the executor

    /** Answers a batch, then gives the answers to the event loop. */
    @Override
    public void run() {
        Batch<O> batch = answerBatch();
        ctx.channel().eventLoop().execute(() -> {
            if (written(batch)) {
                answerNext();
            }
        });
    }

    private Batch<O> answerBatch() {
        List<O> answers = new ArrayList<>();
        int taken = 0;
        for (I message; taken < BATCH && (message = inbox.poll()) != null; ) {
            taken++;
            try {
                O answer = reply.apply(message);
                if (answer != null) {
                    answers.add(answer);
                }
            } catch (Throwable e) {
                return new Batch<>(answers, taken, e);
            }
        }
        return new Batch<>(answers, taken, null);
    }

    // ---- writing, on the event loop

    /** Writes a batch's answers; false if the connection failed or is closed. */
    private boolean written(Batch<O> batch) {
        answering = false;
        waiting -= batch.taken();
        if (failed || !ctx.channel().isActive()) {
            return false;
        }
        Throwable error = batch.error();
        int written = 0;
        try {
            for (O answer : batch.answers()) {
                ctx.write(encode(answer));
                written++;
            }
        } catch (RuntimeException e) { // an answer the codec cannot encode
            error = error == null ? e : error;
        }
        if (written > 0) {
            setup.framesOut(written);
            ctx.flush();
        }
        long now = System.nanoTime();
        watch.wrote(now);
        if (error != null) {
            fail(error); // after the answers before it, as a handler's thread would have sent them
            return false;
        }
        if (waiting == 0) {
            watch.busy(now, false);
        }
        return true;
    }

    private ByteBuf encode(O answer) {
        if (!schemaFraming) {
            return Unpooled.wrappedBuffer(writer.frame(answer));
        }
        int size = codec.sizeOf(answer);
        ByteBuf out = ctx.alloc().ioBuffer(size);
        try {
            codec.encode(answer, out.nioBuffer(out.writerIndex(), size));
            out.writerIndex(out.writerIndex() + size);
            return out;
        } catch (RuntimeException e) {
            out.release();
            throw e;
        }
    }

    // ---- the end

    private void expired(Deadline deadline, Duration limit) {
        setup.expired(deadline);
        DeadlineExceededException e = DeadlineExceededException.of(deadline, peer, limit, reader.buffered());
        fail(e);
    }

    /** Reports {@code error} and closes this connection; later errors of it are not reported. */
    private void fail(Throwable error) {
        if (failed) {
            return;
        }
        failed = true;
        watch.stop();
        setup.failed(peer, error);
        ctx.close();
    }
}

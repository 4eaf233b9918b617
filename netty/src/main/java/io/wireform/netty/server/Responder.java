package io.wireform.netty.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.DeadlineExceededException;
import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Answers one connection's messages, for a server made with {@code respond(...)}: the event loop
 * decodes what it reads into an inbox; one task at a time on the executor answers what is there, in
 * order, and encodes the answers; what waits is bounded: reading pauses while {@link #MAX_INBOX}
 * messages wait, and no task starts while more than the outbound limit is queued for the peer. So
 * no thread is held between messages, and a slow answer holds up its own connection only.
 *
 * <p>The task writes its answers to the socket itself while Netty holds no bytes for the peer, so
 * that neither the answer nor the next message costs a wake-up of the event loop; it keeps going
 * while messages arrive meanwhile, so that the executor is woken once for many. It gives its answers
 * to the event loop instead (as the task {@link #written}) when the socket takes only part of them,
 * when Netty holds bytes for the peer, or with an error; and it wakes the event loop when it stops
 * while the loop waits on it (reading paused, the input ended, the peer not keeping up).
 *
 * <p>Unless the transport answers on the event loops, for answers that never block: then the loop
 * answers and writes, {@link #BATCH} messages at a time.
 *
 * <p>Bad bytes, or a frame cut short by the end of the input, end the reading only: the messages
 * decoded before them are answered and written first, then the error is reported and the connection
 * closed, as on the blocking transport, whose handler answers what it received before its next read
 * throws.
 *
 * <p>{@link #run()} and what it calls run on the executor; {@link #inbox}, {@link #running},
 * {@link #answered}, {@link #doneAt} and the volatile flags are shared; everything else belongs to
 * the event loop.
 */
final class Responder<I, O> extends ChannelInboundHandlerAdapter implements Runnable, Watch.Work {
    /** Messages answered and written at a time, before looking at the peer's pace again. */
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
    /** A task of {@link #run()} is on the executor, or its answers are with the event loop. */
    private final AtomicBoolean running = new AtomicBoolean();
    /** Messages answered, by the task (or the loop's {@link #written}, while the task is stopped). */
    private volatile long answered;
    /** When the last task stopped (nanoTime). */
    private volatile long doneAt;
    private volatile boolean failed;
    private volatile boolean inputEnded;
    private volatile boolean readPaused;
    private final Runnable resume = this::answerNext;
    private ChannelHandlerContext ctx;
    private WriteThrough.Connection direct;
    private Watch watch;
    /** This event loop's select strategy, told of reads from a pipelining peer; null on an application's loops. */
    private YieldingSelect select;
    private InetSocketAddress peer;
    /** What ended the input: bad bytes, or a frame cut short; reported once what came before is answered. */
    private Throwable inputError;
    /** Messages decoded. */
    private long decoded;
    private boolean closing;

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
        this.doneAt = acceptedAt;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.peer = (InetSocketAddress) ctx.channel().remoteAddress();
        this.direct = ctx.channel() instanceof WriteThrough.Connection c ? c : null;
        this.select = onEventLoop ? null : YieldingSelect.current();
        this.watch = new Watch(ctx.channel(), setup, acceptedAt, this, this::expired);
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
            if (failed || inputError != null) {
                return;
            }
            long before = decoded;
            if (select != null && waiting() > 0) { // the peer sent more before its answers went out
                select.pipelined();
            }
            try {
                if (bytes.nioBufferCount() > 0) {
                    for (ByteBuffer chunk : bytes.nioBuffers(bytes.readerIndex(), bytes.readableBytes())) {
                        reader.feed(chunk, this::take);
                    }
                } else {
                    reader.feed(ByteBuffer.wrap(ByteBufUtil.getBytes(bytes)), this::take);
                }
            } catch (RuntimeException e) { // bad bytes: what was decoded before them is still answered
                inputFailed(e);
            }
            if (decoded > before) {
                setup.framesIn((int) (decoded - before));
            }
            if (!failed) {
                watch.read(System.nanoTime(), inputError == null && reader.frameBytes() > 0);
                answerNext();
            }
        } finally {
            bytes.release();
        }
    }

    private void take(I message) {
        inbox.add(message);
        decoded++;
    }

    private long waiting() {
        return decoded - answered;
    }

    @Override
    public boolean busy() {
        return running.get() || waiting() > 0;
    }

    @Override
    public long doneAt() {
        return doneAt;
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
        if (inputError != null && !failed) {
            fail(inputError); // nothing more can be written: what waits is not answered
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
        long before = decoded;
        try {
            reader.endOfStream(this::take);
        } catch (RuntimeException e) {
            inputFailed(e);
        }
        if (decoded > before) {
            setup.framesIn((int) (decoded - before));
        }
        answerNext();
    }

    /**
     * The input ended in {@code error} (bad bytes, a frame cut short): nothing more is read, and once
     * the messages decoded before it are answered and written, {@link #answerNext()} reports it and closes.
     */
    private void inputFailed(Throwable error) {
        inputError = error;
        inputEnded = true;
        ctx.channel().config().setAutoRead(false);
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
     * Starts a task on the executor (or answers here, on the event loop, when told to) if messages
     * wait, none is running and the peer keeps up; closes after the last answer once the input
     * ended; pauses reading while too many wait.
     */
    private void answerNext() {
        for (;;) {
            if (failed) {
                return;
            }
            if (onEventLoop) {
                while (waiting() > 0 && ctx.channel().isWritable()) {
                    if (!written(answer())) {
                        return;
                    }
                }
            } else if (waiting() > 0 && ctx.channel().isWritable() && running.compareAndSet(false, true)) {
                watch.answering(System.nanoTime());
                try {
                    executor.execute(this);
                } catch (RuntimeException e) { // the executor was shut down or refused
                    running.set(false);
                    fail(e);
                    return;
                }
            }
            boolean idle = !running.get();
            if (idle && waiting() == 0 && inputEnded && !closing) {
                closing = true; // after the last answer has gone out
                if (inputError != null) {
                    failAfterAnswers(inputError);
                    return;
                }
                ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            }
            boolean pause = waiting() >= MAX_INBOX;
            if (pause == readPaused || inputEnded) {
                return;
            }
            readPaused = pause;
            ctx.channel().config().setAutoRead(!pause);
            watch.paused(System.nanoTime(), pause);
            if (!pause || running.get()) {
                return; // a task still running sees readPaused when it stops, and wakes the loop
            }
            // the task stopped before it could see that reading paused: look again
        }
    }

    // ---- answering, on the executor

    /** Answers what waits, writing the answers itself while it can. */
    @Override
    public void run() {
        for (;;) {
            if (failed) {
                running.set(false);
                return;
            }
            Answers answers = counted(answer());
            if (answers.error() != null || !sentDirectly(answers)) {
                try {
                    ctx.channel().eventLoop().execute(() -> { // the task ends here: the loop starts the next
                        running.set(false);
                        written(answers);
                        answerNext();
                    });
                } catch (RejectedExecutionException shutDown) { // the server closed its event loops
                    ReferenceCountUtil.release(answers.bytes());
                }
                return;
            }
            answered += answers.taken();
            if (inbox.isEmpty()) {
                // let a thread that waits for this core run first (the event loop reading the next
                // request, say) so that the task may find more without a wake-up; a platform thread
                // that nobody waits for goes on at once. No spinning: see benchmarks/LOAD.md
                Thread.yield();
            }
            if ((inbox.isEmpty() || !ctx.channel().isWritable()) && stopped()) {
                return;
            }
        }
    }

    /**
     * Ends the task unless messages arrived just now (and the peer keeps up), and wakes the event
     * loop if it waits on the task; false if the task goes on.
     */
    private boolean stopped() {
        doneAt = System.nanoTime();
        running.set(false);
        boolean more = !inbox.isEmpty();
        if (more && !failed && ctx.channel().isWritable() && running.compareAndSet(false, true)) {
            return false;
        }
        if (!failed && (readPaused || inputEnded || more)) {
            try {
                ctx.channel().eventLoop().execute(resume);
            } catch (RejectedExecutionException shutDown) {
                // the server closed its event loops: nothing waits on this task
            }
        }
        return true;
    }

    /**
     * The answers, with their count left to the loop's {@link #written} unless this thread is to
     * write them: then they are counted now, before the peer can have them, as the loop counts
     * before it writes; and so are the messages they answer, so that a message the peer sends only
     * once it has its answer is never seen as sent ahead of it ({@link YieldingSelect}).
     */
    private Answers counted(Answers answers) {
        if (answers.error() != null || answers.bytes() == null || direct == null) {
            return answers;
        }
        setup.framesOut(answers.count());
        answered += answers.taken(); // this task's own: the loop adds none of them
        return new Answers(answers.bytes(), 0, 0, null);
    }

    /** Writes the answers to the socket from this thread; false if the loop is to write (the rest of) them. */
    private boolean sentDirectly(Answers answers) {
        ByteBuf out = answers.bytes();
        if (out == null) {
            return true;
        }
        if (direct == null) {
            return false;
        }
        int written;
        try {
            written = direct.writeNow(out);
        } catch (IOException e) { // the peer is gone: the loop's write fails and closes as Netty does
            return false;
        }
        if (written < 0) {
            return false;
        }
        setup.bytesOut(written);
        out.skipBytes(written);
        if (out.isReadable()) {
            return false;
        }
        out.release();
        return true;
    }

    /** Answers, encoded; how many of them are still to be counted; how many messages were taken; an error stops them. */
    private record Answers(ByteBuf bytes, int count, int taken, Throwable error) {}

    /** Answers up to {@link #BATCH} waiting messages, encoding the answers into one buffer. */
    private Answers answer() {
        ByteBuf out = null;
        int count = 0;
        int taken = 0;
        for (I message; taken < BATCH && (message = inbox.poll()) != null; ) {
            taken++;
            try {
                O answer = reply.apply(message);
                if (answer != null) {
                    out = encode(out, answer);
                    count++;
                }
            } catch (Throwable e) {
                return new Answers(out, count, taken, e);
            }
        }
        return new Answers(out, count, taken, null);
    }

    private ByteBuf encode(ByteBuf out, O answer) {
        if (!schemaFraming) {
            byte[] frame = writer.frame(answer);
            out = out == null ? ctx.alloc().ioBuffer(frame.length) : out;
            return out.writeBytes(frame);
        }
        int size = codec.sizeOf(answer);
        out = out == null ? ctx.alloc().ioBuffer(size) : out.ensureWritable(size);
        codec.encode(answer, out.internalNioBuffer(out.writerIndex(), size));
        return out.writerIndex(out.writerIndex() + size);
    }

    // ---- writing, on the event loop

    /** Writes answers through the pipeline; false if the connection failed or is closed. */
    private boolean written(Answers answers) {
        answered += answers.taken();
        ByteBuf out = answers.bytes();
        if (failed || !ctx.channel().isActive()) {
            if (out != null) {
                out.release();
            }
            return false;
        }
        if (out != null) {
            setup.framesOut(answers.count());
            ctx.writeAndFlush(out);
        }
        long now = System.nanoTime();
        watch.wrote(now);
        if (answers.error() != null) {
            failAfterAnswers(answers.error()); // after the answers before it, as a handler's thread would have sent them
            return false;
        }
        if (waiting() == 0) {
            watch.done(now);
        }
        return true;
    }

    // ---- the end

    private void expired(Deadline deadline, Duration limit) {
        setup.expired(deadline);
        DeadlineExceededException e = DeadlineExceededException.of(deadline, peer, limit, reader.frameBytes());
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

    /**
     * Reports {@code error}, which came after the answers written so far, and closes this connection
     * once they have gone out (Netty drops what is still queued when a channel closes), or after the
     * write timeout if the peer does not take them; later errors of it are not reported.
     */
    private void failAfterAnswers(Throwable error) {
        if (failed) {
            return;
        }
        failed = true;
        watch.stop();
        setup.failed(peer, error);
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        Duration timeout = setup.writeTimeout();
        if (!timeout.isZero() && ctx.channel().isActive()) {
            ScheduledFuture<?> forced = ctx.executor().schedule(() -> {
                ctx.close();
            }, timeout.toNanos(), TimeUnit.NANOSECONDS);
            ctx.channel().closeFuture().addListener(closed -> forced.cancel(false));
        }
    }
}

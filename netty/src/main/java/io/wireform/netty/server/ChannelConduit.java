package io.wireform.netty.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.wireform.runtime.net.Conduit;
import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.DeadlineExceededException;
import io.wireform.runtime.net.ServerSetup;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A channel as the blocking {@link Conduit} a handler's thread reads and writes: the event loop
 * queues what it reads and the handler takes it; the handler's writes go to the channel, and a
 * write waits while more than the outbound limit is queued for the peer, up to the write timeout.
 * Reading from the peer pauses while {@link #PAUSE_AT} bytes wait for the handler, so a payload
 * streams through in constant memory.
 */
final class ChannelConduit extends ChannelInboundHandlerAdapter implements Conduit {
    /** Bytes waiting for the handler at which the event loop stops reading from the peer. */
    static final int PAUSE_AT = 64 * 1024;
    /** ... and starts again. */
    private static final int RESUME_AT = 16 * 1024;
    /** How often a waiting write looks for progress. */
    private static final long WRITE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Channel channel;
    private final ServerSetup<?, ?> setup;
    private final InetSocketAddress remote;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private final ArrayDeque<ByteBuf> inbound = new ArrayDeque<>();
    private int queued;
    /** The most bytes that have waited for the handler at once. */
    private int mostQueued;
    private boolean readPaused;
    private boolean inputEnded;
    private Throwable failure;
    private volatile boolean closed;

    ChannelConduit(Channel channel, ServerSetup<?, ?> setup) {
        this.channel = channel;
        this.setup = setup;
        this.remote = (InetSocketAddress) channel.remoteAddress();
    }

    // ---- the event loop's side

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof ByteBuf bytes)) {
            ReferenceCountUtil.release(message);
            return;
        }
        lock.lock();
        try {
            if (closed) {
                bytes.release();
                return;
            }
            inbound.add(bytes);
            queued += bytes.readableBytes();
            mostQueued = Math.max(mostQueued, queued);
            if (queued >= PAUSE_AT && !readPaused) {
                readPaused = true;
                channel.config().setAutoRead(false);
            }
            readable.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            endInput(null);
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        endInput(null);
        release();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        endInput(cause); // the handler's next read throws it, and the handler's thread reports it
        ctx.close();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        signalWriters();
        ctx.fireChannelWritabilityChanged();
    }

    private void endInput(Throwable cause) {
        lock.lock();
        try {
            inputEnded = true;
            if (cause != null && failure == null) {
                failure = cause;
            }
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void signalWriters() {
        lock.lock();
        try {
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void release() {
        lock.lock();
        try {
            for (ByteBuf bytes; (bytes = inbound.poll()) != null; ) {
                bytes.release();
            }
            queued = 0;
        } finally {
            lock.unlock();
        }
    }

    /** The most bytes that have waited for the handler at once, so far; for tests. */
    int mostQueued() {
        lock.lock();
        try {
            return mostQueued;
        } finally {
            lock.unlock();
        }
    }

    // ---- the handler's side

    @Override
    public int read(byte[] into, int offset, int length, long timeoutNanos) throws IOException {
        lock.lock();
        try {
            long left = timeoutNanos;
            while (inbound.isEmpty()) {
                if (closed) {
                    throw new SocketException("Socket closed");
                }
                if (failure != null) {
                    throw NettyListener.asIOException(failure);
                }
                if (inputEnded) {
                    return -1;
                }
                if (timeoutNanos == 0) {
                    readable.await();
                } else {
                    if (left <= 0) {
                        throw new SocketTimeoutException("Read timed out");
                    }
                    left = readable.awaitNanos(left);
                }
            }
            ByteBuf head = inbound.peek();
            int count = Math.min(length, head.readableBytes());
            head.readBytes(into, offset, count);
            if (!head.isReadable()) {
                inbound.poll().release();
            }
            queued -= count;
            if (readPaused && queued <= RESUME_AT) {
                readPaused = false;
                channel.eventLoop().execute(() -> channel.config().setAutoRead(true));
            }
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading from " + remote);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write(byte[] from, int offset, int length) throws IOException {
        if (closed || !channel.isActive()) {
            throw new SocketException("Socket closed");
        }
        channel.write(Unpooled.copiedBuffer(from, offset, length));
        awaitWritable();
    }

    @Override
    public void flush() throws IOException {
        channel.flush();
        awaitWritable();
    }

    /**
     * Waits while more than the outbound limit is queued for the peer. Each wait may last the write
     * timeout from the last time the queue got shorter; then the connection is closed.
     */
    private void awaitWritable() throws IOException {
        if (channel.isWritable()) {
            return;
        }
        channel.flush();
        Duration timeout = setup.writeTimeout();
        long since = System.nanoTime();
        long left = channel.bytesBeforeWritable();
        lock.lock();
        try {
            while (channel.isActive() && !channel.isWritable() && !closed) {
                if (timeout.isZero()) {
                    writable.await();
                    continue;
                }
                long now = System.nanoTime();
                long stillLeft = channel.bytesBeforeWritable();
                if (stillLeft < left) {
                    left = stillLeft;
                    since = now;
                }
                long remaining = since + timeout.toNanos() - now;
                if (remaining <= 0) {
                    throw writeTimedOut(timeout);
                }
                writable.awaitNanos(Math.min(remaining, WRITE_CHECK_NANOS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing to " + remote);
        } finally {
            lock.unlock();
        }
        if (closed || !channel.isActive()) {
            throw new SocketException("Socket closed");
        }
    }

    private DeadlineExceededException writeTimedOut(Duration timeout) {
        setup.expired(Deadline.WRITE);
        closed = true;
        channel.close();
        return DeadlineExceededException.of(Deadline.WRITE, remote, timeout, 0);
    }

    /** Waits until everything written has gone to the socket, up to the write timeout (or a minute without one). */
    private void drain() {
        ChannelFuture written = channel.writeAndFlush(Unpooled.EMPTY_BUFFER);
        Duration timeout = setup.writeTimeout().isZero() ? Duration.ofMinutes(1) : setup.writeTimeout();
        written.awaitUninterruptibly(timeout.toMillis());
    }

    @Override
    public void shutdownOutput() throws IOException {
        drain(); // Netty fails what is still queued when the output shuts down
        ChannelFuture shut = ((SocketChannel) channel).shutdownOutput().awaitUninterruptibly();
        if (!shut.isSuccess()) {
            throw NettyListener.asIOException(shut.cause());
        }
    }

    @Override
    public InetSocketAddress remote() {
        return remote;
    }

    @Override
    public boolean isOpen() {
        return !closed && channel.isOpen();
    }

    /**
     * Closes the connection once what was written has gone out (Netty drops what is still queued
     * when a channel closes), or at once if the peer does not take it within the write timeout.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        signalReaders();
        if (!channel.isActive()) {
            channel.close();
            return;
        }
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        Duration timeout = setup.writeTimeout();
        if (!timeout.isZero()) {
            ScheduledFuture<?> forced = channel.eventLoop().schedule(() -> channel.close(), timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            channel.closeFuture().addListener(done -> forced.cancel(false));
        }
    }

    private void signalReaders() {
        lock.lock();
        try {
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }
}

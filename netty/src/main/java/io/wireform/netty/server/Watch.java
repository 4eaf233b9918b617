package io.wireform.netty.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.util.concurrent.ScheduledFuture;
import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.ServerSetup;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The four deadlines of one connection answered message by message, kept on its event loop with one
 * timer, set for the earliest deadline that applies and moved only when an earlier one begins (as
 * Netty's {@code IdleStateHandler} does). All state belongs to the event loop.
 *
 * <ul>
 *   <li>first byte: from the accept until a byte arrives;
 *   <li>frame: from the read that left a frame incomplete until it is complete;
 *   <li>idle: while no frame is begun, no message is being answered and nothing waits to be written,
 *       from the last of these;
 *   <li>write: while bytes wait to be written, from the last time fewer were waiting.
 * </ul>
 *
 * While reading is paused (the server is behind), the read deadlines stop and start afresh.
 */
final class Watch implements Runnable {
    /** What the connection does when a deadline passes. */
    interface Expiry {
        void expired(Deadline deadline, Duration limit);
    }

    /**
     * Whether messages are being answered, asked when the timer fires: an answer may finish on
     * another thread, which then tells the event loop nothing.
     */
    interface Work {
        /** Messages wait or are being answered. */
        boolean busy();

        /** {@link System#nanoTime()} when the connection last stopped being busy. */
        long doneAt();
    }

    private final Channel channel;
    private final Expiry expiry;
    private final Work work;
    private final Duration firstByte;
    private final Duration frame;
    private final Duration idle;
    private final Duration write;
    private final long openedAt;
    private boolean seenByte;
    private long frameSince;
    private long idleSince;
    private boolean paused;
    private long writeSince;
    private long waiting;
    private ScheduledFuture<?> timer;
    private long timerAt;
    private boolean stopped;

    Watch(Channel channel, ServerSetup<?, ?> setup, long openedAt, Work work, Expiry expiry) {
        this.channel = channel;
        this.work = work;
        this.expiry = expiry;
        this.firstByte = setup.firstByteDeadline();
        this.frame = setup.frameDeadline();
        this.idle = setup.idleTimeout();
        this.write = setup.writeTimeout();
        this.openedAt = openedAt;
        this.idleSince = openedAt;
    }

    void start() {
        check(System.nanoTime());
    }

    /** Bytes arrived; {@code inFrame}: they left a frame incomplete. */
    void read(long now, boolean inFrame) {
        seenByte = true;
        idleSince = now;
        if (!inFrame) {
            frameSince = 0;
        } else if (frameSince == 0) {
            frameSince = now;
            arm(now, frame);
        }
    }

    /**
     * Messages began to be answered: while they are, the timer looks every idle timeout whether
     * they still are, and the idle timeout runs from when they stopped.
     */
    void answering(long now) {
        arm(now, idle);
    }

    /** Answering stopped, seen on the event loop. */
    void done(long now) {
        idleSince = now;
        arm(now, idle);
    }

    /** Reading from the peer paused (or resumed) because the server is behind. */
    void paused(long now, boolean paused) {
        if (this.paused && !paused) {
            idleSince = now;
            if (frameSince != 0) {
                frameSince = now;
            }
            check(now);
        }
        this.paused = paused;
    }

    /** Answers were written and flushed: if bytes wait for the peer, the write timeout runs. */
    void wrote(long now) {
        long pending = pending();
        if (pending == 0) {
            if (writeSince != 0) {
                writeSince = 0;
                idleSince = now;
            }
        } else if (writeSince == 0) {
            writeSince = now;
            waiting = pending;
            arm(now, write);
        }
    }

    void stop() {
        stopped = true;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    @Override
    public void run() {
        timer = null;
        if (!stopped) {
            check(System.nanoTime());
        }
    }

    private void check(long now) {
        long next = Long.MAX_VALUE;
        if (!write.isZero() && writeSince != 0) {
            long pending = pending();
            if (pending == 0) {
                writeSince = 0;
                idleSince = now;
            } else {
                if (pending < waiting) {
                    writeSince = now;
                }
                waiting = pending;
                long at = writeSince + write.toNanos();
                if (now - at >= 0) {
                    expire(Deadline.WRITE, write);
                    return;
                }
                next = at;
            }
        }
        boolean busy = work.busy();
        if (!busy && work.doneAt() - idleSince > 0) {
            idleSince = work.doneAt();
        }
        if (busy && !idle.isZero()) {
            next = Math.min(next, now + idle.toNanos()); // to look again
        }
        if (!paused) {
            Deadline deadline = null;
            long at = 0;
            if (!seenByte && !firstByte.isZero()) {
                deadline = Deadline.FIRST_BYTE;
                at = openedAt + firstByte.toNanos();
            } else if (frameSince != 0 && !frame.isZero()) {
                deadline = Deadline.FRAME;
                at = frameSince + frame.toNanos();
            } else if (frameSince == 0 && !busy && writeSince == 0 && !idle.isZero()) {
                deadline = Deadline.IDLE;
                at = idleSince + idle.toNanos();
            }
            if (deadline != null) {
                if (now - at >= 0) {
                    expire(deadline, deadline == Deadline.FIRST_BYTE ? firstByte : deadline == Deadline.FRAME ? frame : idle);
                    return;
                }
                next = Math.min(next, at);
            }
        }
        if (next != Long.MAX_VALUE) {
            schedule(now, next);
        }
    }

    private void expire(Deadline deadline, Duration limit) {
        stop();
        expiry.expired(deadline, limit);
    }

    /** Makes sure the timer fires no later than {@code limit} from now. */
    private void arm(long now, Duration limit) {
        if (!limit.isZero() && !stopped) {
            schedule(now, now + limit.toNanos());
        }
    }

    private void schedule(long now, long at) {
        if (timer != null) {
            if (timerAt - at <= 0) {
                return; // it fires earlier and will look again
            }
            timer.cancel(false);
        }
        timerAt = at;
        timer = channel.eventLoop().schedule(this, Math.max(0, at - now), TimeUnit.NANOSECONDS);
    }

    private long pending() {
        ChannelOutboundBuffer outbound = channel.unsafe().outboundBuffer();
        return outbound == null ? 0 : outbound.totalPendingWriteBytes();
    }
}

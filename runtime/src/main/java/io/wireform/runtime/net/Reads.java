package io.wireform.runtime.net;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The read deadlines of one connection: before each blocking read, which deadline applies and how
 * much of it is left. Before the first byte, the first-byte deadline counts from the connection's
 * start; inside a frame, the frame deadline counts from the first read that found the frame begun,
 * so bytes trickling in one at a time cannot stretch it; between frames, each read may wait the
 * idle timeout. Only time spent waiting for the peer counts: a handler busy between two reads
 * holds no deadline against it.
 */
final class Reads {
    private final Duration firstByte;
    private final Duration frame;
    private final Duration idle;
    /** The server closes a connection whose deadline passed; a client's read timeout leaves it open. */
    private final boolean closeOnExpiry;
    private final long openedAt;
    private boolean seenByte;
    private long frameSince;

    private Reads(Duration firstByte, Duration frame, Duration idle, boolean closeOnExpiry, long openedAt) {
        this.firstByte = firstByte;
        this.frame = frame;
        this.idle = idle;
        this.closeOnExpiry = closeOnExpiry;
        this.openedAt = openedAt;
    }

    /** A server connection accepted at {@code openedAt} (nanoTime). */
    static Reads server(Duration firstByte, Duration frame, Duration idle, long openedAt) {
        return new Reads(firstByte, frame, idle, true, openedAt);
    }

    /** A client connection: every read waits at most the read timeout, and the connection stays open after it. */
    static Reads client(Duration readTimeout) {
        return new Reads(Duration.ZERO, Duration.ZERO, readTimeout, false, System.nanoTime());
    }

    /**
     * One read from {@code conduit} within the deadline that applies.
     *
     * @param buffered bytes of an incomplete frame already received, or of one being dropped (zero between frames)
     */
    int read(Conduit conduit, Traffic traffic, byte[] into, int offset, int length, long buffered) throws IOException {
        long now = System.nanoTime();
        Deadline deadline;
        long wait;
        if (!seenByte && !firstByte.isZero()) {
            deadline = Deadline.FIRST_BYTE;
            wait = openedAt + firstByte.toNanos() - now;
        } else if (buffered > 0 && !frame.isZero()) {
            if (frameSince == 0) {
                frameSince = now;
            }
            deadline = Deadline.FRAME;
            wait = frameSince + frame.toNanos() - now;
        } else {
            if (buffered == 0) {
                frameSince = 0;
            }
            deadline = Deadline.IDLE;
            wait = idle.toNanos();
        }
        if (deadline != Deadline.IDLE && wait <= 0) {
            throw expired(conduit, traffic, deadline, buffered);
        }
        int count;
        try {
            count = conduit.read(into, offset, length, deadline == Deadline.IDLE && idle.isZero() ? 0 : wait);
        } catch (DeadlineExceededException e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw expired(conduit, traffic, deadline, buffered);
        }
        if (count > 0) {
            seenByte = true;
        }
        return count;
    }

    private SocketTimeoutException expired(Conduit conduit, Traffic traffic, Deadline deadline, long buffered) {
        if (!closeOnExpiry) {
            return new SocketTimeoutException("nothing arrived within the read timeout ("
                    + DeadlineExceededException.format(idle) + ")");
        }
        Duration limit = deadline == Deadline.FIRST_BYTE ? firstByte : deadline == Deadline.FRAME ? frame : idle;
        DeadlineExceededException e = DeadlineExceededException.of(deadline, conduit.remote(), limit, buffered);
        traffic.expired(deadline);
        try {
            conduit.close();
        } catch (IOException closing) {
            e.addSuppressed(closing);
        }
        return e;
    }
}

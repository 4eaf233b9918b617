package io.wireform.runtime.net;

import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * A connection ran past one of its {@link Deadline}s: the server closed it. It is a {@link
 * SocketTimeoutException}, so code that handles timeouts handles it; {@link #deadline()} says which
 * deadline, {@link #peer()} whose connection, {@link #limit()} how long it was.
 *
 * <pre>
 * /127.0.0.1:51442 did not complete a frame within the frame deadline (30 s): 3 bytes of it arrived
 * </pre>
 */
public final class DeadlineExceededException extends SocketTimeoutException {
    private static final long serialVersionUID = 1L;

    private final Deadline deadline;
    private final InetSocketAddress peer;
    private final Duration limit;

    /**
     * @param what what the peer did not do, e.g. "sent nothing"
     * @param detail what more there is to say, or an empty string
     */
    public DeadlineExceededException(Deadline deadline, InetSocketAddress peer, Duration limit, String what,
                                     String detail) {
        super(peer + " " + what + " within the " + deadline.label() + " (" + format(limit) + ")"
                + (detail.isEmpty() ? "" : ": " + detail));
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.peer = peer;
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /**
     * The exception for {@code deadline}, in the words every transport uses: "sent nothing", "did not
     * complete a frame" (with how many of its bytes arrived), "was silent", "took none of the bytes sent".
     *
     * @param frameBytes for {@link Deadline#FRAME}, the bytes of the incomplete frame that arrived
     */
    public static DeadlineExceededException of(Deadline deadline, InetSocketAddress peer, Duration limit, long frameBytes) {
        return switch (deadline) {
            case FIRST_BYTE -> new DeadlineExceededException(deadline, peer, limit, "sent nothing", "");
            case FRAME -> new DeadlineExceededException(deadline, peer, limit, "did not complete a frame",
                    frameBytes + (frameBytes == 1 ? " byte" : " bytes") + " of it arrived");
            case IDLE -> new DeadlineExceededException(deadline, peer, limit, "was silent", "");
            case WRITE -> new DeadlineExceededException(deadline, peer, limit, "took none of the bytes sent", "");
        };
    }

    public Deadline deadline() {
        return deadline;
    }

    /** The remote end of the connection that was closed. */
    public InetSocketAddress peer() {
        return peer;
    }

    /** The deadline's length. */
    public Duration limit() {
        return limit;
    }

    /** "30 s", "250 ms". */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}

package io.wireform.runtime.net;

/**
 * The four deadlines a {@link WireServer} holds every connection to, on either transport. Each is
 * set on the builder (zero turns it off), closes the connection when it passes, is counted in
 * {@link ServerCounters#closedBy(Deadline)} and reaches the error listener as a {@link
 * DeadlineExceededException} naming it and the peer.
 */
public enum Deadline {
    /** A new connection must send its first byte within it: {@code firstByteDeadline}, 10 s unless set. */
    FIRST_BYTE("first-byte deadline"),
    /**
     * A frame whose first byte has arrived must be complete within it, however its bytes trickle in:
     * {@code frameDeadline}, 30 s unless set. For a message with a streamed payload it covers the
     * header only: the payload's bytes are then read under the idle timeout, so a payload may take as
     * long as it needs while its bytes keep coming.
     */
    FRAME("frame deadline"),
    /**
     * The longest silence while the server waits for the next frame (or for the next bytes of a
     * streamed payload): {@code idleTimeout}, 60 s unless set. Time the server spends answering is
     * not silence.
     */
    IDLE("idle timeout"),
    /**
     * The longest a send may wait without the peer taking any of its bytes: {@code writeTimeout},
     * 30 s unless set. A peer that stops reading is disconnected by it.
     */
    WRITE("write timeout");

    private final String label;

    Deadline(String label) {
        this.label = label;
    }

    /** How messages name it: "first-byte deadline", "frame deadline", "idle timeout", "write timeout". */
    public String label() {
        return label;
    }
}

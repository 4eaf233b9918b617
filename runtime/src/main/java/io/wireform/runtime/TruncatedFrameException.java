package io.wireform.runtime;

import java.nio.ByteBuffer;

/** The input ended before the frame did. Says how many bytes the frame needed and how many were there. */
public class TruncatedFrameException extends WireException {
    private static final long serialVersionUID = 1L;

    private long needed;
    private long available;
    private boolean lengthKnown;

    /**
     * @param frameStart index where the frame starts
     * @param needed bytes the frame (or the part of it known so far) needs from {@code frameStart}
     * @param available bytes there were from {@code frameStart}
     */
    public TruncatedFrameException(ByteBuffer buffer, int frameStart, String fieldPath, long needed, long available) {
        this(buffer, frameStart, fieldPath, needed, available, true);
    }

    /**
     * @param lengthKnown whether {@code needed} is the frame's length, or only how many bytes it
     *     takes to learn it
     */
    public TruncatedFrameException(ByteBuffer buffer, int frameStart, String fieldPath, long needed, long available,
                                   boolean lengthKnown) {
        super(buffer, frameStart, frameStart + (int) available, fieldPath,
                (lengthKnown ? "" : "at least ") + needed + " bytes", available + " bytes");
        this.needed = needed;
        this.available = available;
        this.lengthKnown = lengthKnown;
    }

    /**
     * The bytes the frame needs, as {@link #needed()} counts them now: after {@link #nestedIn}, {@link #under} or
     * {@link #inFrame} moved the offset, counted from the outer frame's start, as the offset is.
     */
    @Override
    public String expected() {
        return (lengthKnown ? "" : "at least ") + needed + " bytes";
    }

    /** The bytes there were, as {@link #available()} counts them now (see {@link #expected()}). */
    @Override
    public String actual() {
        return available + " bytes";
    }

    /** Bytes the frame needs, counted from its start. */
    public long needed() {
        return needed;
    }

    /** Bytes that were there, counted from the frame's start. */
    public long available() {
        return available;
    }

    /** As {@link WireException#nestedIn}; the nested message's length is not its parent's, so no length is known. */
    @Override
    public WireException nestedIn(String parentPath, int nestedStart) {
        needed += nestedStart;
        available += nestedStart;
        lengthKnown = false;
        return super.nestedIn(parentPath, nestedStart);
    }

    @Override
    public WireException under(String protocol, int bodyStart) {
        needed += bodyStart;
        available += bodyStart;
        return super.under(protocol, bodyStart);
    }

    @Override
    public WireException inFrame(ByteBuffer frame, int frameStart, int at) {
        long moved = (long) at - frameStart - offset();
        needed += moved;
        available += moved;
        return super.inFrame(frame, frameStart, at);
    }

    /**
     * Whether {@link #needed()} is the whole frame's length rather than a lower bound: the message says
     * "a 14-byte frame" then, else "a frame of at least 14 bytes". A generated codec knows its frame's
     * length when the frame has a fixed size; a reader, when its framing or the codec's {@code
     * frameLength} told it.
     */
    public boolean lengthKnown() {
        return lengthKnown;
    }

    @Override
    protected String problem() {
        return lengthKnown
                ? "Truncated frame: input ended " + available + " bytes into a " + needed + "-byte frame"
                : "Truncated frame: input ended " + available + " bytes into a frame of at least " + needed + " bytes";
    }
}

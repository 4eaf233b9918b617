package io.wireform.runtime;

import java.nio.ByteBuffer;

/**
 * A length or count read from the wire exceeds its limit. Thrown before anything is allocated,
 * so a hostile {@code FF FF FF FF} costs nothing.
 */
public class FrameTooLargeException extends WireDecodeException {
    private static final long serialVersionUID = 1L;

    private final long length;
    private final long limit;

    public FrameTooLargeException(ByteBuffer buffer, int frameStart, int at, String fieldPath,
                                  long length, long limit, String howToRaise) {
        super(buffer, frameStart, at, fieldPath, "at most " + limit + " (" + howToRaise + ")", Long.toString(length));
        this.length = length;
        this.limit = limit;
    }

    /** The length or count the wire announced. */
    public long length() {
        return length;
    }

    /** The limit it exceeded. */
    public long limit() {
        return limit;
    }

    @Override
    protected String problem() {
        return "Length over limit";
    }
}

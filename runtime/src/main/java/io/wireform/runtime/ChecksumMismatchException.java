package io.wireform.runtime;

import java.nio.ByteBuffer;

/** The checksum on the wire differs from the one computed over the bytes it covers. */
public class ChecksumMismatchException extends WireDecodeException {
    private static final long serialVersionUID = 1L;

    private final long computed;
    private final long received;

    /**
     * @param at index of the checksum in {@code buffer}
     * @param width checksum width in bytes, for formatting
     */
    public ChecksumMismatchException(ByteBuffer buffer, int frameStart, int at, String fieldPath,
                                     String algorithm, int width, long computed, long received) {
        super(buffer, frameStart, at, fieldPath, algorithm + " " + hex(computed, width), hex(received, width));
        this.computed = computed;
        this.received = received;
    }

    /** The checksum computed over the received bytes. */
    public long computed() {
        return computed;
    }

    /** The checksum the frame carried. */
    public long received() {
        return received;
    }

    @Override
    protected String problem() {
        return "Checksum mismatch";
    }

    private static String hex(long value, int width) {
        return String.format("0x%0" + (2 * width) + "X", value);
    }
}

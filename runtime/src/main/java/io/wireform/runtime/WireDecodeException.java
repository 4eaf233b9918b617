package io.wireform.runtime;

import java.nio.ByteBuffer;

/** Bytes that are present but wrong: a marker that does not match, an unknown code, a bad value. */
public class WireDecodeException extends WireException {
    private static final long serialVersionUID = 1L;

    public WireDecodeException(ByteBuffer buffer, int frameStart, int index, String fieldPath,
                               String expected, String actual) {
        super(buffer, frameStart, index, fieldPath, expected, actual);
    }

    /**
     * As the other constructor; {@code stackTrace} false makes a cheap error without a stack trace,
     * for the causes of dropped garbage that a reader reports (see {@link WireException}).
     */
    public WireDecodeException(ByteBuffer buffer, int frameStart, int index, String fieldPath,
                               String expected, String actual, boolean stackTrace) {
        super(buffer, frameStart, index, fieldPath, expected, actual, stackTrace);
    }

    /** As the first constructor, with the exception that made the bytes wrong as the cause. */
    public WireDecodeException(ByteBuffer buffer, int frameStart, int index, String fieldPath,
                               String expected, String actual, Throwable cause) {
        super(buffer, frameStart, index, fieldPath, expected, actual, cause);
    }

    @Override
    protected String problem() {
        return "Malformed frame";
    }
}

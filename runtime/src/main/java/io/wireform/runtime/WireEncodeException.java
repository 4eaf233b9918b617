package io.wireform.runtime;

/**
 * A record value that the schema cannot carry: a text longer than its fixed size, a number out of
 * its wire range, a null. Nothing has been written when it is thrown.
 */
public class WireEncodeException extends WireException {
    private static final long serialVersionUID = 1L;

    public WireEncodeException(String fieldPath, String expected, String actual) {
        super(null, 0, 0, fieldPath, expected, actual);
    }

    @Override
    protected String problem() {
        return "Cannot encode value";
    }

    @Override
    public String getMessage() {
        return "Cannot encode " + fieldPath() + ": expected " + expected() + ", got " + actual();
    }
}

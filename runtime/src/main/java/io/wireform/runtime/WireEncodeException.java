package io.wireform.runtime;

/**
 * A record value that the schema cannot carry: a text longer than its fixed size, a number out of
 * its wire range, a null. The output buffer's position is unchanged when it is thrown, though bytes
 * after it may have been written (a list's count and its first elements, before a later element is
 * refused).
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

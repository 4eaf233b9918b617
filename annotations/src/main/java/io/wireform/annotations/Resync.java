package io.wireform.annotations;

/** What a stream reader does with bytes that are not a valid frame. */
public enum Resync {
    /** Throw the error; the reader keeps the bytes and stays where it was. The default. */
    FAIL,
    /**
     * Drop the bad frame when its length is known (from its header or its fixed size), else scan to
     * the next magic as {@link #SCAN_TO_MAGIC} does, and go on.
     */
    SKIP_FRAME,
    /** Drop bytes up to the next place where a magic of the codec starts, and go on. */
    SCAN_TO_MAGIC,
    /**
     * Drop a frame whose tag no record of the protocol has, when its length is known (a protocol with
     * a {@link Protocol#length()}), report it to the drop listener with its {@code UnknownTagException},
     * and go on; any other bad frame is an error, as with {@link #FAIL}.
     */
    SKIP_UNKNOWN
}

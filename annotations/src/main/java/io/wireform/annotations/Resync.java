package io.wireform.annotations;

/** What a stream reader does with bytes that are not a valid frame. */
public enum Resync {
    /** Throw the error; the reader keeps the bytes and stays where it was. The default. */
    FAIL,
    /**
     * Drop the bad frame when its length is known (from its header or its fixed size, or, under a
     * framing of the reader's own, as that framing measured it), else scan to the next magic as
     * {@link #SCAN_TO_MAGIC} does, and go on. A frame over the reader's limit whose length is known is
     * such a bad frame: its bytes are dropped as they arrive, never buffered. The length is trusted: a
     * wrong one drops as many bytes as it says; where garbage is likely, {@link #SCAN_TO_MAGIC} trusts none.
     */
    SKIP_FRAME,
    /**
     * Drop bytes up to the next place where a frame starts with a magic of the codec, and go on. Under
     * a framing of the reader's own (a length field, netstrings, blocks) the magic comes after the
     * framing's header: the bytes are dropped up to the header of the next frame whose message starts
     * with a magic, which is read from its header. No length of the dropped bytes is trusted.
     */
    SCAN_TO_MAGIC,
    /**
     * Drop a frame whose tag no record of the protocol has, when its length is known (a protocol with
     * a {@link Protocol#length()}), report it to the drop listener with its {@code UnknownTagException},
     * and go on; any other bad frame is an error, as with {@link #FAIL}.
     */
    SKIP_UNKNOWN
}

package io.wireform.runtime;

import java.nio.ByteBuffer;

/** A protocol frame whose tag (command word, type byte) no record of the protocol carries. */
public class UnknownTagException extends WireDecodeException {
    private static final long serialVersionUID = 1L;

    private final long tag;

    public UnknownTagException(ByteBuffer buffer, int frameStart, int at, String fieldPath, long tag, String known) {
        super(buffer, frameStart, at, fieldPath, "a tag of " + known, "0x" + Long.toHexString(tag) + " (" + tag + ")");
        this.tag = tag;
    }

    /** The tag read from the wire. */
    public long tag() {
        return tag;
    }

    @Override
    protected String problem() {
        return "Unknown tag";
    }
}

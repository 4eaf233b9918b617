package io.wireform.samples.stream;

import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.Width;
import java.util.List;

/** A list of records each with a delimited field: every element's search starts at the same offset from the element's start. */
@Message
public record Notes(@Prefixed(Width.UINT8) List<Note> notes) {
    /** A kind, then text up to {@code 00 0A}. */
    @Message
    public record Note(byte kind, @Terminated("00 0A") byte[] text) {}
}

package io.wireform.samples.derived;

import io.wireform.annotations.Max;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;

/** Lists ended by a delimiter ({@code @Terminated} on a {@code List}). */
final class TerminatedLists {
    private TerminatedLists() {}

    /** PostgreSQL ErrorResponse: fields of a type byte and a NUL-terminated text, the list ended by a zero byte. */
    @Message
    record Field(byte type, @Terminated String value) {}

    @Message
    record ErrorResponse(@Terminated List<Field> fields) {}

    /** DNS name: labels of a one-byte length and bytes, ended by the zero-length label. */
    @Message
    record Label(@Prefixed(Width.UINT8) String text) {}

    @Message
    record Name(@Terminated @Max(127) List<Label> labels, @UInt16 int type) {}

    /** Fixed-size elements and a two-byte delimiter. */
    @Message
    record Shorts(@Terminated("FF FF") @UInt16 List<Integer> values, @UInt8 short after) {}
}

package io.wireform.samples.derived;

import io.wireform.annotations.CountOf;
import io.wireform.annotations.Length;
import io.wireform.annotations.Max;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;

/** Derived counts ({@code @CountOf}): written from the lists they count, never record components. */
final class Counts {
    private Counts() {}

    @Message
    record Question(@Prefixed(Width.UINT8) String name, @UInt16 int type) {}

    @Message
    record Answer(@UInt16 int type, @Prefixed(Width.UINT16) byte[] data) {}

    /** DNS's header: QDCOUNT and ANCOUNT before the lists they count. */
    @Message
    record Dns(@UInt16 int id, @UInt16 int flags,
               @CountOf(value = Width.UINT16, list = "questions") @CountOf(value = Width.UINT16, list = "answers")
               List<Question> questions,
               List<Answer> answers) {}

    /** A column count, a varint, counting fixed-size elements; a length region around it all. */
    @Message
    record Row(@UInt8 short kind, @Length(value = Width.UINT16, through = "columns")
               @CountOf(value = Width.VARINT, list = "columns")
               @Max(1000) List<Integer> columns, @UInt8 short trailer) {}

    /** A one-byte count of a list declared further on, with another field in between. */
    @Message
    record Spread(@CountOf(value = Width.UINT8, list = "values") @UInt8 short tag, @UInt8 short other,
                  List<Short> values) {}
}

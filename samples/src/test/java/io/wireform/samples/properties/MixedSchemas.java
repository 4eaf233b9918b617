package io.wireform.samples.properties;

import io.wireform.annotations.Bits;
import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SizedBy;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.Width;
import io.wireform.samples.properties.ListSchemas.Named;
import io.wireform.samples.properties.ListSchemas.Point;
import io.wireform.samples.properties.ProtocolSchemas.Cmd8;
import java.util.List;

/** Combinations: references into bit fields and varints, padding around variable fields, nested protocols. */
final class MixedSchemas {
    private MixedSchemas() {}

    /** A string sized by a bit field. */
    @Message
    record SizedByBits(@Bits(4) int n, @Bits(4) int flags, @SizedBy("n") String s, byte after) {}

    /** A list counted by a zigzag varint (a negative count is malformed). */
    @Message
    record CountedByZigzag(@Varint(VarintKind.ZIGZAG) int n, @CountedBy("n") List<Point> points, byte after) {}

    /** Padding around variable-size fields. */
    @Message
    record PaddedVariable(@Prefixed(Width.UINT8) byte[] a,
                          @Padding(before = 1, after = 2, fill = 0xFF) @Prefixed(Width.UINT8) String b, @Varint int c) {}

    /** Variable-size nested elements to the end of a length region, then a field after the region. */
    @Message
    record RegionOfNamed(@Length(value = Width.VARINT, through = "names") @Remaining List<Named> names, byte tail) {}

    /** A protocol-typed component between two fields. */
    @Message
    record Envelope(@UInt16 int seq, Cmd8 command, byte after) {}
}

package io.wireform.samples.properties;

import io.wireform.annotations.Count;
import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.Order;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.Width;
import io.wireform.samples.properties.WireEnums.Color;
import io.wireform.samples.properties.WireEnums.Wide;
import java.util.List;

/** Lists of numbers, booleans, enums and nested messages, with every list extent. */
final class ListSchemas {
    private ListSchemas() {}

    /** Fixed-size nested element: 4 bytes. */
    @Message
    record Point(short x, short y) {}

    /** Variable-size nested element. */
    @Message
    record Named(@Prefixed(Width.UINT8) String name, @Varint int value) {}

    /** Counted lists of fixed-size elements, then a prefixed tail so that the message is not fixed-size. */
    @Message
    record CountedLists(@Count(3) @UInt16 List<Integer> u16, @Count(2) List<Short> shorts,
                        @Count(2) List<Boolean> flags, @Count(2) List<Double> doubles, @Count(2) List<Point> points,
                        @Prefixed(Width.UINT8) byte[] tail) {}

    /** Prefixed lists of each width; little-endian longs (prefix and elements). */
    @Message
    record PrefixedLists(@Prefixed(Width.UINT8) @UInt16 List<Integer> u16,
                         @Prefixed(Width.UINT16) @Order(Endian.LITTLE) List<Long> longs,
                         @Prefixed(Width.VARINT) List<Boolean> flags,
                         @Prefixed(Width.UINT32) List<Double> doubles,
                         @Prefixed(Width.MQTT) @UInt32 List<Long> u32,
                         @Prefixed(Width.UINT64) List<Integer> ints) {}

    /** Counts carried by earlier components. */
    @Message
    record CountedByLists(@UInt8 int n, @UInt16 int m, @CountedBy("n") List<Short> shorts,
                          @CountedBy("m") @UInt8 List<Short> bytes) {}

    /** Enums in lists: one-byte codes prefixed, two-byte codes counted, little-endian two-byte codes prefixed. */
    @Message
    record EnumLists(@Prefixed(Width.UINT8) List<Color> colors, @Count(2) List<Wide> wides,
                     @Prefixed(Width.UINT16) @Order(Endian.LITTLE) List<Wide> littleWides) {}

    /** The same enums with the counted list first, at a constant offset. */
    @Message
    record EnumListsCountFirst(@Count(2) List<Wide> wides, @Prefixed(Width.UINT8) List<Color> colors,
                               @Prefixed(Width.UINT16) @Order(Endian.LITTLE) List<Wide> littleWides) {}

    /** Nested messages, fixed-size and variable-size, in lists of each extent but remaining. */
    @Message
    record NestedLists(@Prefixed(Width.UINT16) List<Point> points, @Count(2) List<Named> pair, @UInt8 int n,
                       @CountedBy("n") List<Named> named, @Prefixed(Width.VARINT) List<Named> more) {}

    /** Varint elements: variable-size, not nested. */
    @Message
    record VarintLists(@Prefixed(Width.UINT8) @Varint(VarintKind.ZIGZAG) List<Long> zigzag,
                       @Count(3) @Varint List<Integer> leb, @Prefixed(Width.UINT16) @Varint(VarintKind.MQTT) List<Integer> mqtt) {}
}

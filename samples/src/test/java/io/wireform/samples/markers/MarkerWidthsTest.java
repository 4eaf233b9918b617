package io.wireform.samples.markers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.WireDecodeException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markers are bytes in the order declared, whatever the message's or the buffer's byte order. */
class MarkerWidthsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final HexFormat SPACED = HexFormat.ofDelimiter(" ");
    // A5 | value 0x1234 little-endian | 5A 0D 0A
    private static final String ONE_AND_THREE = "a5" + "3412" + "5a0d0a";
    // DE AD BE EF | value 0x01020304 big-endian | 01 .. 08
    private static final String FOUR_AND_EIGHT = "deadbeef" + "01020304" + "0102030405060708";

    private static ByteBuffer buffer(String hex, String order) {
        return ByteBuffer.wrap(HEX.parseHex(hex)).order(order(order));
    }

    private static ByteOrder order(String name) {
        return name.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private static byte[] encode(int length, String order, java.util.function.Consumer<ByteBuffer> write) {
        ByteBuffer out = ByteBuffer.allocate(length).order(order(order));
        write.accept(out);
        return out.array();
    }

    @ParameterizedTest
    @ValueSource(strings = {"big", "little"})
    void markersRoundTripInDeclaredOrder(String order) {
        var small = new Markers.OneAndThree((short) 0x1234);
        var large = new Markers.FourAndEight(0x01020304);
        assertArrayEquals(HEX.parseHex(ONE_AND_THREE),
                encode(6, order, out -> Markers_OneAndThreeCodec.INSTANCE.encode(small, out)));
        assertArrayEquals(HEX.parseHex(FOUR_AND_EIGHT),
                encode(16, order, out -> Markers_FourAndEightCodec.INSTANCE.encode(large, out)));
        assertEquals(small, Markers_OneAndThreeCodec.INSTANCE.decode(buffer(ONE_AND_THREE, order)));
        assertEquals(large, Markers_FourAndEightCodec.INSTANCE.decode(buffer(FOUR_AND_EIGHT, order)));
    }

    /** Each wrong byte of each marker, in either buffer order: reported at that byte, with both sequences. */
    @ParameterizedTest
    @ValueSource(strings = {"big", "little"})
    void aWrongMarkerByteIsReportedWhereItIs(String order) {
        String[][] cases = {
            // frame, index of the byte to spoil, path, expected, length of the marker
            {ONE_AND_THREE, "0", "OneAndThree.<magic>", "a5", "0"},
            {ONE_AND_THREE, "3", "OneAndThree.<end>", "5a 0d 0a", "3"},
            {ONE_AND_THREE, "5", "OneAndThree.<end>", "5a 0d 0a", "3"},
            {FOUR_AND_EIGHT, "2", "FourAndEight.<magic>", "de ad be ef", "0"},
            {FOUR_AND_EIGHT, "8", "FourAndEight.<end>", "01 02 03 04 05 06 07 08", "8"},
            {FOUR_AND_EIGHT, "15", "FourAndEight.<end>", "01 02 03 04 05 06 07 08", "8"},
        };
        for (String[] c : cases) {
            byte[] frame = HEX.parseHex(c[0]);
            int spoilt = Integer.parseInt(c[1]);
            frame[spoilt] ^= 0x40;
            ByteBuffer in = ByteBuffer.wrap(frame).order(order(order));
            WireDecodeException e = assertThrows(WireDecodeException.class, () -> {
                if (c[0].equals(ONE_AND_THREE)) {
                    Markers_OneAndThreeCodec.INSTANCE.decode(in);
                } else {
                    Markers_FourAndEightCodec.INSTANCE.decode(in);
                }
            });
            String label = c[2] + " with byte " + spoilt + " spoilt";
            assertEquals(spoilt, e.offset(), label);
            assertEquals(c[2], e.fieldPath(), label);
            assertEquals(c[3], e.expected(), label);
            int at = Integer.parseInt(c[4]);
            assertEquals(SPACED.formatHex(frame, at, at + (c[3].length() + 1) / 3), e.actual(), label);
            assertEquals(0, in.position(), label);
        }
    }
}

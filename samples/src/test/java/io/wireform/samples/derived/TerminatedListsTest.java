package io.wireform.samples.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-level behaviour of {@code @Terminated} lists: written, read, measured, and refused where they cannot be. */
class TerminatedListsTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void postgresErrorResponseFields() {
        var value = new TerminatedLists.ErrorResponse(List.of(new TerminatedLists.Field((byte) 'S', "ERROR"),
                new TerminatedLists.Field((byte) 'C', "42601")));
        String hex = "53" + "4552524f5200" + "43" + "343236303100" + "00";
        roundTrip(TerminatedLists_ErrorResponseCodec.INSTANCE, value, hex);
        roundTrip(TerminatedLists_ErrorResponseCodec.INSTANCE, new TerminatedLists.ErrorResponse(List.of()), "00");
        // a field whose type byte is the delimiter cannot be written: it would end the list
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> TerminatedLists_ErrorResponseCodec.INSTANCE
                .encode(new TerminatedLists.ErrorResponse(List.of(new TerminatedLists.Field((byte) 0, "x")))));
        assertEquals("ErrorResponse.fields[]", e.fieldPath());
    }

    @Test
    void dnsLabelsEndWithTheEmptyLabel() {
        var name = new TerminatedLists.Name(List.of(new TerminatedLists.Label("www"), new TerminatedLists.Label("example"),
                new TerminatedLists.Label("org")), 1);
        String hex = "03777777" + "076578616d706c65" + "036f7267" + "00" + "0001";
        roundTrip(TerminatedLists_NameCodec.INSTANCE, name, hex);
        // an empty label inside the list is its end: it cannot be encoded
        assertThrows(WireEncodeException.class, () -> TerminatedLists_NameCodec.INSTANCE.encode(new TerminatedLists.Name(
                List.of(new TerminatedLists.Label(""), new TerminatedLists.Label("a")), 1)));
        // more labels than @Max(127) are refused as soon as the 128th starts
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 128; i++) {
            many.append("0161");
        }
        byte[] bytes = HEX.parseHex(many + "00" + "0001");
        FrameTooLargeException tooMany = assertThrows(FrameTooLargeException.class,
                () -> TerminatedLists_NameCodec.INSTANCE.decode(bytes));
        assertEquals("Name.labels", tooMany.fieldPath());
        assertThrows(FrameTooLargeException.class,
                () -> TerminatedLists_NameCodec.INSTANCE.frameLength(ByteBuffer.wrap(bytes)));
        // no terminator before the input ends: truncated
        assertThrows(TruncatedFrameException.class,
                () -> TerminatedLists_NameCodec.INSTANCE.decode(HEX.parseHex("03777777")));
    }

    @Test
    void fixedSizeElementsAndATwoByteDelimiter() {
        var value = new TerminatedLists.Shorts(List.of(1, 0xFF00, 0x00FF), (short) 7);
        // 0xFF00 followed by 0x00FF is ff00 00ff: no element starts with ff ff
        roundTrip(TerminatedLists_ShortsCodec.INSTANCE, value, "0001" + "ff00" + "00ff" + "ffff" + "07");
        // 0xFFFF is the delimiter itself
        assertThrows(WireEncodeException.class, () -> TerminatedLists_ShortsCodec.INSTANCE.encode(
                new TerminatedLists.Shorts(List.of(1, 0xFFFF), (short) 7)));
        // an element ff.. followed by ff..: the second element's start is fine, ff ff straddles 0x12ff, 0xff34
        var straddle = new TerminatedLists.Shorts(List.of(0x12FF, 0xFF34), (short) 0);
        roundTrip(TerminatedLists_ShortsCodec.INSTANCE, straddle, "12ff" + "ff34" + "ffff" + "00");
        List<Integer> big = new ArrayList<>(Collections.nCopies(1000, 3));
        byte[] encoded = TerminatedLists_ShortsCodec.INSTANCE.encode(new TerminatedLists.Shorts(big, (short) 1));
        assertEquals(2003, encoded.length);
    }

    private static <T> void roundTrip(WireCodec<T> codec, T value, String hex) {
        byte[] bytes = codec.encode(value);
        assertEquals(hex, HEX.formatHex(bytes));
        assertEquals(bytes.length, codec.sizeOf(value));
        assertEquals(value, codec.decode(bytes));
        assertEquals(bytes.length, codec.frameLength(ByteBuffer.wrap(bytes)));
        for (int cut = 0; cut < bytes.length; cut++) {
            int answer = codec.frameLength(ByteBuffer.wrap(bytes, 0, cut).slice());
            assertTrue(answer < 0 || answer == bytes.length, "cut " + cut + ": " + answer);
            ByteBuffer part = ByteBuffer.wrap(bytes, 0, cut).slice();
            assertThrows(TruncatedFrameException.class, () -> codec.decode(part), "cut " + cut);
        }
    }
}

package io.wireform.samples.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-level behaviour of {@code @CountOf}: written on encode, read and bounded on decode, used by frameLength. */
class CountsTest {
    private static final HexFormat HEX = HexFormat.of();

    private static final Counts.Dns DNS = new Counts.Dns(0x1234, 0x0100,
            List.of(new Counts.Question("a", 1), new Counts.Question("bc", 28)),
            List.of(new Counts.Answer(1, new byte[] {9, 8, 7, 6})));

    private static final String DNS_HEX = "1234" + "0100" + "0002" + "0001"
            + "01 61 0001" .replace(" ", "") + "02 6263 001c".replace(" ", "")
            + "0001 0004 09080706".replace(" ", "");

    @Test
    void dnsCountsAreWrittenFromTheLists() {
        assertEquals(DNS_HEX, HEX.formatHex(Counts_DnsCodec.INSTANCE.encode(DNS)));
        assertEquals(DNS_HEX.length() / 2, Counts_DnsCodec.INSTANCE.sizeOf(DNS));
        // byte[] components compare by identity in a record: compare what the decoded record encodes to
        Counts.Dns back = Counts_DnsCodec.INSTANCE.decode(HEX.parseHex(DNS_HEX));
        assertEquals(DNS.questions(), back.questions());
        assertEquals(DNS_HEX, HEX.formatHex(Counts_DnsCodec.INSTANCE.encode(back)));
        Counts.Dns empty = new Counts.Dns(1, 2, List.of(), List.of());
        assertEquals("0001000200000000", HEX.formatHex(Counts_DnsCodec.INSTANCE.encode(empty)));
        assertEquals(empty, Counts_DnsCodec.INSTANCE.decode(HEX.parseHex("0001000200000000")));
    }

    @Test
    void frameLengthReadsTheCounts() {
        byte[] bytes = HEX.parseHex(DNS_HEX);
        ByteBuffer whole = ByteBuffer.wrap(bytes);
        assertEquals(bytes.length, Counts_DnsCodec.INSTANCE.frameLength(whole));
        // every cut needs more or knows the whole length (once the last answer's prefix is there), never another
        int known = 0;
        for (int cut = 0; cut < bytes.length; cut++) {
            ByteBuffer part = ByteBuffer.wrap(bytes, 0, cut).slice();
            int answer = Counts_DnsCodec.INSTANCE.frameLength(part);
            assertTrue(answer < 0 || answer == bytes.length, "cut " + cut + ": " + answer);
            known += answer > 0 ? 1 : 0;
        }
        assertEquals(4, known); // from the answer's data prefix on: 21 of 25 bytes tell it
    }

    @Test
    void aCountThatSaysMoreThanThereIsIsTruncationAtTheList() {
        // QDCOUNT 3 where two questions and the answers follow: the third question runs past the frame
        String hex = "1234" + "0100" + "0003" + "0000" + "0161" + "0001" + "026263" + "001c";
        TruncatedFrameException e = assertThrows(TruncatedFrameException.class,
                () -> Counts_DnsCodec.INSTANCE.decode(HEX.parseHex(hex)));
        assertEquals("Dns.questions[].name", e.fieldPath());
    }

    @Test
    void aCountInsideALengthRegionMustFillIt() {
        // kind 7, a length of 9 (the varint count and two 4-byte columns), the trailer outside it
        Counts.Row row = new Counts.Row((short) 7, List.of(1, 2), (short) 9);
        String hex = "07" + "0009" + "02" + "00000001" + "00000002" + "09";
        assertEquals(hex, HEX.formatHex(Counts_RowCodec.INSTANCE.encode(row)));
        assertEquals(row, Counts_RowCodec.INSTANCE.decode(HEX.parseHex(hex)));
        assertEquals(hex.length() / 2, Counts_RowCodec.INSTANCE.frameLength(ByteBuffer.wrap(HEX.parseHex(hex))));
        // a count that says one column where the length says two: the region is not used up
        String fewer = "07" + "0009" + "01" + "00000001" + "00000002" + "09";
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> Counts_RowCodec.INSTANCE.decode(HEX.parseHex(fewer)));
        assertEquals("Row.<length>", e.fieldPath());
        // a count that says three: the third column is past the region's end
        String more = "07" + "0009" + "03" + "00000001" + "00000002" + "09";
        e = assertThrows(WireDecodeException.class, () -> Counts_RowCodec.INSTANCE.decode(HEX.parseHex(more)));
        assertEquals("Row.columns", e.fieldPath());
    }

    @Test
    void aCountOverMaxIsRefusedBeforeAnythingIsAllocated() {
        String hex = "07" + "0002" + "e907" + "00"; // varint 1001
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class,
                () -> Counts_RowCodec.INSTANCE.decode(HEX.parseHex(hex)));
        assertEquals("Row.columns", e.fieldPath());
        assertThrows(WireEncodeException.class, () -> Counts_RowCodec.INSTANCE.encode(
                new Counts.Row((short) 1, Collections.nCopies(1001, 0), (short) 0)));
    }

    @Test
    void aCountTooLargeForItsWidthCannotBeEncoded() {
        List<Short> values = new ArrayList<>(Collections.nCopies(256, (short) 1));
        WireEncodeException e = assertThrows(WireEncodeException.class,
                () -> Counts_SpreadCodec.INSTANCE.encode(new Counts.Spread((short) 1, (short) 2, values)));
        assertEquals("Spread.<count:values>", e.fieldPath());
        Counts.Spread ok = new Counts.Spread((short) 1, (short) 2, values.subList(0, 255));
        byte[] bytes = Counts_SpreadCodec.INSTANCE.encode(ok);
        assertEquals(3 + 255 * 2, bytes.length);
        assertEquals("ff0102", HEX.formatHex(bytes, 0, 3));
        assertEquals(ok, Counts_SpreadCodec.INSTANCE.decode(bytes));
        WireEncodeException nul = assertThrows(WireEncodeException.class,
                () -> Counts_SpreadCodec.INSTANCE.encode(new Counts.Spread((short) 1, (short) 2, null)));
        assertEquals("Spread.values", nul.fieldPath());
    }
}

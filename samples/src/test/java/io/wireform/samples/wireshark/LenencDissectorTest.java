package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireDecodeException;
import io.wireform.samples.lenenc.LenencSchemas;
import io.wireform.samples.mariadb.Row;
import io.wireform.samples.mariadb.RowCodec;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Length-encoded integers and NULL-marked prefixes through the generated dissector and tshark. */
class LenencDissectorTest {
    private static final List<Path> SCRIPT = List.of(Tshark.TEST.resolve("Lenenc_Nullables.lua"),
            Tshark.TEST.resolve("Lenenc_Values.lua"));

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    @Test
    void nullsAndValues() throws Exception {
        byte[] nulls = LenencSchemas.nullables(true);
        byte[] values = LenencSchemas.nullables(false);
        Tshark.Result result = Tshark.run(new Pcap(40_600, 6001).clientIn(nulls, 64).clientIn(values, 64), SCRIPT,
                List.of("lenenc_nullables.tcp_port:6001"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("lenenc_nullables");
        assertEquals(2, packets.size());
        String k = "lenenc_nullables.nullables.";
        assertEquals(List.of("ff:ff:ff:ff"), packets.get(0).shows(k + "pg_null"));
        assertEquals(List.of("fb"), packets.get(0).shows(k + "maria_null"));
        assertEquals(List.of("7"), packets.get(0).shows(k + "after"));
        assertEquals(List.of("2a"), packets.get(1).shows(k + "pg"));
        assertEquals(List.of("ab"), packets.get(1).shows(k + "maria"));
        assertEquals(List.of("7"), packets.get(1).shows(k + "after"));
        assertEquals(List.of(), packets.get(1).shows(k + "maria_null"));
    }

    @Test
    void lengthEncodedNumbers() throws Exception {
        byte[] frame = LenencSchemas.values();
        Tshark.Result result = Tshark.run(new Pcap(40_601, 6002).clientIn(frame, 64), SCRIPT,
                List.of("lenenc_values.tcp_port:6002"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        Tshark.Packet p = result.with("lenenc_values").get(0);
        String k = "lenenc_values.values.";
        assertEquals(List.of("70000"), p.shows(k + "small"));
        assertEquals(4, p.named(k + "small").get(0).size(), "FD and three bytes");
        assertEquals(List.of("18446744073709551615"), p.shows(k + "big"));
        assertEquals(List.of("hi"), p.shows(k + "text"));
    }

    /** Every form: FA the largest one-byte value, FC and two bytes, a lenenc count of lenenc numbers. */
    @Test
    void everyFormAndTheLargestOneByteValue() throws Exception {
        byte[] frame = LenencSchemas.values(300, 250, List.of(251L, 0L));
        assertEquals("fc2c01" + "fa" + "026869" + "0101" + "02" + "fcfb00" + "00", HexFormat.of().formatHex(frame));
        Tshark.Result result = Tshark.run(new Pcap(40_602, 6003).client(frame), SCRIPT,
                List.of("lenenc_values.tcp_port:6003"));
        Tshark.Packet p = result.with("lenenc_values").get(0);
        String k = "lenenc_values.values.";
        assertEquals(List.of("300"), p.shows(k + "small"));
        assertEquals(3, p.named(k + "small").get(0).size(), "FC and two bytes");
        assertEquals(List.of("250"), p.shows(k + "big"));
        assertEquals(1, p.named(k + "big").get(0).size(), "FA is a value, not a marker");
        assertEquals(List.of("01"), p.shows(k + "data"));
        assertEquals(List.of("2"), p.shows(k + "numbers_count"));
        assertEquals(List.of("251", "0"), p.shows(k + "numbers.item"));
        assertEquals(List.of(3, 1), p.named(k + "numbers.item").stream().map(Tshark.Field::size).collect(Collectors.toList()));
        assertFalse(p.has("lenenc_values.malformed"), result.errors());
    }

    /** FB (NULL) where no NULL is allowed, and FF, are not integers: decode refuses both, the dissector says so. */
    @Test
    void nullAndFfWhereANumberMustBe() throws Exception {
        byte[] nullSmall = HexFormat.of().parseHex("fb01026869010100");
        byte[] ffBig = HexFormat.of().parseHex("05ff026869010100");
        assertThrows(WireDecodeException.class, () -> LenencSchemas.decodeValues(nullSmall));
        assertThrows(WireDecodeException.class, () -> LenencSchemas.decodeValues(ffBig));
        Tshark.Result result = Tshark.run(new Pcap(40_603, 6004).client(nullSmall).client(ffBig), SCRIPT,
                List.of("lenenc_values.tcp_port:6004"));
        List<Tshark.Packet> packets = result.with("lenenc_values");
        assertEquals(2, packets.size(), result.errors());
        assertTrue(packets.get(0).named("lenenc_values.malformed").get(0).showname().contains("not first byte 0xFB"),
                result.errors());
        assertTrue(packets.get(1).named("lenenc_values.malformed").get(0).showname().contains("not first byte 0xFF"));
    }

    /** A lenenc tag (70000: FD and three bytes) and a lenenc length after it; an unknown tag stepped over by it. */
    @Test
    void lengthEncodedTagsAndLengths() throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(LenencSchemas.large("ab"));
        stream.writeBytes(HexFormat.of().parseHex("fc2c0102aabb")); // tag 300, which no record has, 2 bytes
        stream.writeBytes(LenencSchemas.small((byte) 7));
        assertEquals("fd70110103026162" + "fc2c0102aabb" + "030107", HexFormat.of().formatHex(stream.toByteArray()));
        Tshark.Result result = Tshark.run(new Pcap(40_604, 6005).client(stream.toByteArray()),
                List.of(Tshark.TEST.resolve("Lenenc_Tagged.lua")), List.of("lenenc_tagged.tcp_port:6005"));
        Tshark.Packet p = result.with("lenenc_tagged").get(0);
        assertEquals("Large, unknown tag 0x12c, Small", p.frames("lenenc_tagged"), result.errors());
        assertEquals(List.of("ab"), p.shows("lenenc_tagged.large.name"));
        assertEquals(List.of("aa:bb"), p.shows("lenenc_tagged.tagged.unknown"));
        assertEquals(List.of("7"), p.shows("lenenc_tagged.small.value"));
    }

    /** MariaDB's text-protocol row: a value, a NULL (FB), and a value of 300 bytes after FC 2C 01. */
    @Test
    void mariaDbRow() throws Exception {
        String long300 = "x".repeat(300);
        byte[] frame = RowCodec.INSTANCE.encode(new Row(3, List.of(new Row.Value(Optional.of("1")),
                new Row.Value(Optional.empty()), new Row.Value(Optional.of(long300)))));
        assertEquals("03" + "0131" + "fb" + "fc2c01", HexFormat.of().formatHex(frame, 3, 10));
        Tshark.Result result = Tshark.run(new Pcap(40_605, 6006).serverIn(frame, 100),
                List.of(Tshark.MAIN.resolve("Row.lua")), List.of("row.tcp_port:6006"));
        List<Tshark.Packet> packets = result.with("row");
        Tshark.Packet p = packets.get(packets.size() - 1);
        assertEquals(List.of("1", long300), p.shows("row.value.text"), result.errors());
        assertEquals(List.of("fb"), p.shows("row.value.text_null"));
        assertEquals(List.of("1", "300"), p.shows("row.value.text_length"));
        assertEquals(3, p.named("row.value.text_length").get(1).size(), "FC and two bytes");
        assertEquals(List.of("3"), p.shows("row.row.sequence"));
        assertFalse(p.has("row.malformed"), result.errors());
    }
}

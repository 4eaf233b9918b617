package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.samples.wireshark.AllKinds.Level;
import io.wireform.samples.wireshark.AllKinds.Point;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every field kind and item through tshark ({@link AllKinds}), and every dissector the processor
 * wrote for this module (seeds and test schemas alike) loaded into tshark at once.
 */
class AllKindsDissectorTest {
    private static final List<Path> SCRIPT = List.of(Tshark.TEST.resolve("AllKinds.lua"));
    private static final List<String> PORT = List.of("all_kinds.tcp_port:6000");

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    static AllKinds sample(byte i8, int u16, boolean flag, AllKinds.Shape shape) {
        return new AllKinds(i8, u16, -2, 0x1_0203_0405L, -5, -1L, 300, -3L, 200, 1.5f, -2.25, flag,
                true, 5, Level.HIGH, Level.LOW, 7, new byte[] {1, 2, 3, 4}, "héllo", 3, new byte[] {9, 8, 7},
                "line", "café", List.of(1, 65535), List.of(new Point((short) 1, (short) -1), new Point((short) 2, (short) 3)),
                2, List.of(true, false), new Point((short) -7, (short) 8), shape,
                flag ? Optional.of(4242) : Optional.empty(), (u16 & 1) != 0 ? Optional.of(0.5f) : Optional.empty(),
                i8 == 1 || i8 == 2 ? Optional.of(99) : Optional.empty(), new byte[] {(byte) 0xAB, (byte) 0xCD});
    }

    @Test
    void everyKindShownWithItsValue() throws Exception {
        byte[] frame = AllKindsCodec.INSTANCE.encode(sample((byte) 1, 0x8001, true,
                new AllKinds.Square(6, List.of(Level.LOW, Level.HIGH))));
        Tshark.Result result = Tshark.run(new Pcap(40_500, 6000).clientIn(frame, 17), SCRIPT, PORT);
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("all_kinds");
        assertEquals(1, packets.size(), "one frame, reassembled");
        Tshark.Packet p = packets.get(0);
        String k = "all_kinds.all_kinds.";
        assertEquals(List.of("a5:5a"), p.shows(k + "magic"));
        assertEquals(List.of("1"), p.shows(k + "i8"));
        assertEquals(List.of("32769"), p.shows(k + "u16"));
        assertEquals(List.of("-2"), p.shows(k + "i24"));
        assertEquals(List.of(Long.toString(0x1_0203_0405L)), p.shows(k + "u40"));
        assertEquals(List.of("-5"), p.shows(k + "i32le"));
        assertEquals(List.of("18446744073709551615"), p.shows(k + "u64"));
        assertEquals(List.of("300"), p.shows(k + "leb"));
        assertEquals(2, p.named(k + "leb").get(0).size(), "300 is two LEB128 bytes");
        assertEquals(List.of("-3"), p.shows(k + "zigzag"));
        assertEquals(List.of("200"), p.shows(k + "mqtt"));
        assertEquals(List.of("1.5"), p.shows(k + "f32"));
        assertEquals(List.of("-2.25"), p.shows(k + "f64"));
        assertEquals(List.of("1"), p.shows(k + "flag"));
        assertEquals(List.of("1"), p.shows(k + "urgent"));
        assertEquals(List.of("5"), p.shows(k + "priority"));
        assertEquals(List.of("2"), p.shows(k + "level"));
        assertTrue(p.named(k + "level").get(0).showname().contains("HIGH"), p.named(k + "level").get(0).showname());
        assertTrue(p.named(k + "priority").get(0).showname().startsWith(".101 ...."),
                p.named(k + "priority").get(0).showname());
        assertTrue(p.named(k + "mode").get(0).showname().contains("LOW"));
        assertEquals(2, p.named(k + "padding").size(), "reserved bytes before and after 'padded'");
        assertEquals(List.of("7"), p.shows(k + "padded"));
        assertEquals(List.of("01:02:03:04"), p.shows(k + "fixed_bytes"));
        assertEquals(List.of("6"), p.shows(k + "name_length"));
        assertEquals(List.of("héllo"), p.shows(k + "name"));
        assertEquals(List.of("09:08:07"), p.shows(k + "sized"));
        assertEquals(List.of("line"), p.shows(k + "line"));
        assertEquals(List.of("café"), p.shows(k + "latin"));
        assertEquals(List.of("1", "65535"), p.shows(k + "pair.item"));
        assertEquals(List.of("2"), p.shows(k + "points_count"));
        assertEquals(List.of("1", "2", "-7"), p.shows("all_kinds.point.x"));
        assertEquals(List.of("-1", "3", "8"), p.shows("all_kinds.point.y"));
        assertEquals(List.of("1", "0"), p.shows(k + "bools.item"));
        assertEquals(List.of("0x000000000000012c"), p.shows("all_kinds.shape.tag"));
        assertEquals(List.of("6"), p.shows("all_kinds.square.side"));
        assertEquals(List.of("1", "2"), p.shows("all_kinds.square.levels.item"));
        assertEquals(List.of("4242"), p.shows(k + "if_flag"));
        assertEquals(List.of("0.5"), p.shows(k + "if_bit"));
        assertEquals(List.of("99"), p.shows(k + "if_any"));
        assertEquals(List.of("2"), p.shows(k + "length"));
        assertEquals(List.of("ab:cd"), p.shows(k + "rest"));
        assertTrue(p.named(k + "checksum").get(0).showname().endsWith("[correct]"), p.named(k + "checksum").toString());
        assertEquals(List.of("0d:0a"), p.shows(k + "end"));
        assertEquals(frame.length, p.named("all_kinds").get(0).size());
    }

    @Test
    void absentOptionalsAndTheOtherVariant() throws Exception {
        byte[] frame = AllKindsCodec.INSTANCE.encode(sample((byte) 5, 0x8000, false, new AllKinds.Circle(77)));
        Tshark.Packet p = Tshark.run(new Pcap(40_501, 6000).client(frame), SCRIPT, PORT).with("all_kinds").get(0);
        String k = "all_kinds.all_kinds.";
        assertFalse(p.has(k + "if_flag"));
        assertFalse(p.has(k + "if_bit"));
        assertFalse(p.has(k + "if_any"));
        assertEquals(List.of("77"), p.shows("all_kinds.circle.radius"));
        assertEquals(List.of("ab:cd"), p.shows(k + "rest"));
        assertFalse(p.has("_ws.malformed"), "a well-formed frame");
    }

    @Test
    void wrongChecksumIsAnExpertError() throws Exception {
        byte[] frame = AllKindsCodec.INSTANCE.encode(sample((byte) 5, 0x8000, false, new AllKinds.Circle(77)));
        frame[frame.length - 5] ^= 0x40; // a byte of 'rest', covered by the checksum
        Tshark.Packet p = Tshark.run(new Pcap(40_502, 6000).client(frame), SCRIPT, PORT).with("all_kinds").get(0);
        Tshark.Field checksum = p.named("all_kinds.all_kinds.checksum").get(0);
        assertTrue(checksum.showname().contains("[incorrect, should be 0x"), checksum.showname());
        assertTrue(p.has("all_kinds.checksum_bad"));
    }

    @Test
    void wideBitGroupWorkedOutInLua() throws Exception {
        byte[] frame = WideBitsCodec.INSTANCE.encode(new WideBits(true, 0xAB_CDEF_0123L, Level.HIGH, 5));
        Tshark.Result result = Tshark.run(new Pcap(40_504, 6001).client(frame),
                List.of(Tshark.TEST.resolve("WideBits.lua")), List.of("wide_bits.tcp_port:6001"));
        Tshark.Packet p = result.with("wide_bits").get(0);
        assertEquals(List.of("1"), p.shows("wide_bits.wide_bits.flag"), result.errors());
        assertEquals(List.of(Long.toString(0xAB_CDEF_0123L)), p.shows("wide_bits.wide_bits.big"));
        assertEquals(List.of("2"), p.shows("wide_bits.wide_bits.level"));
        assertTrue(p.named("wide_bits.wide_bits.level").get(0).showname().contains("HIGH"));
        assertEquals(List.of("5"), p.shows("wide_bits.wide_bits.small"));
    }

    @Test
    void everyGeneratedDissectorLoads() throws Exception {
        List<Path> scripts = new ArrayList<>();
        for (Path dir : List.of(Tshark.MAIN, Tshark.TEST)) {
            try (Stream<Path> files = Files.list(dir)) {
                scripts.addAll(files.filter(f -> f.toString().endsWith(".lua")).sorted().collect(Collectors.toList()));
            }
        }
        assertTrue(scripts.size() > 50, "dissectors of the seeds and test schemas: " + scripts.size());
        Tshark.Result result = Tshark.run(new Pcap(40_503, 1), scripts, List.of());
        assertFalse(result.errors().contains("Lua"), result.errors());
        assertFalse(result.errors().contains("rror"), result.errors());
        List<String> expected = new ArrayList<>();
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            String proto = text.lines().filter(l -> l.startsWith("local proto, P = new_proto(\"")).findFirst()
                    .orElseThrow().replaceFirst("local proto, P = new_proto\\(\"([^\"]+)\".*", "$1");
            // a name Wireshark has already is taken with a suffix (NameTakenDissectorTest)
            proto = script.getFileName().toString().equals("Beacon.lua") ? proto + "_wireform" : proto;
            expected.add(proto);
        }
        List<String> registered = Tshark.protocols(scripts);
        for (String proto : expected) {
            assertTrue(registered.contains(proto), proto + " is not among tshark's protocols");
        }
    }
}

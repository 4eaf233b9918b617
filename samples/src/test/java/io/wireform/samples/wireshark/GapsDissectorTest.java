package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireDecodeException;
import io.wireform.samples.wireshark.Gaps.ErrorFields;
import io.wireform.samples.wireshark.Gaps.Field;
import io.wireform.samples.wireshark.Gaps.FixedAfter;
import io.wireform.samples.wireshark.Gaps.Label;
import io.wireform.samples.wireshark.Gaps.Name;
import io.wireform.samples.wireshark.Gaps.Question;
import io.wireform.samples.wireshark.Gaps.Shorts;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dissector's checks and extents of the constructs in {@link Gaps}, through the real tshark: a
 * wrong {@code @Const} is an expert error as a wrong checksum is; an unknown tag of a protocol with a
 * length is shown and stepped over by that length; derived counts have field names of their own; a
 * terminated list is read element by element; a value of the user's codec ends where the fields of
 * fixed size after it start.
 */
class GapsDissectorTest {

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    private static Tshark.Result run(String schema, int port, Pcap pcap) throws Exception {
        String proto = "gaps_" + schema.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.TEST.resolve("Gaps_" + schema + ".lua")),
                List.of(proto + ".tcp_port:" + port));
        assertFalse(result.errors().contains("Lua"), result.errors());
        return result;
    }

    /** The texts of an expert info (PDML gives them as the shown name, with no value). */
    private static List<String> experts(Tshark.Packet p, String name) {
        return p.named(name).stream().map(Tshark.Field::showname).collect(Collectors.toList());
    }

    private static String shown(Tshark.Packet p) {
        return p.fields().stream().map(f -> f.name() + " = " + f.showname()).collect(Collectors.joining("\n"));
    }

    @Test
    void wrongConstantsAreExpertErrorsWithExpectedAndFound() throws Exception {
        byte[] good = HexFormat.of().parseHex("02250209");
        byte[] bad = HexFormat.of().parseHex("03350109");
        Gaps_VersionedCodec.INSTANCE.decode(good);
        assertThrows(WireDecodeException.class, () -> Gaps_VersionedCodec.INSTANCE.decode(bad));
        Tshark.Result result = run("Versioned", 7301, new Pcap(40_730, 7301).client(good).client(bad));
        List<Tshark.Packet> packets = result.with("gaps_versioned");
        assertEquals(2, packets.size(), result.errors());
        String k = "gaps_versioned.versioned.";
        Tshark.Packet right = packets.get(0);
        assertTrue(right.named(k + "version").get(0).showname().endsWith("[constant]"), shown(right));
        assertTrue(right.named(k + "flags").get(0).showname().endsWith("[constant]"), shown(right));
        assertTrue(right.named(k + "fixed_kind").get(0).showname().endsWith("[constant]"), shown(right));
        assertFalse(right.has("gaps_versioned.const_bad"), shown(right));

        Tshark.Packet wrong = packets.get(1);
        assertTrue(wrong.named(k + "version").get(0).showname().endsWith("[incorrect, should be 2]"), shown(wrong));
        assertEquals(List.of("version: expected 2, found 3", "flags: expected 2, found 3",
                "fixedKind: expected FANCY (2), found PLAIN (1)"), experts(wrong, "gaps_versioned.const_bad"), shown(wrong));
        assertEquals(List.of("9"), wrong.shows(k + "value"), "a wrong constant does not stop the dissector");
    }

    @Test
    void valuesOutsideTheirRangeAreExpertErrorsWithRangeAndFound() throws Exception {
        byte[] good = HexFormat.of().parseHex("007e" + "15" + "0000000000010000" + "09");
        byte[] bad = HexFormat.of().parseHex("0005" + "a5" + "8000000000000000" + "09");
        Gaps_RangedCodec.INSTANCE.decode(good);
        assertEquals("126..65535", assertThrows(WireDecodeException.class,
                () -> Gaps_RangedCodec.INSTANCE.decode(bad)).expected());
        Tshark.Result result = run("Ranged", 7399, new Pcap(40_799, 7399).client(good).client(bad));
        List<Tshark.Packet> packets = result.with("gaps_ranged");
        assertEquals(2, packets.size(), result.errors());
        String k = "gaps_ranged.ranged.";
        Tshark.Packet right = packets.get(0);
        assertFalse(right.has("gaps_ranged.range_bad"), shown(right));
        assertEquals(List.of("126"), right.shows(k + "length"), shown(right));

        Tshark.Packet wrong = packets.get(1);
        assertTrue(wrong.named(k + "length").get(0).showname().endsWith("[out of range, should be 126..65535]"),
                shown(wrong));
        List<String> experts = experts(wrong, "gaps_ranged.range_bad");
        assertEquals(3, experts.size(), shown(wrong));
        assertEquals("length: expected 126..65535, found 5", experts.get(0), shown(wrong));
        assertEquals("nibble: expected 1..9, found 10", experts.get(1), shown(wrong));
        // the unsigned 64-bit value with its top bit set is the negative long decode refuses
        assertTrue(experts.get(2).startsWith("big: expected 65536..9223372036854775807, found -"), shown(wrong));
        assertEquals(List.of("9"), wrong.shows(k + "value"), "a value out of range does not stop the dissector");
    }

    @Test
    void unknownTagsAreSteppedOverByTheProtocolLength() throws Exception {
        // Temperature 23.00, a frame of tag 9 (no record has it) of three bytes, Humidity 51: one segment
        byte[] stream = HexFormat.of().parseHex("01000208fc" + "0900030a0b0c" + "02000133");
        Tshark.Result result = run("Telemetry", 7302, new Pcap(40_731, 7302).client(stream));
        Tshark.Packet p = result.with("gaps_telemetry").get(0);
        assertEquals("Temperature, unknown tag 0x9, Humidity", p.frames("gaps_telemetry"), shown(p));
        assertEquals(List.of("2300"), p.shows("gaps_telemetry.temperature.centi"));
        assertEquals(List.of("0a:0b:0c"), p.shows("gaps_telemetry.telemetry.unknown"));
        Tshark.Field unknown = p.named("gaps_telemetry.telemetry.unknown").get(0);
        assertEquals(3, unknown.size());
        assertTrue(experts(p, "gaps_telemetry.unknown_tag").get(0).startsWith("unknown tag 0x9: no record has it; skipped"),
                shown(p));
        assertEquals(List.of("51"), p.shows("gaps_telemetry.humidity.percent"));
        assertFalse(p.has("gaps_telemetry.malformed"), shown(p));

        // without Resync.SKIP_UNKNOWN, decode fails there: an error, but the frames after it are still shown
        Tshark.Result strict = run("Strict", 7303, new Pcap(40_732, 7303).client(HexFormat.of().parseHex("0902aabb010105")));
        Tshark.Packet s = strict.with("gaps_strict").get(0);
        assertTrue(experts(s, "gaps_strict.malformed").get(0).contains("decode fails here"), shown(s));
        assertEquals(List.of("aa:bb"), s.shows("gaps_strict.strict.unknown"));
        assertEquals(List.of("5"), s.shows("gaps_strict.hello.n"), shown(s));
    }

    @Test
    void derivedCountsAreNamedAfterTheirLists() throws Exception {
        byte[] frame = Gaps_DnsCodec.INSTANCE.encode(new Gaps.Dns(7, List.of(new Question("a", 1), new Question("bc", 2)),
                List.of(5, 6, 7)));
        Tshark.Result result = run("Dns", 7304, new Pcap(40_733, 7304).client(frame));
        Tshark.Packet p = result.with("gaps_dns").get(0);
        assertEquals(List.of("2"), p.shows("gaps_dns.dns.questions_count"), shown(p));
        assertEquals(List.of("3"), p.shows("gaps_dns.dns.answers_count"), shown(p));
        assertTrue(p.named("gaps_dns.dns.questions_count").get(0).showname().startsWith("questions count: 2"), shown(p));
        assertEquals(List.of("a", "bc"), p.shows("gaps_dns.question.name"));
        assertEquals(List.of("5", "6", "7"), p.shows("gaps_dns.dns.answers.item"));
        assertFalse(p.has("_ws.malformed") || p.has("gaps_dns.malformed"), shown(p));
    }

    @Test
    void terminatedListsAreReadElementByElement() throws Exception {
        byte[] errors = Gaps_ErrorFieldsCodec.INSTANCE.encode(new ErrorFields(
                List.of(new Field((byte) 'S', "ERROR"), new Field((byte) 'C', "42601")), 9));
        Tshark.Packet e = run("ErrorFields", 7305, new Pcap(40_734, 7305).client(errors)).with("gaps_error_fields").get(0);
        assertEquals(List.of("ERROR", "42601"), e.shows("gaps_error_fields.field.value"), shown(e));
        assertEquals(List.of("9"), e.shows("gaps_error_fields.error_fields.after"), shown(e));
        assertTrue(e.named("gaps_error_fields.error_fields.fields").get(0).showname().endsWith("(2 elements)"), shown(e));
        assertEquals(List.of("00"), e.shows("gaps_error_fields.error_fields.fields_end"));
        // cut into segments of three bytes: the dissector asks TCP for more until the terminator has come
        Tshark.Result cut = run("ErrorFields", 7311, new Pcap(40_740, 7311).clientIn(errors, 3));
        List<Tshark.Packet> whole = cut.with("gaps_error_fields");
        assertEquals(1, whole.size(), cut.errors());
        assertEquals(List.of("ERROR", "42601"), whole.get(0).shows("gaps_error_fields.field.value"), shown(whole.get(0)));

        // a zero byte inside a label is data: only the zero-length label ends the name
        byte[] name = Gaps_NameCodec.INSTANCE.encode(new Name(List.of(new Label(new byte[] {'a', 0, 'b'}),
                new Label(new byte[] {'c'})), 28));
        Tshark.Packet n = run("Name", 7306, new Pcap(40_735, 7306).client(name)).with("gaps_name").get(0);
        assertEquals(List.of("61:00:62", "63"), n.shows("gaps_name.label.text"), shown(n));
        assertEquals(List.of("28"), n.shows("gaps_name.name.type"), shown(n));

        // FF FF ends the list, though the bytes of 12FF FF34 hold it across two elements
        byte[] shorts = Gaps_ShortsCodec.INSTANCE.encode(new Shorts(List.of(0x12FF, 0xFF34, 5)));
        assertEquals("12ffff340005ffff", HexFormat.of().formatHex(shorts));
        Tshark.Packet s = run("Shorts", 7307, new Pcap(40_736, 7307).client(shorts)).with("gaps_shorts").get(0);
        assertEquals(List.of("4863", "65332", "5"), s.shows("gaps_shorts.shorts.values.item"), shown(s));
        assertEquals(6, s.named("gaps_shorts.shorts.values_end").get(0).pos()
                - s.named("gaps_shorts.shorts.values.item").get(0).pos(), "the terminator after three elements");
    }

    @Test
    void valuesOfTheUsersCodecEndWhereTheFixedFieldsAfterThemStart() throws Exception {
        byte[] frame = Gaps_FixedAfterCodec.INSTANCE.encode(new FixedAfter(1, "abc", 28, 3));
        assertEquals("0103616263001c03", HexFormat.of().formatHex(frame));
        Tshark.Packet p = run("FixedAfter", 7308, new Pcap(40_737, 7308).client(frame)).with("gaps_fixed_after").get(0);
        Tshark.Field name = p.named("gaps_fixed_after.fixed_after.name").get(0);
        assertEquals(4, name.size(), shown(p));
        assertTrue(name.showname().startsWith("name (decoded by Pascal): 03616263"), name.showname());
        assertTrue(experts(p, "gaps_fixed_after.undecoded").get(0).startsWith("raw bytes decoded by Pascal"), shown(p));
        assertEquals(List.of("28"), p.shows("gaps_fixed_after.fixed_after.type"), shown(p));
        assertEquals(List.of("3"), p.shows("gaps_fixed_after.fixed_after.flags"), shown(p));
        assertFalse(p.has("gaps_fixed_after.malformed"), shown(p));

        // in a length region, the region's end; a variable field after it: the rest, with no error
        Tshark.Packet r = run("InRegion", 7309, new Pcap(40_738, 7309).client(HexFormat.of().parseHex("0302787907")))
                .with("gaps_in_region").get(0);
        assertEquals(3, r.named("gaps_in_region.in_region.name").get(0).size(), shown(r));
        assertEquals(List.of("7"), r.shows("gaps_in_region.in_region.after"), shown(r));
        Tshark.Packet v = run("VariableAfter", 7310, new Pcap(40_739, 7310).client(HexFormat.of().parseHex("0261620163")))
                .with("gaps_variable_after").get(0);
        assertEquals(5, v.named("gaps_variable_after.variable_after.name").get(0).size(), shown(v));
        assertFalse(v.has("gaps_variable_after.malformed"), shown(v));

        // in records of a list, the end of a region is not the value's: the dissector says so, shows no guess
        byte[] roster = Gaps_RosterCodec.INSTANCE.encode(new Gaps.Roster(List.of(new Gaps.Named("ab", 1),
                new Gaps.Named("c", 2))));
        Tshark.Packet l = run("Roster", 7312, new Pcap(40_741, 7312).client(roster)).with("gaps_roster").get(0);
        assertTrue(experts(l, "gaps_roster.malformed").get(0).contains("where name (decoded by Pascal) ends is not known"),
                shown(l));
        assertFalse(l.has("gaps_roster.named.n"), shown(l));
    }
}

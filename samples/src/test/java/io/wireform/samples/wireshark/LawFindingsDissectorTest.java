package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the conformance suite's dissector law found (FINDINGS S25), on the real tshark: each dissector
 * shows what decode reads.
 */
class LawFindingsDissectorTest {

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    private static Tshark.Packet dissect(String type, String proto, byte[] frame, int port) throws Exception {
        Tshark.Result result = Tshark.run(new Pcap(40_800 + port % 100, port).client(frame),
                List.of(Tshark.TEST.resolve(type + ".lua")), List.of(proto + ".tcp_port:" + port));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with(proto);
        assertEquals(1, packets.size(), result.errors());
        return packets.get(0);
    }

    /** {@code @When(not = true)} and {@code @When(min, max)}: before, the dissector read neither test. */
    @Test
    void conditionsNegatedAndByRange() throws Exception {
        LawFindings.Conditions value = new LawFindings.Conditions(true, Optional.empty(), 15, Optional.of(300));
        byte[] frame = LawFindings_ConditionsCodec.INSTANCE.encode(value);
        assertEquals("01 0f 012c".replace(" ", ""), HexFormat.of().formatHex(frame));
        Tshark.Packet p = dissect("LawFindings_Conditions", "law_findings_conditions", frame, 7301);
        assertEquals(List.of(), p.shows("law_findings_conditions.conditions.speed"), p.toString());
        assertEquals(List.of("300"), p.shows("law_findings_conditions.conditions.extra"), p.toString());

        byte[] other = LawFindings_ConditionsCodec.INSTANCE.encode(
                new LawFindings.Conditions(false, Optional.of(7), 3, Optional.empty()));
        Tshark.Packet q = dissect("LawFindings_Conditions", "law_findings_conditions", other, 7302);
        assertEquals(List.of("7"), q.shows("law_findings_conditions.conditions.speed"), q.toString());
        assertEquals(List.of(), q.shows("law_findings_conditions.conditions.extra"), q.toString());
    }

    /**
     * A code of no constant in a bit field is decode's error, which the dissector warns of (before: no
     * word); a code of no constant of an enum with a fallback is named after the fallback, as decode reads it.
     */
    @Test
    void unknownCodesAsDecodeReadsThem() throws Exception {
        Tshark.Packet p = dissect("LawFindings_Coded", "law_findings_coded", HexFormat.of().parseHex("3009"), 7303);
        assertTrue(p.has("law_findings_coded.unknown_code"), p.toString());
        String level = p.named("law_findings_coded.coded.level").get(0).showname();
        assertEquals("level: Unknown (9) [OTHER, the @Fallback constant]", level);
    }

    /**
     * {@code @Remaining} ends before the record's reserved bytes, as decode reads it (before: it took them,
     * and the reserved bytes ran past the frame); fixed text is shown without its padding.
     */
    @Test
    void remainingBeforeReservedBytes() throws Exception {
        byte[] frame = LawFindings_PaddedCodec.INSTANCE.encode(new LawFindings.Padded("ab", new byte[] {1, 2, 3}));
        assertEquals("61622020" + "010203" + "0000", HexFormat.of().formatHex(frame));
        Tshark.Packet p = dissect("LawFindings_Padded", "law_findings_padded", frame, 7304);
        assertFalse(p.has("law_findings_padded.malformed"), p.toString());
        assertEquals(List.of("010203"), p.named("law_findings_padded.padded.body").stream().map(Tshark.Field::value)
                .toList(), p.toString());
        assertEquals(List.of("ab"), p.shows("law_findings_padded.padded.name"), p.toString());
    }
}

package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.samples.wireshark.Newer.Big;
import io.wireform.samples.wireshark.Newer.Other;
import io.wireform.samples.wireshark.Newer.Reading;
import io.wireform.samples.wireshark.Newer.Small;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The constructs added after the first dissectors ({@link Newer}) through tshark: a half float, a
 * constant, a selected component chosen by a range, a value and the fallback; a protocol length after
 * the tag with a fallback record that keeps the tag; a bit-field tag whose group runs past it.
 */
class NewerDissectorTest {

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    @Test
    void halfFloatIsStructE() {
        // StructExportTest checks it against CPython both ways
        assertEquals(">eBe", Newer_HalfPairCodec.STRUCT_FORMAT);
    }

    @Test
    void selectedComponentsHalfFloatsAndConstants() throws Exception {
        Pcap pcap = new Pcap(40_700, 7200)
                .client(Newer_ReadingCodec.INSTANCE.encode(new Reading(1.5f, (short) 7, 3, new Small(5))))
                .client(Newer_ReadingCodec.INSTANCE.encode(new Reading(-2f, (short) 7, 10, new Big(100_000))))
                .client(Newer_ReadingCodec.INSTANCE.encode(new Reading(0.5f, (short) 7, 200, new Other((short) -3))));
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.TEST.resolve("Newer_Reading.lua")),
                List.of("newer_reading.tcp_port:7200"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("newer_reading");
        assertEquals(3, packets.size(), result.errors());
        String k = "newer_reading.reading.";
        assertEquals(List.of("1.5"), packets.get(0).shows(k + "celsius"));
        assertEquals(List.of("-2"), packets.get(1).shows(k + "celsius"));
        assertEquals(List.of("0.5"), packets.get(2).shows(k + "celsius"));
        assertEquals(List.of("7"), packets.get(0).shows(k + "version"));
        // 3 is in Small's range 0..9, 10 is Big's, 200 no record's but the fallback's
        assertEquals(List.of("5"), packets.get(0).shows("newer_reading.small.n"));
        assertEquals(List.of("100000"), packets.get(1).shows("newer_reading.big.n"));
        assertEquals(List.of("-3"), packets.get(2).shows("newer_reading.other.raw"));
        assertFalse(packets.get(0).has("newer_reading.big.n"));
        assertFalse(packets.get(2).has("newer_reading.small.n"));
    }

    @Test
    void protocolLengthAndAFallbackRecordKeepingItsTag() throws Exception {
        Pcap pcap = new Pcap(40_701, 7201).client(HexFormat.of().parseHex("010105"))
                .client(HexFormat.of().parseHex("7f02aabb"));
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.TEST.resolve("Newer_Tlv.lua")),
                List.of("newer_tlv.tcp_port:7201"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("newer_tlv");
        assertEquals(2, packets.size(), result.errors());
        assertEquals(List.of("1"), packets.get(0).shows("newer_tlv.ping.length"));
        assertEquals(List.of("5"), packets.get(0).shows("newer_tlv.ping.seq"));
        assertEquals(List.of("127"), packets.get(1).shows("newer_tlv.unknown.type"));
        assertEquals(List.of("2"), packets.get(1).shows("newer_tlv.unknown.length"));
        assertEquals(List.of("aa:bb"), packets.get(1).shows("newer_tlv.unknown.body"));
        Tshark.Field type = packets.get(1).named("newer_tlv.unknown.type").get(0);
        Tshark.Field tag = packets.get(1).named("newer_tlv.tlv.tag").get(0);
        assertEquals(tag.pos(), type.pos(), "the fallback's first component is the tag's byte");
        assertTrue(packets.get(1).named("newer_tlv").get(0).showname().endsWith("(Unknown)"));
    }

    @Test
    void bitFieldTagWhoseGroupRunsPastIt() throws Exception {
        Pcap pcap = new Pcap(40_702, 7202).client(HexFormat.of().parseHex("2abc"));
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.TEST.resolve("Newer_Nibble.lua")),
                List.of("newer_nibble.tcp_port:7202"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("newer_nibble");
        assertEquals(1, packets.size(), result.errors());
        assertEquals(List.of("2748"), packets.get(0).shows("newer_nibble.wide.value"));
        assertEquals(2, packets.get(0).named("newer_nibble.wide.value").get(0).size());
        assertTrue(packets.get(0).named("newer_nibble.nibble.tag").get(0).showname().contains("Wide"));
    }
}

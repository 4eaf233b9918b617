package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A record's reserved bytes after its last component through the codec and tshark: shown, skipped, then the end marker. */
class PaddedTailDissectorTest {

    @Test
    void codecWritesAndSkipsThem() {
        byte[] bytes = PaddedTailCodec.INSTANCE.encode(new PaddedTail(10, 11));
        assertArrayEquals(HexFormat.of().parseHex("ab00000d0a"), bytes);
        assertEquals(new PaddedTail(10, 11), PaddedTailCodec.INSTANCE.decode(HexFormat.of().parseHex("abffff0d0a")));
        assertEquals(5, PaddedTailCodec.ENCODED_LENGTH);
    }

    @Test
    void tsharkShowsThemBetweenTheBitsAndTheEndMarker() throws Exception {
        Tshark.assumeInstalled();
        Pcap pcap = new Pcap(40_710, 7210).client(HexFormat.of().parseHex("abffff0d0a"));
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.TEST.resolve("PaddedTail.lua")),
                List.of("padded_tail.tcp_port:7210"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("padded_tail");
        assertEquals(1, packets.size(), result.errors());
        assertEquals(List.of("10"), packets.get(0).shows("padded_tail.padded_tail.high"));
        assertEquals(List.of("11"), packets.get(0).shows("padded_tail.padded_tail.low"));
        Tshark.Field padding = packets.get(0).named("padded_tail.padded_tail.padding").get(0);
        assertEquals(2, padding.size());
        Tshark.Field end = packets.get(0).named("padded_tail.padded_tail.end").get(0);
        assertEquals(padding.pos() + 2, end.pos(), "the end marker follows the two reserved bytes");
    }
}

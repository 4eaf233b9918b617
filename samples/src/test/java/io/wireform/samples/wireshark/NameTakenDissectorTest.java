package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dissector whose name Wireshark has already ({@link Beacon}: Wireshark's Bluetooth Mesh protocol
 * is {@code beacon}) loads as {@code beacon_wireform}, says so on standard error, and dissects under
 * that name, its preference too. Before, tshark refused the script: "there cannot be two protocols
 * with the same name".
 */
class NameTakenDissectorTest {
    private static final Path SCRIPT = Tshark.TEST.resolve("Beacon.lua");

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    @Test
    void aNameWiresharkHasGetsASuffixAndTheUserIsTold() throws Exception {
        Pcap pcap = new Pcap(40_710, 7210).client(BeaconCodec.INSTANCE.encode(new Beacon(3, 1000)))
                .client(BeaconCodec.INSTANCE.encode(new Beacon(4, 65_535)));
        Tshark.Result result = Tshark.run(pcap, List.of(SCRIPT), List.of());
        assertFalse(result.errors().contains("Lua"), result.errors());
        assertTrue(result.errors().contains("Wireshark has a protocol named beacon already: the dissector of Beacon"
                + " (io.wireform.samples.wireshark) is named beacon_wireform, its fields beacon_wireform.*"),
                result.errors());
        List<Tshark.Packet> packets = result.with("beacon_wireform");
        assertEquals(2, packets.size(), result.errors());
        assertEquals(List.of("3"), packets.get(0).shows("beacon_wireform.beacon.kind"));
        assertEquals(List.of("1000"), packets.get(0).shows("beacon_wireform.beacon.interval"));
        assertEquals(List.of("65535"), packets.get(1).shows("beacon_wireform.beacon.interval"));
        assertTrue(Tshark.protocols(List.of(SCRIPT)).containsAll(List.of("beacon", "beacon_wireform")),
                "Wireshark's own protocol stays");
    }

    @Test
    void itsPreferenceIsUnderTheNameTaken() throws Exception {
        Pcap pcap = new Pcap(40_711, 7211).client(BeaconCodec.INSTANCE.encode(new Beacon(9, 20)));
        Tshark.Result result = Tshark.run(pcap, List.of(SCRIPT), List.of("beacon_wireform.tcp_port:7211"));
        List<Tshark.Packet> packets = result.with("beacon_wireform");
        assertEquals(1, packets.size(), result.errors());
        assertEquals(List.of("20"), packets.get(0).shows("beacon_wireform.beacon.interval"));
    }
}

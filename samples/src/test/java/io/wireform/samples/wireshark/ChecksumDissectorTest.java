package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each checksum the dissectors compute in Lua, against the catalogue's check value over
 * {@code "123456789"} (the test schemas {@code ChecksumSchemas.Check*}): shown as correct, and after
 * one flipped data byte as incorrect with the value it should have.
 */
class ChecksumDissectorTest {

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "CheckCrc8, f4, 0xf4",
            "CheckModbus, 374b, 0x4b37",
            "CheckCcitt, 29b1, 0x29b1",
            "CheckCrc32, cbf43926, 0xcbf43926",
            "CheckCrc32c, e3069283, 0xe3069283",
            "CheckSum8, dd, 0xdd",
            "CheckXor8, 31, 0x31"})
    void catalogueCheckValue(String schema, String wire, String value) throws Exception {
        String proto = "checksum_schemas_" + schema.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        String field = proto + "." + schema.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase() + ".checksum";
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes("123456789".getBytes(StandardCharsets.US_ASCII));
        frame.writeBytes(HexFormat.of().parseHex(wire));
        byte[] good = frame.toByteArray();
        byte[] bad = good.clone();
        bad[0] ^= 0x01;
        Pcap pcap = new Pcap(40_600, 7100).client(good).client(bad);
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.TEST.resolve("ChecksumSchemas_" + schema + ".lua")),
                List.of(proto + ".tcp_port:7100"));
        List<Tshark.Packet> packets = result.with(proto);
        assertEquals(2, packets.size(), result.errors());
        Tshark.Field correct = packets.get(0).named(field).get(0);
        assertEquals(value + " [correct]", correct.showname().replaceFirst("^checksum: ", ""), correct.showname());
        Tshark.Field incorrect = packets.get(1).named(field).get(0);
        assertTrue(incorrect.showname().startsWith("checksum: " + value + " [incorrect, should be 0x"),
                incorrect.showname());
        assertTrue(packets.get(1).has(proto + ".checksum_bad"));
    }
}

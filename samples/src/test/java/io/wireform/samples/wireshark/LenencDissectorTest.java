package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wireform.samples.lenenc.LenencSchemas;
import java.nio.file.Path;
import java.util.List;
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
}

package io.wireform.samples.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzzed TLV and control samples say on the wire what their Javadoc says. */
class TlvTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void readingsEventsAndUnknownTypes() {
        var codec = TlvCodec.INSTANCE;
        assertEquals("0100040712" + "4d60", HEX.formatHex(codec.encode(new Tlv.Reading(7, 1, 2, new Tlv.Celsius(21.5f)))));
        assertEquals("0100060700" + "00000009", HEX.formatHex(codec.encode(new Tlv.Reading(7, 0, 0, new Tlv.Count(9)))));
        // a unit no value has: the fallback keeps the bytes
        Tlv.Reading raw = (Tlv.Reading) codec.decode(HEX.parseHex("01000407f0abcd"));
        assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xCD}, ((Tlv.Raw) raw.value()).bytes());
        // code 100 is described, 150 another detail, whose bytes the length region bounds
        assertEquals("0200090064" + "03" + "026869" + "6f6b00",
                HEX.formatHex(codec.encode(new Tlv.Event(100, new Tlv.Described("hi"), "ok"))));
        Tlv.Event other = (Tlv.Event) codec.decode(HEX.parseHex("0200060096" + "02" + "0102" + "00"));
        assertArrayEquals(new byte[] {1, 2}, ((Tlv.Other) other.detail()).data());
        assertEquals("030000", HEX.formatHex(codec.encode(new Tlv.Heartbeat())));
        Tlv unknown = codec.decode(HEX.parseHex("090002beef"));
        assertInstanceOf(Tlv.Unknown.class, unknown);
        assertEquals("090002beef", HEX.formatHex(codec.encode(unknown)));
    }

    @Test
    void controlPacketsOfUnknownTypesAreSkipped() {
        assertEquals("8203000a01", HEX.formatHex(ControlCodec.INSTANCE.encode(new Control.Subscribe(2, 10, new byte[] {1}))));
        List<Long> skipped = new ArrayList<>();
        var reader = ControlReader.builder().onDropped((bytes, at, cause) -> skipped.add(bytes)).build();
        List<Control> messages = reader.feed(HEX.parseHex("c000" + "5002abcd" + "8203000a01"));
        assertEquals(List.of(new Control.Ping(0)), messages.subList(0, 1));
        assertEquals(2, messages.size());
        assertEquals(List.of(4L), skipped);
    }
}

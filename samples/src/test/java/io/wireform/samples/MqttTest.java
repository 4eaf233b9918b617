package io.wireform.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.samples.mqtt.MqttPacket;
import io.wireform.samples.mqtt.MqttPacketCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MQTT 3.1.1 packets: a 4-bit type as the tag, flags in the same byte, the remaining-length varint. */
class MqttTest {
    private static final MqttPacketCodec CODEC = MqttPacketCodec.INSTANCE;

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void connect() {
        byte[] wire = hex("10 10 0004 4d515454 04 02 003c 0004 74657374");
        MqttPacket.Connect connect = new MqttPacket.Connect(0, "MQTT", 4, 2, 60, "test");
        assertArrayEquals(wire, CODEC.encode(connect));
        assertEquals(connect, CODEC.decode(wire));
        assertEquals(wire.length, CODEC.frameLength(ByteBuffer.wrap(wire)));
    }

    @Test
    void publishAtQos0HasNoPacketId() {
        byte[] wire = hex("30 0c 0005 746f706963 68656c6c6f");
        MqttPacket.Publish publish = new MqttPacket.Publish(false, 0, false, "topic", Optional.empty(), ascii("hello"));
        assertArrayEquals(wire, CODEC.encode(publish));
        MqttPacket.Publish decoded = (MqttPacket.Publish) CODEC.decode(wire);
        assertEquals(Optional.empty(), decoded.packetId());
        assertArrayEquals(ascii("hello"), decoded.payload());
    }

    @Test
    void publishAtQos1RetainedCarriesItsPacketIdAndFlags() {
        byte[] wire = hex("33 0e 0005 746f706963 000a 68656c6c6f");
        MqttPacket.Publish publish = new MqttPacket.Publish(false, 1, true, "topic", Optional.of(10), ascii("hello"));
        assertArrayEquals(wire, CODEC.encode(publish));
        MqttPacket.Publish decoded = (MqttPacket.Publish) CODEC.decode(wire);
        assertEquals(1, decoded.qos());
        assertEquals(true, decoded.retain());
        assertEquals(Optional.of(10), decoded.packetId());
        assertArrayEquals(ascii("hello"), decoded.payload());
    }

    @Test
    void largePayloadUsesATwoByteRemainingLength() {
        byte[] payload = new byte[200];
        MqttPacket.Publish publish = new MqttPacket.Publish(false, 0, false, "t", Optional.empty(), payload);
        byte[] wire = CODEC.encode(publish);
        // 2 + 1 + 200 = 203 = 0xCB: LEB128 cb 01
        assertArrayEquals(hex("30 cb01 0001 74"), java.util.Arrays.copyOf(wire, 6));
        assertEquals(206, wire.length);
        assertEquals(206, CODEC.frameLength(ByteBuffer.wrap(wire, 0, 3)));
        // the first varint byte has its continuation bit set: a third byte is needed
        assertEquals(-3, CODEC.frameLength(ByteBuffer.wrap(wire, 0, 2)));
    }

    @Test
    void packetIdMustFollowTheQos() {
        MqttPacket.Publish wrong = new MqttPacket.Publish(false, 0, false, "t", Optional.of(1), new byte[0]);
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(wrong));
        assertEquals("MqttPacket.Publish.packetId", e.fieldPath());
    }

    @Test
    void unknownPacketTypeIsReportedWithItsValue() {
        UnknownTagException e = assertThrows(UnknownTagException.class, () -> CODEC.decode(hex("c0 00")));
        assertEquals(12, e.tag());
        assertEquals(0, e.offset());
    }
}

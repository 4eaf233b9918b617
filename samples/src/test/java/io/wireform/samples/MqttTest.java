package io.wireform.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.samples.mqtt.MqttPacket;
import io.wireform.samples.mqtt.MqttPacket.Connect;
import io.wireform.samples.mqtt.MqttPacket.Granted;
import io.wireform.samples.mqtt.MqttPacket.PacketId;
import io.wireform.samples.mqtt.MqttPacket.Publish;
import io.wireform.samples.mqtt.MqttPacket.Qos;
import io.wireform.samples.mqtt.MqttPacket.Subscription;
import io.wireform.samples.mqtt.MqttPacket.TopicFilter;
import io.wireform.samples.mqtt.MqttPacketCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MQTT 3.1.1 control packets byte for byte, with the examples of the OASIS standard (its figures'
 * variable headers and payloads) and its remaining-length table (2.2.3).
 */
class MqttTest {
    private static final MqttPacketCodec CODEC = MqttPacketCodec.INSTANCE;

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Encodes to exactly {@code wire}, which decodes to a packet encoding to it again, of the same length. */
    private static MqttPacket roundTrip(MqttPacket packet, String wire) {
        byte[] bytes = hex(wire);
        assertEquals(HexFormat.of().formatHex(bytes), HexFormat.of().formatHex(CODEC.encode(packet)));
        assertEquals(bytes.length, CODEC.sizeOf(packet));
        assertEquals(bytes.length, CODEC.frameLength(ByteBuffer.wrap(bytes)));
        MqttPacket decoded = CODEC.decode(bytes);
        assertEquals(packet.getClass(), decoded.getClass());
        assertArrayEquals(bytes, CODEC.encode(decoded));
        return decoded;
    }

    @Test
    void connectWithCleanSessionOnly() {
        Connect connect = new Connect("test", 60, true);
        assertEquals(connect, roundTrip(connect, "10 10 0004 4d515454 04 02 003c 0004 74657374"));
    }

    @Test
    void connectWithWillUserNameAndPassword() {
        // the standard's Figure 3.6: flags CE (user name, password, will QoS 1, will, clean session), keep alive 10
        Connect connect = new Connect(0, "MQTT", 4, true, true, false, Qos.AT_LEAST_ONCE, true, true, 0, 10, "c",
                Optional.of("w"), Optional.of(ascii("bye")), Optional.of("u"), Optional.of(ascii("pw")));
        Connect decoded = (Connect) roundTrip(connect,
                "10 1c 0004 4d515454 04 ce 000a 0001 63 0001 77 0003 627965 0001 75 0002 7077");
        assertEquals(Optional.of("u"), decoded.username());
        assertArrayEquals(ascii("pw"), decoded.password().orElseThrow());
        assertEquals(Qos.AT_LEAST_ONCE, decoded.willQos());
    }

    @Test
    void connectFlagsMustMatchTheFieldsPresent() {
        Connect noPassword = new Connect(0, "MQTT", 4, false, true, false, Qos.AT_MOST_ONCE, false, true, 0, 10, "c",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(noPassword));
        assertEquals("MqttPacket.Connect.password", e.fieldPath());
    }

    @Test
    void connectsReservedFlagAndWillQos3AreRefused() {
        WireDecodeException reserved = assertThrows(WireDecodeException.class,
                () -> CODEC.decode(hex("10 0c 0004 4d515454 04 03 003c 0000")));
        assertEquals("MqttPacket.Connect.reserved", reserved.fieldPath());
        WireDecodeException qos3 = assertThrows(WireDecodeException.class,
                () -> CODEC.decode(hex("10 0c 0004 4d515454 04 1e 003c 0000")));
        assertEquals("MqttPacket.Connect.willQos", qos3.fieldPath());
    }

    @Test
    void connAck() {
        assertEquals(new MqttPacket.ConnAck(true, 0), roundTrip(new MqttPacket.ConnAck(true, 0), "20 02 01 00"));
        assertEquals(new MqttPacket.ConnAck(false, 5), roundTrip(new MqttPacket.ConnAck(false, 5), "20 02 00 05"));
    }

    @Test
    void publishAtQos0HasNoPacketId() throws IOException {
        Publish decoded = (Publish) roundTrip(new Publish("topic", Payload.of(ascii("hello"))),
                "30 0c 0005 746f706963 68656c6c6f");
        assertInstanceOf(PacketId.None.class, decoded.packetId());
        assertArrayEquals(ascii("hello"), decoded.payload().readAllBytes());
    }

    @Test
    void publishAtQos1RetainedCarriesItsPacketIdAndFlags() throws IOException {
        // the standard's Figure 3.11: topic "a/b", packet identifier 10
        Publish publish = new Publish(false, 1, true, "a/b", new PacketId.Id(10), Payload.of(ascii("hello")));
        Publish decoded = (Publish) roundTrip(publish, "33 0c 0003 612f62 000a 68656c6c6f");
        assertEquals(1, decoded.qos());
        assertTrue(decoded.retain());
        assertEquals(new PacketId.Id(10), decoded.packetId());
        assertArrayEquals(ascii("hello"), decoded.payload().readAllBytes());
    }

    @Test
    void publishAtQos3IsRefused() {
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> CODEC.decode(hex("36 07 0003 612f62 000a")));
        assertEquals("MqttPacket.Publish.packetId.<selector>", e.fieldPath());
        Publish qos3 = new Publish(false, 3, false, "a/b", new PacketId.Id(10), Payload.of(new byte[0]));
        assertThrows(WireEncodeException.class, () -> CODEC.encode(qos3));
    }

    @Test
    void thePacketIdMustFollowTheQos() {
        Publish wrong = new Publish(false, 0, false, "t", new PacketId.Id(1), Payload.of(new byte[0]));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(wrong));
        assertEquals("MqttPacket.Publish.packetId", e.fieldPath());
    }

    @Test
    void largePayloadUsesATwoByteRemainingLength() {
        byte[] wire = CODEC.encode(new Publish("t", Payload.of(new byte[200])));
        // 2 + 1 + 200 = 203 = 0xCB: cb 01
        assertArrayEquals(hex("30 cb01 0001 74"), Arrays.copyOf(wire, 6));
        assertEquals(206, wire.length);
        assertEquals(206, CODEC.frameLength(ByteBuffer.wrap(wire, 0, 3)));
        // the first varint byte has its continuation bit set: a third byte is needed
        assertEquals(-3, CODEC.frameLength(ByteBuffer.wrap(wire, 0, 2)));
        // a streamed reader buffers the header alone: 6 bytes
        assertEquals(6, CODEC.headerLength(ByteBuffer.wrap(wire, 0, 6), 0, 6));
    }

    @Test
    void remainingLengthsOfTheStandardsTable() {
        // 2.2.3: one to four bytes; the payload is the remaining length less the topic's 3 bytes
        String[][] table = {{"0", "00"}, {"127", "7f"}, {"128", "8001"}, {"16383", "ff7f"}, {"16384", "808001"},
                {"2097151", "ffff7f"}, {"2097152", "80808001"}, {"268435455", "ffffff7f"}};
        for (String[] row : table) {
            long remaining = Long.parseLong(row[0]);
            if (remaining < 3) {
                continue;
            }
            Publish publish = new Publish("t", Payload.of(nothing(), remaining - 3));
            ByteBuffer header = ByteBuffer.allocate(16);
            CODEC.encodeHeader(publish, header);
            assertEquals("30" + row[1] + "000174", HexFormat.of().formatHex(header.array(), 0, header.position()), row[0]);
            assertEquals(header.position(), CODEC.headerSize(publish));
        }
        Publish tooLong = new Publish("t", Payload.of(nothing(), 268435455 - 2));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.sizeOf(tooLong));
        assertEquals("MqttPacket.Publish.<length>", e.fieldPath());
    }

    private static InputStream nothing() {
        return InputStream.nullInputStream();
    }

    @Test
    void acknowledgements() {
        assertEquals(new MqttPacket.PubAck(10), roundTrip(new MqttPacket.PubAck(10), "40 02 000a"));
        assertEquals(new MqttPacket.PubRec(10), roundTrip(new MqttPacket.PubRec(10), "50 02 000a"));
        assertEquals(new MqttPacket.PubRel(10), roundTrip(new MqttPacket.PubRel(10), "62 02 000a"));
        assertEquals(new MqttPacket.PubComp(10), roundTrip(new MqttPacket.PubComp(10), "70 02 000a"));
        assertEquals(new MqttPacket.UnsubAck(10), roundTrip(new MqttPacket.UnsubAck(10), "b0 02 000a"));
    }

    @Test
    void fixedHeaderFlagsAreChecked() {
        // PUBREL, SUBSCRIBE and UNSUBSCRIBE carry 0010; every other packet but PUBLISH 0000
        WireDecodeException pubrel = assertThrows(WireDecodeException.class, () -> CODEC.decode(hex("60 02 000a")));
        assertEquals("MqttPacket.PubRel.flags", pubrel.fieldPath());
        WireDecodeException puback = assertThrows(WireDecodeException.class, () -> CODEC.decode(hex("42 02 000a")));
        assertEquals("MqttPacket.PubAck.flags", puback.fieldPath());
        WireDecodeException ping = assertThrows(WireDecodeException.class, () -> CODEC.decode(hex("c1 00")));
        assertEquals("MqttPacket.PingReq.flags", ping.fieldPath());
        assertThrows(WireEncodeException.class, () -> CODEC.encode(new MqttPacket.PubRel(0, 10)));
    }

    @Test
    void subscribeAndSubAck() {
        // the standard's Figures 3.22 and 3.26: "a/b" at QoS 1 and "c/d" at QoS 2; granted 0, 1, 2 and failure
        MqttPacket.Subscribe subscribe = new MqttPacket.Subscribe(10,
                List.of(new Subscription("a/b", Qos.AT_LEAST_ONCE), new Subscription("c/d", Qos.EXACTLY_ONCE)));
        assertEquals(subscribe, roundTrip(subscribe, "82 0e 000a 0003 612f62 01 0003 632f64 02"));
        MqttPacket.SubAck subAck = new MqttPacket.SubAck(10,
                List.of(Granted.QOS_0, Granted.QOS_1, Granted.QOS_2, Granted.FAILURE));
        assertEquals(subAck, roundTrip(subAck, "90 06 000a 00 01 02 80"));
        WireDecodeException reserved = assertThrows(WireDecodeException.class,
                () -> CODEC.decode(hex("82 08 000a 0003 612f62 05")));
        assertEquals("MqttPacket.Subscribe.subscriptions[].reserved", reserved.fieldPath());
        WireDecodeException qos3 = assertThrows(WireDecodeException.class,
                () -> CODEC.decode(hex("82 08 000a 0003 612f62 03")));
        assertEquals("MqttPacket.Subscribe.subscriptions[].qos", qos3.fieldPath());
    }

    @Test
    void unsubscribe() {
        // the standard's Figure 3.30
        MqttPacket.Unsubscribe unsubscribe = new MqttPacket.Unsubscribe(10,
                List.of(new TopicFilter("a/b"), new TopicFilter("c/d")));
        assertEquals(unsubscribe, roundTrip(unsubscribe, "a2 0c 000a 0003 612f62 0003 632f64"));
    }

    @Test
    void packetsOfAFixedHeaderAlone() {
        assertEquals(new MqttPacket.PingReq(), roundTrip(new MqttPacket.PingReq(), "c0 00"));
        assertEquals(new MqttPacket.PingResp(), roundTrip(new MqttPacket.PingResp(), "d0 00"));
        assertEquals(new MqttPacket.Disconnect(), roundTrip(new MqttPacket.Disconnect(), "e0 00"));
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> CODEC.decode(hex("c0 01 00")));
        assertEquals("MqttPacket.PingReq.<length>", e.fieldPath());
    }

    @Test
    void reservedPacketTypesAreUnknownTags() {
        for (int type : new int[] {0, 15}) {
            UnknownTagException e = assertThrows(UnknownTagException.class,
                    () -> CODEC.decode(new byte[] {(byte) (type << 4), 0}));
            assertEquals(type, e.tag());
            assertEquals(0, e.offset());
        }
    }
}

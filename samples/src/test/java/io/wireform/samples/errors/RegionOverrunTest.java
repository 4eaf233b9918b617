package io.wireform.samples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.mqtt.MqttPacketCodec;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A frame whose inner fields overrun its own length field is malformed, not truncated: its length
 * field was read and the frame is all there. {@code frameLength} says it is complete, and decode and
 * the readers say the same error at the same place.
 */
class RegionOverrunTest {

    /** frameLength says the whole input is the frame; decode and a reader both say it is malformed, alike. */
    private static WireDecodeException malformedNotTruncated(WireCodec<?> codec, String hex) {
        byte[] frame = HexFormat.of().parseHex(hex.replace(" ", ""));
        assertEquals(frame.length, codec.frameLength(ByteBuffer.wrap(frame)), "frameLength: the frame is complete");
        WireDecodeException decoded = assertThrows(WireDecodeException.class, () -> codec.decode(frame));
        FrameReader<?> reader = FrameReader.builder(codec).build();
        WireException read = assertThrows(WireException.class, () -> reader.feed(frame));
        assertEquals(decoded.getClass(), read.getClass());
        assertEquals(decoded.fieldPath(), read.fieldPath());
        assertEquals(decoded.offset(), read.offset());
        return decoded;
    }

    @Test
    void modbusWriteMultipleRegistersWhoseByteCountIsShortOfItsQuantity() {
        // MBAP: tx 0001, protocol 0000, length 0009, unit 01; PDU: fn 10, address 0000, quantity 0002,
        // byte count 02 (should be 04), one register 0001
        WireDecodeException e = malformedNotTruncated(RequestAduCodec.INSTANCE,
                "0001 0000 0009 01 10 0000 0002 02 0001");
        assertEquals("RequestAdu.pdu.WriteMultipleRegisters.values", e.fieldPath());
    }

    @Test
    void modbusResponseWhoseMbapLengthCutsThePdu() {
        // fn 03, byte count 04, within an MBAP length (0005) that leaves the registers 2 bytes
        malformedNotTruncated(ResponseAduCodec.INSTANCE, "0001 0000 0005 01 03 04 0001");
    }

    @Test
    void mqttPublishWhoseTopicOverrunsTheRemainingLength() {
        // 30 | remaining length 03 | topic length 0005 "a": 5 bytes of topic in a 3-byte packet
        WireDecodeException e = malformedNotTruncated(MqttPacketCodec.INSTANCE, "30 03 0005 61");
        assertEquals("MqttPacket.Publish.topic", e.fieldPath());
    }

    @Test
    void aFrameCutShortIsStillTruncated() {
        // remaining length 5, but only 4 bytes of the packet are there
        byte[] frame = HexFormat.of().parseHex("300500036162");
        assertThrows(TruncatedFrameException.class, () -> MqttPacketCodec.INSTANCE.decode(frame));
        assertEquals(7, MqttPacketCodec.INSTANCE.frameLength(ByteBuffer.wrap(frame)), "its length is known");
    }

    @Test
    void decodeAndReadersNameTheSameFieldPathForAProtocolsRecord() {
        // a remaining length of five bytes: MqttPacket.Publish.<length>, from decode and from a reader alike
        byte[] frame = HexFormat.of().parseHex("30 ffffffff7f 00".replace(" ", ""));
        WireDecodeException decoded = assertThrows(WireDecodeException.class, () -> MqttPacketCodec.INSTANCE.decode(frame));
        WireException read = assertThrows(WireException.class,
                () -> FrameReader.builder(MqttPacketCodec.INSTANCE).build().feed(frame));
        WireException peeked = assertThrows(WireException.class,
                () -> MqttPacketCodec.INSTANCE.frameLength(ByteBuffer.wrap(frame)));
        assertEquals("MqttPacket.Publish.<length>", decoded.fieldPath());
        assertEquals(decoded.fieldPath(), read.fieldPath());
        assertEquals(decoded.fieldPath(), peeked.fieldPath());
        assertEquals(decoded.offset(), read.offset());
    }
}

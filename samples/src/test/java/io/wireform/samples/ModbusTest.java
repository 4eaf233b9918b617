package io.wireform.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusResponse;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modbus TCP frames from the specification's examples, both ways. */
class ModbusTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    @Test
    void readInputRegistersRequest() {
        byte[] wire = hex("0001 0000 0006 01 04 0001 0005");
        RequestAdu expected = new RequestAdu(1, 0, 1, new ModbusRequest.ReadInputRegisters(1, 5));
        assertEquals(expected, RequestAduCodec.INSTANCE.decode(wire));
        assertArrayEquals(wire, RequestAduCodec.INSTANCE.encode(expected));
        assertEquals(12, RequestAduCodec.INSTANCE.frameLength(ByteBuffer.wrap(wire)));
    }

    @Test
    void readInputRegistersResponse() {
        byte[] wire = hex("0001 0000 000d 01 04 0a 0001 0002 0003 0004 0005");
        ResponseAdu expected = new ResponseAdu(1, 0, 1, new ModbusResponse.ReadInputRegisters(List.of(1, 2, 3, 4, 5)));
        assertEquals(expected, ResponseAduCodec.INSTANCE.decode(wire));
        assertArrayEquals(wire, ResponseAduCodec.INSTANCE.encode(expected));
        assertEquals(wire.length, ResponseAduCodec.INSTANCE.sizeOf(expected));
    }

    @Test
    void readHoldingRegistersAndWriteSingleRegister() {
        byte[] read = hex("0007 0000 0006 11 03 006b 0003");
        assertEquals(new RequestAdu(7, 0, 0x11, new ModbusRequest.ReadHoldingRegisters(0x6b, 3)),
                RequestAduCodec.INSTANCE.decode(read));
        byte[] write = hex("0008 0000 0006 11 06 0001 0003");
        RequestAdu writeAdu = new RequestAdu(8, 0, 0x11, new ModbusRequest.WriteSingleRegister(1, 3));
        assertArrayEquals(write, RequestAduCodec.INSTANCE.encode(writeAdu));
        assertEquals(new ResponseAdu(8, 0, 0x11, new ModbusResponse.WriteSingleRegister(1, 3)),
                ResponseAduCodec.INSTANCE.decode(write));
    }

    @Test
    void writeMultipleRegistersDerivesBothLengths() {
        // the specification's example: write 000a and 0102 from register 1
        byte[] wire = hex("0009 0000 000b 01 10 0001 0002 04 000a 0102");
        RequestAdu adu = new RequestAdu(9, 0, 1, new ModbusRequest.WriteMultipleRegisters(1, 2, List.of(0x000a, 0x0102)));
        assertArrayEquals(wire, RequestAduCodec.INSTANCE.encode(adu));
        assertEquals(adu, RequestAduCodec.INSTANCE.decode(wire));
        assertEquals(new ResponseAdu(9, 0, 1, new ModbusResponse.WriteMultipleRegisters(1, 2)),
                ResponseAduCodec.INSTANCE.decode(hex("0009 0000 0006 01 10 0001 0002")));
    }

    @Test
    void quantityMustMatchTheValues() {
        RequestAdu adu = new RequestAdu(9, 0, 1, new ModbusRequest.WriteMultipleRegisters(1, 3, List.of(1, 2)));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> RequestAduCodec.INSTANCE.encode(adu));
        assertEquals("RequestAdu.pdu.WriteMultipleRegisters.values", e.fieldPath());
    }

    @Test
    void exceptionResponse() {
        byte[] wire = hex("0001 0000 0003 01 84 02");
        ResponseAdu expected = new ResponseAdu(1, 0, 1, new ModbusResponse.ReadInputRegistersError(2));
        assertEquals(expected, ResponseAduCodec.INSTANCE.decode(wire));
        assertArrayEquals(wire, ResponseAduCodec.INSTANCE.encode(expected));
    }

    @Test
    void unknownFunctionCodeDecodesAsTheFallbackAndEncodesBackUnchanged() {
        byte[] bytes = hex("0001 0000 0006 01 2b 0e 01 00 ff");
        RequestAdu adu = RequestAduCodec.INSTANCE.decode(bytes);
        ModbusRequest.OtherFunction other = assertInstanceOf(ModbusRequest.OtherFunction.class, adu.pdu());
        assertEquals(0x2b, other.function());
        assertArrayEquals(hex("0e 01 00 ff"), other.data());
        assertArrayEquals(bytes, RequestAduCodec.INSTANCE.encode(adu));
        // and it cannot pose as a listed function
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> RequestAduCodec.INSTANCE.encode(
                new RequestAdu(1, 0, 1, new ModbusRequest.OtherFunction(3, new byte[4]))));
        assertEquals("RequestAdu.pdu.OtherFunction.function", e.fieldPath());
    }

    @Test
    void lengthThatDisagreesWithThePduIsRejected() {
        // MBAP says 7 bytes follow, the read request has 6
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> RequestAduCodec.INSTANCE.decode(hex("0001 0000 0007 01 04 0001 0005 00")));
        assertEquals("RequestAdu.<length>", e.fieldPath());
    }

    @Test
    void lengthPastTheInputIsTruncationNotAnAllocation() {
        ByteBuffer in = ByteBuffer.wrap(hex("0001 0000 ffff 01 04"));
        TruncatedFrameException e = assertThrows(TruncatedFrameException.class, () -> RequestAduCodec.INSTANCE.decode(in));
        assertEquals(6 + 0xffff, e.needed());
        assertEquals(8, e.available());
        assertEquals(0, in.position());
    }

    @Test
    void headerAloneGivesTheFrameLength() {
        assertEquals(6 + 0x0d, ResponseAduCodec.INSTANCE.frameLength(ByteBuffer.wrap(hex("0001 0000 000d"))));
        // five bytes: not yet the length field, and the reader learns it needs six before asking again
        assertEquals(-6, ResponseAduCodec.INSTANCE.frameLength(ByteBuffer.wrap(hex("0001 0000 00"))));
    }
}

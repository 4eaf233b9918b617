package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusResponse;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Modbus TCP through tshark with the two dissectors the processor wrote for {@code RequestAdu} and
 * {@code ResponseAdu}: both register on port 502 (their {@code @TcpPort}), requests going to it and
 * responses coming from it, each handed to the right one.
 */
class ModbusDissectorTest {
    private static final List<Path> SCRIPTS = List.of(Tshark.MAIN.resolve("RequestAdu.lua"),
            Tshark.MAIN.resolve("ResponseAdu.lua"));

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    static byte[] request(int transaction, ModbusRequest pdu) {
        return RequestAduCodec.INSTANCE.encode(new RequestAdu(transaction, 0, 1, pdu));
    }

    static byte[] response(int transaction, ModbusResponse pdu) {
        return ResponseAduCodec.INSTANCE.encode(new ResponseAdu(transaction, 0, 1, pdu));
    }

    @Test
    void requestsAndResponsesOnPort502() throws Exception {
        Pcap pcap = new Pcap(40_000, 502)
                .client(request(7, new ModbusRequest.ReadHoldingRegisters(100, 3)))
                .server(response(7, new ModbusResponse.ReadHoldingRegisters(List.of(100, 101, 65535))))
                .client(request(8, new ModbusRequest.WriteMultipleRegisters(10, 2, List.of(0x1234, 0xBEEF))))
                .server(response(8, new ModbusResponse.WriteMultipleRegistersError(2)));
        Tshark.Result result = Tshark.run(pcap, SCRIPTS, List.of());
        assertFalse(result.errors().contains("Lua"), result.errors());

        List<Tshark.Packet> requests = result.with("request_adu");
        List<Tshark.Packet> responses = result.with("response_adu");
        assertEquals(2, requests.size(), "packets dissected as requests");
        assertEquals(2, responses.size(), "packets dissected as responses");

        Tshark.Packet read = requests.get(0);
        assertEquals(List.of("7"), read.shows("request_adu.request_adu.transaction_id"));
        assertEquals(List.of("6"), read.shows("request_adu.request_adu.length"));
        assertEquals(List.of("1"), read.shows("request_adu.request_adu.unit_id"));
        assertEquals(List.of("0x03"), read.shows("request_adu.modbus_request.tag"));
        assertEquals(List.of("100"), read.shows("request_adu.read_holding_registers.address"));
        assertEquals(List.of("3"), read.shows("request_adu.read_holding_registers.quantity"));
        Tshark.Field address = read.named("request_adu.read_holding_registers.address").get(0);
        assertEquals(54 + 8, address.pos(), "address offset in the packet: headers, MBAP, function code");
        assertEquals(2, address.size());

        Tshark.Packet registers = responses.get(0);
        assertEquals(List.of("6"), registers.shows("response_adu.read_holding_registers.length"));
        assertEquals(List.of("100", "101", "65535"), registers.shows("response_adu.read_holding_registers.registers.item"));

        Tshark.Packet write = requests.get(1);
        assertEquals(List.of("4660", "48879"), write.shows("request_adu.write_multiple_registers.values.item"));
        assertEquals(List.of("4"), write.shows("request_adu.write_multiple_registers.length"));

        Tshark.Packet error = responses.get(1);
        assertEquals(List.of("0x90"), error.shows("response_adu.modbus_response.tag"));
        assertEquals(List.of("2"), error.shows("response_adu.write_multiple_registers_error.exception_code"));
    }

    @Test
    void severalFramesInOneSegmentAndOneFrameInManySegments() throws Exception {
        ByteArrayOutputStream glued = new ByteArrayOutputStream();
        for (int i = 1; i <= 3; i++) {
            glued.writeBytes(request(i, new ModbusRequest.ReadInputRegisters(i * 10, i)));
        }
        byte[] split = request(4, new ModbusRequest.WriteMultipleRegisters(5, 3, List.of(1, 2, 3)));
        Pcap pcap = new Pcap(40_001, 502).client(glued.toByteArray()).clientIn(split, 1);
        Tshark.Result result = Tshark.run(pcap, SCRIPTS, List.of());

        List<Tshark.Packet> requests = result.with("request_adu");
        assertEquals(2, requests.size(), "one packet with three frames, one reassembled from " + split.length);
        assertEquals(List.of("1", "2", "3"), requests.get(0).shows("request_adu.request_adu.transaction_id"));
        assertEquals(List.of("10", "20", "30"), requests.get(0).shows("request_adu.read_input_registers.address"));
        Tshark.Packet reassembled = requests.get(1);
        assertEquals(List.of("4"), reassembled.shows("request_adu.request_adu.transaction_id"));
        assertEquals(List.of("1", "2", "3"), reassembled.shows("request_adu.write_multiple_registers.values.item"));
        assertEquals(4 + split.length, pcap.packets() - 0, "handshake, one glued segment, one byte per segment");
        assertTrue(reassembled.has("tcp.reassembled.data"), "tshark reassembled the frame");
    }
}

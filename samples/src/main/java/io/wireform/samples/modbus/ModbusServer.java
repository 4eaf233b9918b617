package io.wireform.samples.modbus;

import io.wireform.runtime.net.WireServer;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A Modbus TCP server over {@link WireServer}: holding registers 0..999 in memory (register {@code i}
 * starts at {@code i}), read-only input registers whose value is {@code i * 10}. It answers functions
 * 3, 4, 6 and 16 for any unit id, echoing transaction, protocol and unit id; an address range past
 * register 999 gets exception 2 (illegal data address), a quantity outside 1..125 (1..123 for
 * function 16) exception 3 (illegal data value).
 *
 * <p>Any other function code decodes as {@link ModbusRequest.OtherFunction} (the schema's
 * {@code @Fallback}) and is answered with exception 1 (illegal function), {@code 0x80 | function};
 * the connection goes on. A code of 0x80 or more is no function (that bit marks exceptions): such a
 * request gets no answer, and its connection goes on too. Every ADU is at most 260 bytes, so
 * the reader refuses longer frames ({@code FrameTooLargeException}, e.g. a write of 124 registers)
 * before buffering them, which also ends the connection.
 *
 * <pre>java -cp ... io.wireform.samples.modbus.ModbusServer 1502</pre>
 */
public final class ModbusServer {
    public static final int REGISTERS = 1000;
    /** The largest Modbus TCP ADU: 7 bytes of MBAP header and a PDU of at most 253. */
    public static final int MAX_ADU_LENGTH = 260;

    private final int[] holding = new int[REGISTERS];

    public ModbusServer() {
        for (int i = 0; i < REGISTERS; i++) {
            holding[i] = i;
        }
    }

    /** A server builder answering with this register map: add {@code bind}, {@code onError}, ... then {@code start()}. */
    public WireServer.Builder<RequestAdu, ResponseAdu> server() {
        return WireServer.builder(RequestAduCodec.INSTANCE, ResponseAduCodec.INSTANCE)
                .maxFrameLength(MAX_ADU_LENGTH)
                .respond(this::answer);
    }

    /** The response to one request, with its transaction and unit id; null for none. */
    public ResponseAdu answer(RequestAdu request) {
        ModbusResponse pdu = answer(request.pdu());
        return pdu == null ? null : new ResponseAdu(request.transactionId(), request.protocolId(), request.unitId(), pdu);
    }

    private synchronized ModbusResponse answer(ModbusRequest pdu) {
        if (pdu instanceof ModbusRequest.OtherFunction other) {
            return other.function() < 0x80 ? new ModbusResponse.OtherFunction(0x80 | other.function(), new byte[] {1}) : null;
        }
        if (pdu instanceof ModbusRequest.ReadHoldingRegisters r) {
            int error = check(r.address(), r.quantity(), 125);
            return error != 0 ? new ModbusResponse.ReadHoldingRegistersError(error)
                    : new ModbusResponse.ReadHoldingRegisters(registers(r.address(), r.quantity(), i -> holding[i]));
        }
        if (pdu instanceof ModbusRequest.ReadInputRegisters r) {
            int error = check(r.address(), r.quantity(), 125);
            return error != 0 ? new ModbusResponse.ReadInputRegistersError(error)
                    : new ModbusResponse.ReadInputRegisters(registers(r.address(), r.quantity(), i -> i * 10));
        }
        if (pdu instanceof ModbusRequest.WriteSingleRegister w) {
            if (w.address() >= REGISTERS) {
                return new ModbusResponse.WriteSingleRegisterError(2);
            }
            holding[w.address()] = w.value();
            return new ModbusResponse.WriteSingleRegister(w.address(), w.value());
        }
        ModbusRequest.WriteMultipleRegisters w = (ModbusRequest.WriteMultipleRegisters) pdu;
        int error = check(w.address(), w.quantity(), 123);
        if (error != 0) {
            return new ModbusResponse.WriteMultipleRegistersError(error);
        }
        for (int i = 0; i < w.quantity(); i++) {
            holding[w.address() + i] = w.values().get(i);
        }
        return new ModbusResponse.WriteMultipleRegisters(w.address(), w.quantity());
    }

    /** 0 if the range is served, else the exception code: 3 for a bad quantity, 2 for a bad address. */
    private static int check(int address, int quantity, int maxQuantity) {
        if (quantity < 1 || quantity > maxQuantity) {
            return 3;
        }
        return address + quantity > REGISTERS ? 2 : 0;
    }

    private static List<Integer> registers(int address, int quantity, IntUnaryOperator register) {
        List<Integer> values = new ArrayList<>(quantity);
        for (int i = address; i < address + quantity; i++) {
            values.add(register.applyAsInt(i));
        }
        return values;
    }

    /** {@code ModbusServer [port [address]]}: serves on 127.0.0.1:1502 unless told otherwise (port 0: a free one) until killed. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 1502;
        InetAddress address = InetAddress.getByName(args.length > 1 ? args[1] : "127.0.0.1");
        WireServer<RequestAdu, ResponseAdu> server = new ModbusServer().server()
                .bind(address, port)
                .onError((peer, error) -> System.err.println(peer + ": " + error))
                .start();
        System.out.println("Modbus TCP server listening on " + server.address());
        Thread.currentThread().join();
    }
}

package io.wireform.samples.modbus;

import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A Modbus TCP client over one {@link WireConnection}: one request at a time, each answer checked
 * against its transaction id. An exception response is a {@link ModbusException}.
 *
 * <pre>java -cp ... io.wireform.samples.modbus.ModbusClient 127.0.0.1 1502 0 10</pre>
 */
public final class ModbusClient implements Closeable {
    private final WireConnection<ResponseAdu, RequestAdu> connection;
    private final int unitId;
    private int transactionId;

    private ModbusClient(WireConnection<ResponseAdu, RequestAdu> connection, int unitId) {
        this.connection = connection;
        this.unitId = unitId;
    }

    /** Connects to unit 1 at {@code host:port}; an answer must come within 5 s. */
    public static ModbusClient connect(String host, int port) throws IOException {
        return new ModbusClient(WireClient.to(host, port, ResponseAduCodec.INSTANCE, RequestAduCodec.INSTANCE)
                .maxFrameLength(ModbusServer.MAX_ADU_LENGTH)
                .readTimeout(Duration.ofSeconds(5))
                .connect(), 1);
    }

    /** A Modbus exception response: the function code (bit 7 clear) and the exception code. */
    public static final class ModbusException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int exceptionCode;

        ModbusException(int function, int exceptionCode) {
            super("function " + function + " failed with exception code " + exceptionCode);
            this.exceptionCode = exceptionCode;
        }

        public int exceptionCode() {
            return exceptionCode;
        }
    }

    /** Sends one PDU and returns the PDU of its answer. */
    public synchronized ModbusResponse call(ModbusRequest pdu) throws IOException {
        transactionId = (transactionId + 1) & 0xFFFF;
        ResponseAdu answer = connection.request(new RequestAdu(transactionId, 0, unitId, pdu));
        if (answer == null) {
            throw new EOFException("the server closed the connection instead of answering " + pdu);
        }
        if (answer.transactionId() != transactionId) {
            throw new IOException("answer to transaction " + answer.transactionId() + ", expected " + transactionId);
        }
        return answer.pdu();
    }

    /** Function 3. */
    public List<Integer> readHoldingRegisters(int address, int quantity) throws IOException {
        ModbusResponse answer = call(new ModbusRequest.ReadHoldingRegisters(address, quantity));
        if (answer instanceof ModbusResponse.ReadHoldingRegistersError e) {
            throw new ModbusException(3, e.exceptionCode());
        }
        return ((ModbusResponse.ReadHoldingRegisters) answer).registers();
    }

    /** Function 4. */
    public List<Integer> readInputRegisters(int address, int quantity) throws IOException {
        ModbusResponse answer = call(new ModbusRequest.ReadInputRegisters(address, quantity));
        if (answer instanceof ModbusResponse.ReadInputRegistersError e) {
            throw new ModbusException(4, e.exceptionCode());
        }
        return ((ModbusResponse.ReadInputRegisters) answer).registers();
    }

    /** Function 6. */
    public void writeSingleRegister(int address, int value) throws IOException {
        ModbusResponse answer = call(new ModbusRequest.WriteSingleRegister(address, value));
        if (answer instanceof ModbusResponse.WriteSingleRegisterError e) {
            throw new ModbusException(6, e.exceptionCode());
        }
        if (!answer.equals(new ModbusResponse.WriteSingleRegister(address, value))) {
            throw new IOException("unexpected answer to a write of register " + address + ": " + answer);
        }
    }

    /** Function 16. */
    public void writeMultipleRegisters(int address, List<Integer> values) throws IOException {
        ModbusResponse answer = call(new ModbusRequest.WriteMultipleRegisters(address, values.size(), values));
        if (answer instanceof ModbusResponse.WriteMultipleRegistersError e) {
            throw new ModbusException(16, e.exceptionCode());
        }
        if (!answer.equals(new ModbusResponse.WriteMultipleRegisters(address, values.size()))) {
            throw new IOException("unexpected answer to a write of registers " + address + "..: " + answer);
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }

    /** {@code ModbusClient host port [address [quantity]]}: prints the holding registers read. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ModbusClient host port [address [quantity]]");
            System.exit(2);
        }
        int address = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int quantity = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        try (ModbusClient client = connect(args[0], Integer.parseInt(args[1]))) {
            List<Integer> registers = client.readHoldingRegisters(address, quantity);
            for (int i = 0; i < registers.size(); i++) {
                System.out.println("holding register " + (address + i) + " = " + registers.get(i));
            }
        }
    }
}

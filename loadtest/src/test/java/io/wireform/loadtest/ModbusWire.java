package io.wireform.loadtest;

import java.io.IOException;

/**
 * The one request the load tests send, built by hand so the clients cost the server's JVM nothing
 * but a socket: Modbus function 3, one holding register. Register {@code i} of the sample server
 * holds {@code i}.
 */
final class ModbusWire {
    /** 7 bytes of MBAP header, function 3, a byte count of 2, one register. */
    static final int ANSWER_LENGTH = 11;

    private ModbusWire() {
    }

    /** {@code tid 0000 0006 01 03 address 0001}. */
    static byte[] readRequest(int transaction, int address) {
        return new byte[] {(byte) (transaction >> 8), (byte) transaction, 0, 0, 0, 6, 1, 3,
                (byte) (address >> 8), (byte) address, 0, 1};
    }

    /** Checks the answer is the register's value under the request's transaction id. */
    static void check(byte[] answer, int transaction, int address) throws IOException {
        int tid = (answer[0] & 0xFF) << 8 | answer[1] & 0xFF;
        int value = (answer[9] & 0xFF) << 8 | answer[10] & 0xFF;
        if (tid != (transaction & 0xFFFF) || answer[7] != 3 || answer[8] != 2 || value != address) {
            throw new IOException("wrong answer to transaction " + transaction + " (register " + address + "): "
                    + java.util.HexFormat.of().formatHex(answer));
        }
    }
}

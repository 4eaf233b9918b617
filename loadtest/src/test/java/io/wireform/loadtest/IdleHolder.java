package io.wireform.loadtest;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds idle connections to a Modbus server, in a JVM of its own (10,000 of them need as many
 * descriptors as the server's side). Each line {@code hold N} on its standard input opens N more,
 * each sending one read request and reading its answer so the server has served it, then leaving it
 * idle; it prints {@code held TOTAL}. {@code quit} or the end of its input closes them all.
 */
public final class IdleHolder {
    private IdleHolder() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<Socket> held = new ArrayList<>();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        try {
            for (String command; (command = commands.readLine()) != null && command.startsWith("hold "); ) {
                int more = Integer.parseInt(command.substring(5).trim());
                for (int i = 0; i < more; i++) {
                    Socket socket = new Socket();
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
                    socket.setSoTimeout(30_000);
                    held.add(socket);
                    int transaction = held.size() & 0xFFFF;
                    socket.getOutputStream().write(ModbusWire.readRequest(transaction, held.size() % 1000));
                    byte[] answer = new byte[ModbusWire.ANSWER_LENGTH];
                    new DataInputStream(socket.getInputStream()).readFully(answer);
                    ModbusWire.check(answer, transaction, held.size() % 1000);
                }
                System.out.println("held " + held.size());
                System.out.flush();
            }
        } catch (Exception e) {
            System.out.println("failed after " + held.size() + ": " + e);
            System.out.flush();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}

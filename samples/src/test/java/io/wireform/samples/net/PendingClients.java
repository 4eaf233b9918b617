package io.wireform.samples.net;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients in a JVM of their own, for tests that take the server's JVM out of file descriptors: the
 * line {@code go N} on standard input opens N connections to the port given at once, so that they
 * wait in the server's accept queue together, sends {@code ping\n} on each, reads every answer and
 * prints {@code answered N} (or {@code failed} and why). {@code quit} or the end of its input ends it.
 * Each connection gives up after 30 s.
 */
public final class PendingClients {
    private PendingClients() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        System.out.println("ready");
        System.out.flush();
        for (String command; (command = commands.readLine()) != null && command.startsWith("go "); ) {
            int count = Integer.parseInt(command.substring(3));
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                    sockets.add(socket);
                    socket.setSoTimeout(30_000);
                    socket.getOutputStream().write("ping\n".getBytes(StandardCharsets.US_ASCII));
                }
                int answered = 0;
                for (Socket socket : sockets) {
                    InputStream in = socket.getInputStream();
                    StringBuilder answer = new StringBuilder();
                    for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
                        answer.append((char) b);
                    }
                    if (answer.toString().equals("ping")) {
                        answered++;
                    }
                }
                System.out.println(answered == count ? "answered " + count : "failed: " + answered + " of " + count + " answered");
            } catch (Exception e) {
                System.out.println("failed: " + e);
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
            System.out.flush();
        }
    }
}

package io.wireform.samples.net;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client in a JVM of its own, for tests that take the server's JVM out of file descriptors: each
 * line {@code go} on its standard input connects to the port given, sends {@code ping\n}, reads the
 * answer and prints {@code answered} (or {@code failed} and why); {@code quit} or the end of its input
 * ends it. Each connection gives up after 30 s.
 */
public final class ChildClient {
    private ChildClient() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        System.out.println("ready");
        System.out.flush();
        for (String command; (command = commands.readLine()) != null && command.equals("go"); ) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write("ping\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                StringBuilder answer = new StringBuilder();
                for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
                    answer.append((char) b);
                }
                System.out.println(answer.toString().equals("ping") ? "answered" : "failed: answer '" + answer + "'");
            } catch (Exception e) {
                System.out.println("failed: " + e);
            }
            System.out.flush();
        }
    }
}

package io.wireform.samples.runnable;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * seeds/001 and 003, second framing pattern: streaming in both directions. The client sends its
 * request and shuts down its output; the server reads up to that end, answers, and closes; the
 * client reads the answer up to that close. Both ways, {@code Framing.untilClose()}.
 *
 * <p>Arguments: none (server and client over loopback), {@code server [port]}, {@code client port [host]}.
 */
public final class HalfClose {
    private static final Framing FRAMING = Framing.untilClose();

    private HalfClose() {}

    /** Answers each request with the text in upper case; tells {@code requests} what it got. */
    public static WireServer<Line, Line> server(int port, Consumer<String> requests) throws IOException {
        return server(port, requests, ServerTransport.blocking());
    }

    /** As {@link #server(int, Consumer)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static WireServer<Line, Line> server(int port, Consumer<String> requests, ServerTransport transport)
            throws IOException {
        return WireServer.builder(LineCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .framing(FRAMING)
                .onError(Cli::report)
                .handler(connection -> {
                    Line request = connection.receive();   // up to the client's shutdown(SHUT_WR)
                    String text = request == null ? "" : request.text();
                    requests.accept(text);
                    connection.send(new Line(text.toUpperCase(Locale.ROOT)));
                })                                         // returning closes: the end of the answer
                .start();
    }

    /** Sends {@code request}, half-closes, and returns the answer read up to the server's close. */
    public static String client(String host, int port, String request) throws IOException {
        try (WireConnection<Line, Line> connection = WireClient.to(host, port, LineCodec.INSTANCE, LineCodec.INSTANCE)
                .framing(FRAMING).readTimeout(Cli.TIMEOUT).connect()) {
            connection.send(new Line(request));
            connection.shutdownOutput();
            Line answer = connection.receive();
            if (answer == null) {
                throw new EOFException("the server closed without answering");
            }
            return answer.text();
        }
    }

    public static void main(String[] args) throws Exception {
        Cli cli = Cli.parse(args);
        String request = String.join("\n", Cli.ZEN);
        switch (cli.role()) {
            case SERVER -> Cli.serveUntilStopped(server(cli.port(), text -> System.out.println("request:\n" + text)));
            case CLIENT -> System.out.println("answer:\n" + client(cli.host(), cli.port(), request));
            case BOTH -> {
                BlockingQueue<String> received = new LinkedBlockingQueue<>();
                try (WireServer<Line, Line> server = server(0, received::add)) {
                    String answer = client(Cli.HOST, server.port(), request);
                    System.out.println("server read the request up to the client's half-close:\n" + Cli.next(received));
                    System.out.println("client read the answer up to the server's close:\n" + answer);
                }
            }
        }
    }
}

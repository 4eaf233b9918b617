package io.wireform.samples.runnable;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * seeds/001 and 003, first framing pattern ({@code streamer.py}): the client sends its data and
 * closes; the close is the only framing. With {@code Framing.untilClose()} the server reads the
 * whole stream as one {@link Line}.
 *
 * <p>Arguments: none (server and client over loopback), {@code server [port]}, {@code client port [host]}.
 */
public final class Streamer {
    private static final Framing FRAMING = Framing.untilClose();

    private Streamer() {}

    /** Listens on loopback ({@code port} 0: a free one); each connection's whole stream goes to {@code messages}. */
    public static WireServer<Line, Line> server(int port, Consumer<String> messages) throws IOException {
        return server(port, messages, ServerTransport.blocking());
    }

    /** As {@link #server(int, Consumer)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static WireServer<Line, Line> server(int port, Consumer<String> messages, ServerTransport transport)
            throws IOException {
        return WireServer.builder(LineCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .framing(FRAMING)
                .onError(Cli::report)
                .handler(connection -> {
                    connection.shutdownOutput();           // sc.shutdown(SHUT_WR): nothing goes back
                    Line message = connection.receive();   // everything up to the client's close
                    messages.accept(message == null ? "" : message.text());
                })
                .start();
    }

    /** Sends the lines, one {@code sendall} each, then closes: the end of the message. */
    public static void client(String host, int port, List<String> lines) throws IOException {
        try (WireConnection<Line, Line> connection = WireClient.to(host, port, LineCodec.INSTANCE, LineCodec.INSTANCE)
                .framing(FRAMING).connect()) {
            for (String line : lines) {
                connection.send(new Line(line + "\n"));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Cli cli = Cli.parse(args);
        switch (cli.role()) {
            case SERVER -> Cli.serveUntilStopped(server(cli.port(),
                    text -> System.out.print("Done receiving the message; it says:\n" + text)));
            case CLIENT -> client(cli.host(), cli.port(), Cli.ZEN);
            case BOTH -> {
                BlockingQueue<String> received = new LinkedBlockingQueue<>();
                try (WireServer<Line, Line> server = server(0, received::add)) {
                    client(Cli.HOST, server.port(), Cli.ZEN);
                    System.out.print("client sent " + Cli.ZEN.size() + " lines and closed; the server read until the close:\n"
                            + Cli.next(received));
                }
            }
        }
    }
}

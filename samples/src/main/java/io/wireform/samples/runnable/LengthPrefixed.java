package io.wireform.samples.runnable;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * seeds/001 and 003, fifth framing pattern ({@code blocks.py}): each message is prefixed with its
 * length, {@code struct.Struct('!I')}: {@code Framing.lengthPrefixed(4)} around a {@link Blob}. As in
 * {@code blocks.py}, the client's series of messages ends with an empty one, and nothing goes back.
 *
 * <p>Arguments: none (server and client over loopback), {@code server [port]}, {@code client port [host]}.
 */
public final class LengthPrefixed {
    private static final Framing FRAMING = Framing.lengthPrefixed(4);

    private LengthPrefixed() {}

    /** Reads each connection's series up to its empty message and hands it to {@code series}. */
    public static WireServer<Blob, Blob> server(int port, Consumer<List<String>> series) throws IOException {
        return server(port, series, ServerTransport.blocking());
    }

    /** As {@link #server(int, Consumer)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static WireServer<Blob, Blob> server(int port, Consumer<List<String>> series, ServerTransport transport)
            throws IOException {
        return WireServer.builder(BlobCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .framing(FRAMING)
                .onError(Cli::report)
                .handler(connection -> {
                    connection.shutdownOutput();                // sc.shutdown(SHUT_WR)
                    List<String> messages = new ArrayList<>();
                    for (Blob message; (message = connection.receive()) != null; ) {   // get(sc)
                        if (message.data().length == 0) {       // the empty message ends the series
                            series.accept(messages);
                            return;
                        }
                        messages.add(new String(message.data(), StandardCharsets.UTF_8));
                    }
                    throw new EOFException("the client closed before the empty message that ends the series");
                })
                .start();
    }

    /** {@code put()}s every message, then the empty one, and closes. */
    public static void client(String host, int port, List<String> messages) throws IOException {
        try (WireConnection<Blob, Blob> connection = WireClient.to(host, port, BlobCodec.INSTANCE, BlobCodec.INSTANCE)
                .framing(FRAMING).connect()) {
            for (String message : messages) {
                connection.send(new Blob(message.getBytes(StandardCharsets.UTF_8)));
            }
            connection.send(new Blob(new byte[0]));
        }
    }

    public static void main(String[] args) throws Exception {
        Cli cli = Cli.parse(args);
        switch (cli.role()) {
            case SERVER -> Cli.serveUntilStopped(server(cli.port(),
                    messages -> messages.forEach(m -> System.out.println("Message says: '" + m + "'"))));
            case CLIENT -> client(cli.host(), cli.port(), Cli.ZEN);
            case BOTH -> {
                BlockingQueue<List<String>> received = new LinkedBlockingQueue<>();
                try (WireServer<Blob, Blob> server = server(0, received::add)) {
                    client(Cli.HOST, server.port(), Cli.ZEN);
                    List<String> messages = Cli.next(received);
                    messages.forEach(m -> System.out.println("Message says: '" + m + "'"));
                    System.out.println("(" + messages.size() + " messages, then the empty one that ends the series)");
                }
            }
        }
    }
}

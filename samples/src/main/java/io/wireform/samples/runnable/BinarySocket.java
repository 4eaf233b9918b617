package io.wireform.samples.runnable;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.binary.Reading;
import io.wireform.samples.binary.ReadingCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * seeds/002 ({@code socket_binary_client.py} and {@code socket_binary_server.py}): the client packs
 * {@code (1, b'ab', 2.7)} with {@code struct.Struct('I 2s f')}, 12 bytes, and sends it; the server
 * unpacks it with the same layout. Here both ends are {@link Reading}'s generated codec.
 *
 * <p>Arguments: none (server and client over loopback), {@code server [port]}, {@code client port [host]}.
 */
public final class BinarySocket {
    static final Reading VALUES = new Reading(1, "ab".getBytes(StandardCharsets.US_ASCII), 2.7f);

    private BinarySocket() {}

    /** Hands every reading of every connection to {@code readings}; answers nothing, as the seed's server. */
    public static WireServer<Reading, Reading> server(int port, Consumer<Reading> readings) throws IOException {
        return server(port, readings, ServerTransport.blocking());
    }

    /** As {@link #server(int, Consumer)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static WireServer<Reading, Reading> server(int port, Consumer<Reading> readings, ServerTransport transport)
            throws IOException {
        return WireServer.builder(ReadingCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .onError(Cli::report)
                .handler(connection -> {
                    for (Reading reading; (reading = connection.receive()) != null; ) {
                        readings.accept(reading);
                    }
                })
                .start();
    }

    /** Sends the readings, 12 bytes each, and closes. */
    public static void client(String host, int port, List<Reading> readings) throws IOException {
        try (WireConnection<Reading, Reading> connection = WireClient.connect(host, port, ReadingCodec.INSTANCE)) {
            for (Reading reading : readings) {
                connection.send(reading);
            }
        }
    }

    /** As Python prints the tuple: {@code (1, b'ab', 2.700000047683716)}, the float widened to a double. */
    static String tuple(Reading reading) {
        return "(" + reading.id() + ", b'" + new String(reading.code(), StandardCharsets.US_ASCII) + "', "
                + (double) reading.value() + ")";
    }

    static String hex(Reading reading) {
        return "b'" + HexFormat.of().formatHex(ReadingCodec.INSTANCE.encode(reading)) + "'";
    }

    public static void main(String[] args) throws Exception {
        Cli cli = Cli.parse(args);
        Consumer<Reading> print = reading -> System.out.println("server unpacked: " + tuple(reading));
        switch (cli.role()) {
            case SERVER -> Cli.serveUntilStopped(server(cli.port(), print));
            case CLIENT -> {
                System.out.println("values = (1, b'ab', 2.7)\nsending " + hex(VALUES));
                client(cli.host(), cli.port(), List.of(VALUES));
            }
            case BOTH -> {
                BlockingQueue<Reading> received = new LinkedBlockingQueue<>();
                try (WireServer<Reading, Reading> server = server(0, received::add)) {
                    System.out.println("client values = (1, b'ab', 2.7)\nclient sending " + hex(VALUES));
                    client(Cli.HOST, server.port(), List.of(VALUES));
                    print.accept(Cli.next(received));
                }
            }
        }
    }
}

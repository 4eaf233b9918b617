package io.wireform.samples.runnable;

import io.wireform.annotations.Endian;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * seeds/001 and 003, sixth framing pattern: a message of a length not known up front goes as
 * blocks, each with a 4-byte big-endian length, and ends with a block of length zero:
 * {@code Framing.chunked(4, BIG, 8)} around a {@link Blob}. The writer cuts each message into
 * blocks of 8 bytes; the reader takes blocks of any size and hands out the whole message.
 *
 * <p>Arguments: none (server and client over loopback), {@code server [port]}, {@code client port [host]}.
 */
public final class ZeroEndedBlocks {
    static final int BLOCK_SIZE = 8;
    static final Framing FRAMING = Framing.chunked(4, Endian.BIG, BLOCK_SIZE);

    private ZeroEndedBlocks() {}

    /** Hands every message, its blocks put back together, to {@code messages}. */
    public static WireServer<Blob, Blob> server(int port, Consumer<String> messages) throws IOException {
        return server(port, messages, ServerTransport.blocking());
    }

    /** As {@link #server(int, Consumer)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static WireServer<Blob, Blob> server(int port, Consumer<String> messages, ServerTransport transport)
            throws IOException {
        return WireServer.builder(BlobCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .framing(FRAMING)
                .onError(Cli::report)
                .handler(connection -> {
                    for (Blob message; (message = connection.receive()) != null; ) {
                        messages.accept(new String(message.data(), StandardCharsets.UTF_8));
                    }
                })
                .start();
    }

    /** Sends every message as blocks ended by an empty one, then closes. */
    public static void client(String host, int port, List<String> messages) throws IOException {
        try (WireConnection<Blob, Blob> connection = WireClient.to(host, port, BlobCodec.INSTANCE, BlobCodec.INSTANCE)
                .framing(FRAMING).connect()) {
            for (String message : messages) {
                connection.send(new Blob(message.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    /** The bytes the client puts on the wire for {@code message}: blocks, then the empty one. */
    static byte[] onTheWire(String message) {
        return new FrameWriter<>(BlobCodec.INSTANCE, FRAMING).frame(new Blob(message.getBytes(StandardCharsets.UTF_8)));
    }

    public static void main(String[] args) throws Exception {
        Cli cli = Cli.parse(args);
        switch (cli.role()) {
            case SERVER -> Cli.serveUntilStopped(server(cli.port(), m -> System.out.println("message: " + m)));
            case CLIENT -> client(cli.host(), cli.port(), Cli.ZEN);
            case BOTH -> {
                BlockingQueue<String> received = new LinkedBlockingQueue<>();
                try (WireServer<Blob, Blob> server = server(0, received::add)) {
                    byte[] wire = onTheWire(Cli.ZEN.get(0));
                    System.out.println("\"" + Cli.ZEN.get(0) + "\" on the wire, " + wire.length + " bytes:\n  "
                            + HexFormat.of().formatHex(wire));
                    client(Cli.HOST, server.port(), Cli.ZEN);
                    for (int i = 0; i < Cli.ZEN.size(); i++) {
                        System.out.println("server got: " + Cli.next(received));
                    }
                }
            }
        }
    }
}

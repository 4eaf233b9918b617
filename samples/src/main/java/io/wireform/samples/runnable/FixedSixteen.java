package io.wireform.samples.runnable;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.framing.Sixteen;
import io.wireform.samples.framing.SixteenCodec;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * seeds/001 and 003, third framing pattern ({@code tcp_sixteen.py}): every message is exactly 16
 * bytes. {@link Sixteen}'s {@code @Fixed(16)} says so, so no framing is configured: the reader waits
 * for 16 bytes however they arrive (an opaque message would use {@code Framing.fixedLength(16)}).
 *
 * <p>Arguments: none (server and client over loopback), {@code server [port]}, {@code client port [host]}.
 */
public final class FixedSixteen {
    static final String GREETING = "Hi there, server";
    static final String FAREWELL = "Farewell, client";

    private FixedSixteen() {}

    /** Answers every 16-byte message with {@code "Farewell, client"}; tells {@code messages} what it got. */
    public static WireServer<Sixteen, Sixteen> server(int port, Consumer<String> messages) throws IOException {
        return server(port, messages, ServerTransport.blocking());
    }

    /** As {@link #server(int, Consumer)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static WireServer<Sixteen, Sixteen> server(int port, Consumer<String> messages, ServerTransport transport)
            throws IOException {
        return WireServer.builder(SixteenCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .onError(Cli::report)
                .respond(message -> {
                    messages.accept(message.text());
                    return new Sixteen(FAREWELL);
                })
                .start();
    }

    /** Sends one 16-byte message and returns the 16-byte answer. */
    public static String client(String host, int port, String text) throws IOException {
        try (WireConnection<Sixteen, Sixteen> connection = WireClient.to(host, port, SixteenCodec.INSTANCE,
                SixteenCodec.INSTANCE).readTimeout(Cli.TIMEOUT).connect()) {
            Sixteen answer = connection.request(new Sixteen(text));
            if (answer == null) {
                throw new EOFException("the server closed without answering");
            }
            return answer.text();
        }
    }

    public static void main(String[] args) throws Exception {
        Cli cli = Cli.parse(args);
        switch (cli.role()) {
            case SERVER -> Cli.serveUntilStopped(server(cli.port(), text -> System.out.println("It says " + text)));
            case CLIENT -> System.out.println("The server said " + client(cli.host(), cli.port(), GREETING));
            case BOTH -> {
                BlockingQueue<String> received = new LinkedBlockingQueue<>();
                try (WireServer<Sixteen, Sixteen> server = server(0, received::add)) {
                    String answer = client(Cli.HOST, server.port(), GREETING);
                    System.out.println("server received 16 bytes: " + Cli.next(received));
                    System.out.println("client received 16 bytes: " + answer);
                }
            }
        }
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * seeds/001 and 003, fourth framing pattern: each message ends with a delimiter, here a newline,
 * which is not part of it. The server answers each {@link Line} with the same line in upper case;
 * the client sends all its lines before it reads the answers. A line is at most {@value #MAX_LINE}
 * bytes: the reader scans no further for the newline.
 *
 * <p>Arguments: none (server and client over loopback), {@code server [port]}, {@code client port [host]}.
 */
public final class Delimited {
    static final int MAX_LINE = 4096;
    private static final Framing FRAMING = Framing.delimited(new byte[] {'\n'});

    private Delimited() {}

    /** Answers each line in upper case; tells {@code lines} what it got. */
    public static WireServer<Line, Line> server(int port, Consumer<String> lines) throws IOException {
        return server(port, lines, ServerTransport.blocking());
    }

    /** As {@link #server(int, Consumer)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static WireServer<Line, Line> server(int port, Consumer<String> lines, ServerTransport transport)
            throws IOException {
        return WireServer.builder(LineCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .framing(FRAMING)
                .maxFrameLength(MAX_LINE)
                .onError(Cli::report)
                .respond(line -> {
                    lines.accept(line.text());
                    return new Line(line.text().toUpperCase(Locale.ROOT));
                })
                .start();
    }

    /** Sends every line, then reads one answer per line. */
    public static List<String> client(String host, int port, List<String> lines) throws IOException {
        try (WireConnection<Line, Line> connection = WireClient.to(host, port, LineCodec.INSTANCE, LineCodec.INSTANCE)
                .framing(FRAMING).maxFrameLength(MAX_LINE).readTimeout(Cli.TIMEOUT).connect()) {
            for (String line : lines) {
                connection.send(new Line(line));
            }
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line answer = connection.receive();
                if (answer == null) {
                    throw new EOFException("the server closed after " + i + " of " + lines.size() + " answers");
                }
                answers.add(answer.text());
            }
            return answers;
        }
    }

    public static void main(String[] args) throws Exception {
        Cli cli = Cli.parse(args);
        switch (cli.role()) {
            case SERVER -> Cli.serveUntilStopped(server(cli.port(), line -> System.out.println("line: " + line)));
            case CLIENT -> client(cli.host(), cli.port(), Cli.ZEN).forEach(answer -> System.out.println("answer: " + answer));
            case BOTH -> {
                BlockingQueue<String> received = new LinkedBlockingQueue<>();
                try (WireServer<Line, Line> server = server(0, received::add)) {
                    List<String> answers = client(Cli.HOST, server.port(), Cli.ZEN);
                    for (String answer : answers) {
                        System.out.println("server got \"" + Cli.next(received) + "\", client got \"" + answer + "\"");
                    }
                }
            }
        }
    }
}

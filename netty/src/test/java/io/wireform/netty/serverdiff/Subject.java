package io.wireform.netty.serverdiff;

import io.wireform.runtime.WireException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One server under test: a sample's codecs on one transport, answering with {@code respond(...)}
 * or with a {@code handler(...)} that answers the same way. It serves the streams one after
 * another, each on a connection of its own with the sample's answers made afresh.
 */
final class Subject<I, O> implements Closeable {
    /** How long one stream may take on one server, from connecting to the server's close. */
    static final Duration STREAM_LIMIT = Duration.ofSeconds(15);

    /** An error the server reported, and for which peer. */
    private record Reported(InetSocketAddress peer, Throwable error) {}

    final String name;
    private final WireServer<I, O> server;
    private final AtomicReference<Function<I, O>> answers = new AtomicReference<>();
    private final List<Reported> errors = new CopyOnWriteArrayList<>();

    private Subject(String name, WireServer.Builder<I, O> builder, boolean respond) throws IOException {
        this.name = name;
        builder.onError((peer, error) -> errors.add(new Reported(peer, error)));
        if (respond) {
            builder.respond(message -> answers.get().apply(message));
        } else {
            builder.handler(connection -> {
                Function<I, O> answer = answers.get();
                for (I message; (message = connection.receive()) != null; ) {
                    O reply = answer.apply(message);
                    if (reply != null) {
                        connection.send(reply);
                    }
                }
            });
        }
        this.server = builder.start();
    }

    static <I, O> Subject<I, O> start(Sample<I, O> sample, String transportName, ServerTransport transport,
                                      boolean respond) throws IOException {
        WireServer.Builder<I, O> builder = sample.settings(WireServer.builder(sample.inbound(), sample.outbound()))
                .transport(transport);
        return new Subject<>(transportName + (respond ? ", respond" : ", handler"), builder, respond);
    }

    /** What the stream's client got from this server, and what the server reported. */
    @SuppressWarnings("unchecked")
    Observation serve(Stream stream) throws IOException, InterruptedException {
        answers.set(((Sample<I, O>) stream.sample()).answers());
        errors.clear();
        long framesIn = server.counters().framesIn();
        long framesOut = server.counters().framesOut();
        long deadline = System.nanoTime() + STREAM_LIMIT.toNanos();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        String end;
        int port;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) STREAM_LIMIT.toMillis());
            port = socket.getLocalPort();
            Thread writer = new Thread(() -> write(socket, stream), "serverdiff-writer");
            writer.setDaemon(true);
            writer.start();
            end = readToEnd(socket, received);
            writer.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (writer.isAlive()) {
                writer.interrupt();
                end += "; the client was still writing";
            }
        }
        while (server.connections() > 0 && System.nanoTime() - deadline < 0) {
            Thread.sleep(2);
        }
        if (server.connections() > 0) {
            end += "; the server still holds the connection";
        }
        List<String> told = new ArrayList<>();
        for (Reported reported : errors) {
            told.add((reported.peer().getPort() == port ? "" : "(another peer) ") + describe(reported.error()));
        }
        return new Observation(received.toByteArray(), told, server.counters().framesIn() - framesIn,
                server.counters().framesOut() - framesOut, end);
    }

    /** Writes the chunks, then half-closes; stops when the server has closed (a write fails). */
    private static void write(Socket socket, Stream stream) {
        try {
            OutputStream out = socket.getOutputStream();
            int at = 0;
            for (int size : stream.chunks()) {
                out.write(stream.bytes(), at, size);
                at += size;
            }
            socket.shutdownOutput();
        } catch (IOException closedByTheServer) {
            // the server closed on an error before it had read everything
        }
    }

    /** Reads until the server closes: end of stream, or a reset when it closed with bytes unread. */
    private static String readToEnd(Socket socket, ByteArrayOutputStream into) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                into.write(buffer, 0, n);
            }
            return "closed";
        } catch (SocketTimeoutException e) {
            return "still open after " + STREAM_LIMIT.toSeconds() + " s";
        } catch (SocketException e) {
            if (String.valueOf(e.getMessage()).contains("reset")) {
                return "closed"; // an end of stream or a reset, as the peer happened to have sent bytes or not
            }
            throw e;
        }
    }

    /**
     * An error as the transports must agree on it: its class, where, and what it says. The message of
     * a {@link WireException} ends with the bytes around the offending one that the reader held when
     * it raised it; of those, the ones before the frame's start and after the offending byte depend on
     * how the reads happened to cut the stream (a read ending there, or the frame before it in the same
     * read), on any transport, so only the frame's own bytes up to the offending one are compared.
     */
    static String describe(Throwable error) {
        if (!(error instanceof WireException wire)) {
            return error.getClass().getName() + ": " + error.getMessage();
        }
        String message = wire.getMessage();
        String window = wire.hexWindow();
        if (!window.isEmpty() && message.endsWith(" [" + window + "]")) {
            message = message.substring(0, message.length() - window.length() - 3) + " [" + framed(window, wire.offset()) + "]";
        }
        return error.getClass().getName() + " at offset " + wire.offset() + ": " + message;
    }

    /** The window's bytes from the frame's start ({@code offset} before the offending one) to the offending one. */
    private static String framed(String window, long offset) {
        String[] bytes = window.split(" ");
        int marked = 0;
        while (marked < bytes.length && !bytes[marked].startsWith("[")) {
            marked++;
        }
        int from = (int) Math.max(0, marked - Math.min(offset, marked));
        return String.join(" ", java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, marked + 1)));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

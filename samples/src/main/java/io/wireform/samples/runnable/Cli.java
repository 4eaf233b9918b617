package io.wireform.samples.runnable;

import io.wireform.runtime.net.WireServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The command line the pattern samples share: no arguments runs the server and the client in one
 * JVM over loopback; {@code server [port]} runs the server until the JVM is stopped (port 0 or none:
 * a free one); {@code client port [host]} talks to a server already running.
 */
record Cli(Role role, int port, String host) {
    static final String HOST = "127.0.0.1";
    /** How long a client waits for a reply, and a sample for what its server received. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final List<String> ZEN = List.of("Beautiful is better than ugly.", "Explicit is better than implicit.",
            "Simple is better than complex.");

    enum Role { BOTH, SERVER, CLIENT }

    static Cli parse(String[] args) {
        if (args.length == 0) {
            return new Cli(Role.BOTH, 0, HOST);
        }
        if (args[0].equals("server") && args.length <= 2) {
            return new Cli(Role.SERVER, args.length == 2 ? Integer.parseInt(args[1]) : 0, HOST);
        }
        if (args[0].equals("client") && (args.length == 2 || args.length == 3)) {
            return new Cli(Role.CLIENT, Integer.parseInt(args[1]), args.length == 3 ? args[2] : HOST);
        }
        throw new IllegalArgumentException("usage: [server [port] | client port [host]] (no arguments: both, over loopback)");
    }

    /** Keeps {@code server} running until the JVM is stopped (Ctrl-C) or the thread interrupted, then closes it. */
    static void serveUntilStopped(WireServer<?, ?> server) throws InterruptedException, IOException {
        try (server) {
            System.out.println("Listening at " + where(server.address()) + "; Ctrl-C to stop");
            new CountDownLatch(1).await();
        }
    }

    static String where(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** Prints a connection's error instead of dropping it: WireServer's default listener ignores them. */
    static void report(InetSocketAddress peer, Throwable error) {
        System.err.println("connection from " + where(peer) + " failed: " + error);
    }

    /** The next thing the server received, waiting up to {@link #TIMEOUT}. */
    static <T> T next(BlockingQueue<T> received) throws InterruptedException {
        T value = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (value == null) {
            throw new IllegalStateException("the server received nothing within " + TIMEOUT.toSeconds() + " s");
        }
        return value;
    }

    /** The SHA-256 of a file, read in constant memory. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

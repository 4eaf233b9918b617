package io.wireform.samples.stream;

import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run in a JVM of its own with a small heap by {@link GigabyteTransferTest}: a loopback server sends
 * a {@link DbFile} whose payload is larger than the heap, a client streams it into a digest, and
 * both print the SHA-256 of the bytes they saw. Exits 0 when they agree.
 */
public final class GigabyteTransfer {
    private GigabyteTransfer() {}

    public static void main(String[] args) throws Exception {
        long length = Long.parseLong(args[0]);
        AtomicReference<String> sent = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread sender = new Thread(() -> {
                try (Socket socket = server.accept();
                     OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    InputStream content = new DigestInputStream(new PatternStream(length), digest);
                    new FrameWriter<SmartHome>(SmartHomeCodec.INSTANCE, Framing.schema())
                            .write(new DbFile(Payload.of(content, length)), out);
                    out.flush();
                    sent.set(HexFormat.of().formatHex(digest.digest()));
                } catch (Throwable e) {
                    failed.set(e);
                }
            }, "sender");
            sender.start();
            String received;
            long start = System.nanoTime();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 WireReader<SmartHome> reader = WireReader.of(socket.getInputStream(),
                         FrameReader.builder(SmartHomeCodec.INSTANCE).build())) {
                DbFile file = (DbFile) reader.read();
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                    file.database().transferTo(sink);
                }
                received = HexFormat.of().formatHex(digest.digest());
                if (reader.read() != null) {
                    throw new IllegalStateException("a message after the database");
                }
            }
            sender.join(120_000);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failed.get() != null) {
                failed.get().printStackTrace();
                System.exit(2);
            }
            System.out.println("length " + length);
            System.out.println("max heap MiB " + (Runtime.getRuntime().maxMemory() >> 20));
            System.out.printf("seconds %.1f, MiB/s %.0f%n", seconds, length / 1048576.0 / seconds);
            System.out.println("sent " + sent.get());
            System.out.println("received " + received);
            System.exit(received.equals(sent.get()) ? 0 : 1);
        }
    }
}

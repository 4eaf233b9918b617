package io.wireform.samples.stream;

import io.wireform.annotations.Endian;
import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run in a JVM of its own with a small heap by {@link FramedPayloadMemoryTest}: for each framing a
 * writer can stream a payload in, a {@link DbFile} whose payload is larger than the heap goes through
 * {@link FrameWriter#write} into a pipe; the other end takes the framing off by hand, reads the
 * message with a pull reader and hashes its payload. Prints one line per framing, {@code ok <name>
 * <sent SHA-256> <received SHA-256>}, and exits 0 when every framing's two agree.
 */
public final class FramedPayloadTransfer {
    private FramedPayloadTransfer() {}

    static final byte[] BEFORE = {(byte) 0xCA, (byte) 0xFE};

    /** The framings a payload is streamed in, for a {@code DbFile} of {@code length} payload bytes. */
    static Map<String, Framing> framings(long length) {
        Map<String, Framing> framings = new LinkedHashMap<>();
        framings.put("schema", Framing.schema());
        framings.put("untilClose", Framing.untilClose());
        framings.put("lengthPrefixed(4)", Framing.lengthPrefixed(4));
        framings.put("lengthField(CA FE, 4, LITTLE, -6)", Framing.lengthField(BEFORE, 4, Endian.LITTLE, -6));
        framings.put("chunked(4, BIG, 65536)", Framing.chunked(4, Endian.BIG, 65536));
        framings.put("netstring", Framing.netstring());
        framings.put("fixedLength", Framing.fixedLength(Math.toIntExact(8 + length)));
        return framings;
    }

    public static void main(String[] args) throws Exception {
        long length = Long.parseLong(args[0]);
        System.out.println("max heap MiB " + (Runtime.getRuntime().maxMemory() >> 20));
        boolean allAgree = true;
        for (Map.Entry<String, Framing> f : framings(length).entrySet()) {
            long start = System.nanoTime();
            String[] digests = transfer(f.getValue(), length);
            boolean agree = digests[0].equals(digests[1]);
            allAgree &= agree;
            System.out.printf("%s %s %s %s %.1f s%n", agree ? "ok" : "FAILED", f.getKey(), digests[0], digests[1],
                    (System.nanoTime() - start) / 1e9);
        }
        System.exit(allAgree ? 0 : 1);
    }

    /** The SHA-256 of the payload written, and of the payload read back. */
    private static String[] transfer(Framing framing, long length) throws Exception {
        PipedInputStream pipe = new PipedInputStream(64 * 1024);
        PipedOutputStream end = new PipedOutputStream(pipe);
        AtomicReference<String> sent = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (OutputStream out = new BufferedOutputStream(end, 64 * 1024)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                InputStream content = new DigestInputStream(new PatternStream(length), digest);
                new FrameWriter<SmartHome>(SmartHomeCodec.INSTANCE, framing)
                        .write(new DbFile(Payload.of(content, length)), out);
                sent.set(HexFormat.of().formatHex(digest.digest()));
            } catch (Throwable e) {
                e.printStackTrace();
                System.exit(2); // the reader may wait on the pipe for ever
            }
        }, "writer");
        writer.setDaemon(true);
        writer.start();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        InputStream message = unframed(framing, pipe);
        try (WireReader<SmartHome> reader = WireReader.of(message, FrameReader.builder(SmartHomeCodec.INSTANCE).build())) {
            DbFile file = (DbFile) reader.read();
            if (file.database().length() != length) {
                throw new IllegalStateException("a payload of " + file.database().length() + " bytes");
            }
            try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                file.database().transferTo(sink);
            }
            if (reader.read() != null) {
                throw new IllegalStateException("a message after the database");
            }
        }
        if (framing instanceof Framing.Netstring && pipe.read() != ',') {
            throw new IllegalStateException("no ',' after the netstring");
        }
        if (pipe.read() != -1) {
            throw new IllegalStateException("bytes after the frame");
        }
        writer.join(60_000);
        return new String[] {sent.get(), HexFormat.of().formatHex(digest.digest())};
    }

    /** The message's bytes inside the frame that starts on {@code in}, framing checked and taken off. */
    private static InputStream unframed(Framing framing, InputStream in) throws IOException {
        if (framing instanceof Framing.FixedLength f) {
            return new Bounded(in, f.length());
        }
        if (framing instanceof Framing.LengthField f) {
            if (!Arrays.equals(in.readNBytes(f.offset()), f.before())) {
                throw new IOException("not the bytes before the length field");
            }
            return new Bounded(in, number(in.readNBytes(f.width()), f.endian()) + f.adjustment());
        }
        if (framing instanceof Framing.Netstring) {
            long length = 0;
            for (int b; (b = in.read()) != ':'; ) {
                length = length * 10 + (b - '0');
            }
            return new Bounded(in, length);
        }
        if (framing instanceof Framing.Chunked c) {
            return new Blocks(in, c);
        }
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the pipe is checked for what follows the message
            }
        };
    }

    private static long number(byte[] bytes, Endian endian) {
        long value = 0;
        for (int k = 0; k < bytes.length; k++) {
            value = value << 8 | bytes[endian == Endian.BIG ? k : bytes.length - 1 - k] & 0xFF;
        }
        return value;
    }

    /** The next {@code left} bytes of a stream; closing it leaves the stream open. */
    private static class Bounded extends FilterInputStream {
        long left;

        Bounded(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("the frame ended " + left + " bytes early");
            }
            left -= n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    /** The contents of a chunked frame's blocks, up to the empty one. */
    private static final class Blocks extends Bounded {
        private final Framing.Chunked chunked;
        private boolean ended;

        Blocks(InputStream in, Framing.Chunked chunked) {
            super(in, 0);
            this.chunked = chunked;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (left == 0 && !ended) {
                left = number(in.readNBytes(chunked.width()), chunked.endian());
                ended = left == 0;
            }
            return super.read(b, off, len);
        }
    }
}

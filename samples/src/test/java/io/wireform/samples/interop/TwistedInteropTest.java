package io.wireform.samples.interop;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wireform.annotations.Endian;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Interop with Twisted's framing receivers ({@code twisted.protocols.basic}): Wireform's {@link
 * WireClient} and {@link FrameWriter} talk to an echo server written with Twisted
 * ({@code src/test/python/twisted_peer.py}), so every echo checks both directions: Twisted decodes
 * what Wireform framed, and Wireform decodes what Twisted framed.
 *
 * <p>Needs python3-twisted for Debian's {@code /usr/bin/python3} ({@code .ci/run} installs it);
 * without it the class is skipped, loudly. Each test starts its own peer and always stops it.
 */
// a separate thread, so that the limit holds even for a socket write (which has no timeout) that blocks
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TwistedInteropTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(5);
    private static final String HOST = "127.0.0.1";

    private volatile TwistedPeer peer; // set on the test's thread, stopped on @AfterEach's

    /** Wireform's side of each Twisted receiver: framing, message type, and the most the framing can say. */
    enum Proto {
        /** {@code Int8StringReceiver}: {@code struct} {@code '!B'}, an unsigned byte. */
        INT8("int8", Framing.lengthField(0, 1, Endian.BIG, 0), 0xFF, Carrier.BLOBS),
        /** {@code Int16StringReceiver}: {@code '!H'}. */
        INT16("int16", Framing.lengthPrefixed(2), 0xFFFF, Carrier.BLOBS),
        /** {@code Int32StringReceiver}: {@code '!I'}. */
        INT32("int32", Framing.lengthPrefixed(4), 0xFFFF_FFFFL, Carrier.BLOBS),
        /** {@code NetstringReceiver}: {@code 5:hello,}. */
        NETSTRING("netstring", Framing.netstring(), Long.MAX_VALUE, Carrier.BLOBS),
        /** {@code LineReceiver} with {@code delimiter = b"\r\n"}. */
        LINE("line", Framing.delimited("\r\n".getBytes(US_ASCII)), Long.MAX_VALUE, Carrier.LINES);

        final String arg;
        final Framing framing;
        final long prefixMax;
        final Carrier<?> carrier;

        Proto(String arg, Framing framing, long prefixMax, Carrier<?> carrier) {
            this.arg = arg;
            this.framing = framing;
            this.prefixMax = prefixMax;
            this.carrier = carrier;
        }

        /** The longest message both sides allow: Twisted's MAX_LENGTH, or less when the prefix cannot say more. */
        int largest(int twistedMax) {
            return (int) Math.min(prefixMax, twistedMax);
        }

        /** Bytes of the frame after the message: the netstring's comma, the line's CR LF. */
        int trailer() {
            return this == NETSTRING ? 1 : this == LINE ? 2 : 0;
        }

        /** A short message with the bytes framings care about: NUL, FF, digits, ':', ',', a lone CR and LF. */
        byte[] small() {
            if (carrier == Carrier.LINES) {
                // a lone \n and \r are text to a CR LF LineReceiver; the trailing \r makes "...\r\r\n"
                return "héllo, twisted ✓ 0:, a\nb\rc\r".getBytes(UTF_8);
            }
            byte[] text = "hello, twisted 10:,".getBytes(US_ASCII);
            byte[] out = new byte[text.length + 6];
            System.arraycopy(text, 0, out, 0, text.length);
            System.arraycopy(new byte[] {0, (byte) 0xFF, '\r', '\n', ',', '0'}, 0, out, text.length, 6);
            return out;
        }

        /** {@code n} bytes: every byte value for binary framings, printable ASCII for lines. */
        byte[] filler(int n) {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = carrier == Carrier.LINES ? (byte) ('!' + i % 94) : (byte) (i * 31 + 7);
            }
            return out;
        }
    }

    /** How message contents become messages of the proto's type and back. */
    record Carrier<T>(WireCodec<T> codec, Function<byte[], T> wrap, Function<T, byte[]> unwrap) {
        static final Carrier<Blob> BLOBS = new Carrier<>(BlobCodec.INSTANCE, Blob::new, Blob::data);
        static final Carrier<Line> LINES = new Carrier<>(LineCodec.INSTANCE,
                bytes -> new Line(new String(bytes, UTF_8)), line -> line.text().getBytes(UTF_8));
    }

    /** Why Twisted cannot be used here; probed once. */
    private static Optional<String> unavailable = Optional.empty();

    @BeforeAll
    static void probeForTwisted() {
        unavailable = TwistedPeer.unavailable();
        unavailable.ifPresent(why -> {
            String banner = "!".repeat(100);
            System.err.println(banner + "\n!!! TwistedInteropTest SKIPPED: " + why
                    + "\n!!! Install Debian's python3-twisted (for /usr/bin/python3) to run it; .ci/run does.\n" + banner);
        });
    }

    /** Per test, not in {@code @BeforeAll}: so that surefire counts every test as skipped, not none. */
    @BeforeEach
    void twistedIsInstalled() {
        assumeTrue(unavailable.isEmpty(), () -> "Twisted interop skipped: " + unavailable.orElseThrow());
    }

    @AfterEach
    void stopPeer() {
        if (peer != null) {
            peer.close();
            peer = null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Proto.class)
    void echoesEmptySmallAndLargestFrames(Proto proto) throws Exception {
        peer = TwistedPeer.start(proto.arg);
        echoes(proto, proto.carrier);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Proto.class)
    void reassemblesBatchedAndSplitWrites(Proto proto) throws Exception {
        peer = TwistedPeer.start(proto.arg);
        reassembles(proto, proto.carrier);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Proto.class)
    void overTwistedsLimitTheConnectionIsClosed(Proto proto) throws Exception {
        peer = TwistedPeer.start(proto.arg);
        overLimit(proto, proto.carrier);
    }

    /** Through the runtime's own client: empty, small and largest messages, one at a time. */
    private <T> void echoes(Proto proto, Carrier<T> carrier) throws Exception {
        int largest = proto.largest(peer.maxLength());
        try (WireConnection<T, T> connection = connect(proto, carrier)) {
            for (byte[] content : List.of(new byte[0], proto.small(), proto.filler(largest))) {
                T echo = connection.request(carrier.wrap().apply(content));
                assertNotNull(echo, () -> "Twisted closed instead of echoing " + content.length + " bytes; "
                        + peer.transcript());
                assertArrayEquals(content, carrier.unwrap().apply(echo),
                        () -> proto + ": the echo of " + content.length + " bytes differs; " + peer.transcript());
            }
        }
        note(proto, "MAX_LENGTH " + peer.maxLength() + "; echoed 0, " + proto.small().length + " and "
                + largest + " bytes (the largest both sides allow)");
    }

    /**
     * On a plain socket, since a {@link WireConnection} writes and flushes one whole frame per send:
     * Twisted's framing of an echo is FrameWriter's byte for byte; several frames in one write come
     * back as several messages; one frame written in pieces, with pauses, is reassembled by Twisted
     * and its echo by the reader.
     */
    private <T> void reassembles(Proto proto, Carrier<T> carrier) throws Exception {
        FrameWriter<T> writer = new FrameWriter<>(carrier.codec(), proto.framing);
        int largest = proto.largest(peer.maxLength());
        try (Socket socket = rawSocket()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            for (byte[] content : List.of(new byte[0], proto.small())) {
                byte[] frame = writer.frame(carrier.wrap().apply(content));
                out.write(frame);
                out.flush();
                byte[] back = in.readNBytes(frame.length); // bounded by the socket's read timeout
                assertArrayEquals(frame, back, () -> proto + ": Twisted framed the echo otherwise than FrameWriter: sent "
                        + HexFormat.of().formatHex(frame) + ", got " + HexFormat.of().formatHex(back));
            }

            WireReader<T> reader = WireReader.of(in, FrameReader.builder(carrier.codec()).framing(proto.framing).build());

            List<byte[]> batch = List.of(new byte[0], proto.small(), proto.filler(1), proto.filler(100),
                    proto.filler(largest), new byte[0], proto.filler(3));
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (byte[] content : batch) {
                joined.write(writer.frame(carrier.wrap().apply(content)));
            }
            out.write(joined.toByteArray()); // one write
            out.flush();
            for (int i = 0; i < batch.size(); i++) {
                byte[] content = batch.get(i);
                T echo = reader.read();
                int index = i;
                assertNotNull(echo, () -> "Twisted closed after " + index + " of " + batch.size() + " batched frames; "
                        + peer.transcript());
                assertArrayEquals(content, carrier.unwrap().apply(echo), () -> proto + ": batched frame " + index
                        + " (" + content.length + " bytes) came back different; " + peer.transcript());
            }

            byte[] content = proto.filler(largest);
            byte[] frame = writer.frame(carrier.wrap().apply(content));
            int header = frame.length - content.length - proto.trailer();
            // inside (or right after) the length, after the first message byte, the middle, before the last byte
            // (for lines: between CR and LF; for netstrings: before the comma)
            TreeSet<Integer> cuts = new TreeSet<>(List.of(1, header + 1, frame.length / 2, frame.length - 1));
            cuts.removeIf(cut -> cut <= 0 || cut >= frame.length);
            List<Integer> pieces = new ArrayList<>();
            int from = 0;
            for (int cut : cuts) {
                out.write(frame, from, cut - from);
                out.flush();
                pieces.add(cut - from);
                from = cut;
                Thread.sleep(20); // its own segment, its own dataReceived
            }
            out.write(frame, from, frame.length - from);
            out.flush();
            pieces.add(frame.length - from);

            T echo = reader.read();
            assertNotNull(echo, () -> "Twisted closed instead of echoing a frame written as " + pieces + "; "
                    + peer.transcript());
            assertArrayEquals(content, carrier.unwrap().apply(echo),
                    () -> proto + ": a frame written as pieces " + pieces + " came back different; " + peer.transcript());
            assertEquals(0, reader.frames().buffered(), "bytes left over after the last echo");
            note(proto, "batch of " + batch.size() + " frames in one write, and a " + frame.length
                    + "-byte frame written as pieces " + pieces + ", all echoed");
        }
    }

    /** One byte over Twisted's MAX_LENGTH: Twisted's own limit handling closes the connection. */
    private <T> void overLimit(Proto proto, Carrier<T> carrier) throws Exception {
        int max = peer.maxLength();
        FrameWriter<T> writer = new FrameWriter<>(carrier.codec(), proto.framing);
        if (proto.prefixMax <= max) {
            // '!B' and '!H' cannot say MAX_LENGTH + 1: Twisted's limit is out of reach, and the writer
            // refuses a message its prefix cannot carry before anything is sent
            byte[] content = proto.filler((int) proto.prefixMax + 1);
            WireEncodeException refused = assertThrows(WireEncodeException.class,
                    () -> writer.frame(carrier.wrap().apply(content)),
                    () -> proto + ": a " + content.length + "-byte message does not fit the length prefix");
            note(proto, "MAX_LENGTH " + max + " is beyond the prefix's " + proto.prefixMax
                    + ": nothing over it can be framed; FrameWriter refuses " + content.length + " bytes: "
                    + refused.getMessage());
            return;
        }

        byte[] content = proto.filler(max + 1);
        String outcome;
        try (WireConnection<T, T> connection = connect(proto, carrier)) {
            outcome = sendAndWatch(connection, carrier.wrap().apply(content), proto, max);
        }
        String what = proto + ": a " + content.length + "-byte message (MAX_LENGTH " + max + ") -> " + outcome;
        Optional<String> exceeded = peer.awaitLine("EXCEEDED", EVENT_TIMEOUT);
        Optional<String> lost = peer.awaitLine("LOST", EVENT_TIMEOUT);
        assertTrue(exceeded.isPresent(), () -> what + ", but Twisted's limit handler did not run; " + peer.transcript());
        assertTrue(lost.isPresent(), () -> what + ", but Twisted did not drop the connection; " + peer.transcript());
        if (proto == Proto.INT32) {
            assertEquals("EXCEEDED " + content.length, exceeded.get(), "lengthLimitExceeded(length) got the prefix");
        }

        // the limit ended that connection only: the same server answers the next one
        try (WireConnection<T, T> again = connect(proto, carrier)) {
            T echo = again.request(carrier.wrap().apply(proto.small()));
            assertNotNull(echo, () -> "the next connection was closed too; " + peer.transcript());
            assertArrayEquals(proto.small(), carrier.unwrap().apply(echo));
        }
        note(proto, what + "; peer said: " + exceeded.get() + ", " + lost.get());
    }

    /** Sends a message Twisted must refuse and says what happened; fails on an echo or on silence. */
    private <T> String sendAndWatch(WireConnection<T, T> connection, T message, Proto proto, int max) {
        try {
            connection.send(message);
        } catch (IOException e) {
            return "send() threw " + e; // reset while our bytes were still going out
        }
        try {
            T echo = connection.receive();
            if (echo != null) {
                fail(proto + ": Twisted echoed a message over its MAX_LENGTH " + max + "; " + peer.transcript());
            }
            return "receive() returned null: Twisted closed the connection cleanly (FIN), nothing sent back";
        } catch (SocketTimeoutException e) {
            return fail(proto + ": Twisted neither answered nor closed within " + READ_TIMEOUT.toSeconds() + " s; "
                    + peer.transcript());
        } catch (IOException e) {
            return "receive() threw " + e + " (Twisted closed with bytes of ours unread, so its kernel sent RST)";
        }
    }

    private <T> WireConnection<T, T> connect(Proto proto, Carrier<T> carrier) throws IOException {
        return WireClient.to(HOST, peer.port(), carrier.codec(), carrier.codec())
                .framing(proto.framing)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(READ_TIMEOUT)
                .connect();
    }

    private Socket rawSocket() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true); // each write its own segment
            socket.connect(new InetSocketAddress(HOST, peer.port()), 5000);
            socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void note(Proto proto, String what) {
        System.out.println("[twisted " + proto.arg + ", pid " + peer.pid() + "] " + what);
    }
}

package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Endian;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.framing.Sixteen;
import io.wireform.samples.framing.SixteenCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framing patterns of seeds/001 and seeds/003, each on its own, through the pull reader. */
class FramingPatternsTest {
    private static final String ZEN = "Beautiful is better than ugly.\nExplicit is better than implicit.\n"
            + "Simple is better than complex.\n";

    /** A stream that hands out at most {@code step} bytes per read, as a socket may. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void streamerUntilClose() throws IOException {
        // streamer.py: the client sends three lines and closes; the close is the only framing
        byte[] sent = ZEN.getBytes(StandardCharsets.US_ASCII);
        try (WireReader<Line> reader = WireReader.of(trickle(sent, 7),
                FrameReader.builder(LineCodec.INSTANCE).framing(Framing.untilClose()).build())) {
            assertEquals(new Line(new String(sent, StandardCharsets.US_ASCII)), reader.read());
            assertNull(reader.read());
        }
    }

    @Test
    void fixedSixteenBytes() throws IOException {
        // tcp_sixteen.py: every message is exactly 16 bytes; the schema says so, or the framing does
        byte[] sent = "Hi there, serverBeautiful  ugly.".getBytes(StandardCharsets.US_ASCII);
        for (Framing framing : List.of(Framing.schema(), Framing.fixedLength(16))) {
            try (WireReader<Sixteen> reader = WireReader.of(trickle(sent, 5),
                    FrameReader.builder(SixteenCodec.INSTANCE).framing(framing).build())) {
                assertEquals(new Sixteen("Hi there, server"), reader.read());
                assertEquals(new Sixteen("Beautiful  ugly."), reader.read());
                assertNull(reader.read());
            }
        }
    }

    @Test
    void delimitedLines() throws IOException {
        byte[] sent = "one\ntwo\n\nthree\n".getBytes(StandardCharsets.US_ASCII);
        FrameReader<Line> frames = FrameReader.builder(LineCodec.INSTANCE).framing(Framing.delimited(new byte[] {'\n'}))
                .maxFrameLength(64).build();
        List<String> lines = new ArrayList<>();
        try (WireReader<Line> reader = WireReader.of(trickle(sent, 1), frames)) {
            for (Line line; (line = reader.read()) != null; ) {
                lines.add(line.text());
            }
        }
        assertEquals(List.of("one", "two", "", "three"), lines);
        FrameWriter<Line> writer = new FrameWriter<>(LineCodec.INSTANCE, Framing.delimited(new byte[] {'\n'}));
        assertArrayEquals("two\n".getBytes(StandardCharsets.US_ASCII), writer.frame(new Line("two")));
    }

    @Test
    void delimiterMustComeWithinTheLimit() {
        FrameReader<Line> frames = FrameReader.builder(LineCodec.INSTANCE).framing(Framing.delimited(new byte[] {'\n'}))
                .maxFrameLength(8).build();
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class,
                () -> frames.feed("a line far too long".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(8, e.limit());
    }

    @Test
    void lengthPrefixedLikeBlocksPyPut() throws IOException {
        // blocks.py put(): struct.pack('!I', len(message)) + message
        byte[] sent = HexFormat.of().parseHex("0000001e" + hex("Beautiful is better than ugly.") + "00000000");
        try (WireReader<Blob> reader = WireReader.of(trickle(sent, 3),
                FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4)).build())) {
            assertEquals("Beautiful is better than ugly.", new String(reader.read().data(), StandardCharsets.US_ASCII));
            assertEquals(0, reader.read().data().length, "the empty message that ends blocks.py's series");
            assertNull(reader.read());
        }
        FrameWriter<Blob> writer = new FrameWriter<>(BlobCodec.INSTANCE, Framing.lengthPrefixed(4));
        assertArrayEquals(HexFormat.of().parseHex("00000002 6869".replace(" ", "")), writer.frame(new Blob("hi".getBytes())));
    }

    @Test
    void lengthFieldThatCountsItsHeaderLikeNetty() {
        // offset 1 (a type byte), 2-byte little-endian length that counts the whole frame
        FrameReader<Blob> frames = FrameReader.builder(BlobCodec.INSTANCE)
                .framing(Framing.lengthField(1, 2, Endian.LITTLE, -3)).build();
        List<Blob> out = frames.feed(HexFormat.of().parseHex("07050061620906"));
        assertEquals(1, out.size());
        assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), out.get(0).data());
        assertEquals(2, frames.buffered());
    }

    @Test
    void hostileLengthAllocatesNothing() {
        FrameReader<Blob> frames = FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4)).build();
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class,
                () -> frames.feed(HexFormat.of().parseHex("ffffffff00")));
        assertEquals(FrameReader.DEFAULT_MAX_FRAME_LENGTH, e.limit());
        assertEquals(4L + 0xffffffffL, e.length());
        assertTrue(e.getMessage().contains("maxFrameLength"), e.getMessage());
        assertTrue(frames.buffered() <= 5);
    }

    @Test
    void netstrings() throws IOException {
        byte[] sent = "12:hello world!,0:,3:abc,".getBytes(StandardCharsets.US_ASCII);
        List<String> got = new ArrayList<>();
        try (WireReader<Line> reader = WireReader.of(trickle(sent, 2),
                FrameReader.builder(LineCodec.INSTANCE).framing(Framing.netstring()).build())) {
            for (Line line; (line = reader.read()) != null; ) {
                got.add(line.text());
            }
        }
        assertEquals(List.of("hello world!", "", "abc"), got);
        assertArrayEquals("3:abc,".getBytes(StandardCharsets.US_ASCII),
                new FrameWriter<>(LineCodec.INSTANCE, Framing.netstring()).frame(new Line("abc")));
        FrameReader<Line> frames = FrameReader.builder(LineCodec.INSTANCE).framing(Framing.netstring()).build();
        assertThrows(io.wireform.runtime.WireDecodeException.class,
                () -> frames.feed("3:abc;".getBytes(StandardCharsets.US_ASCII)));
        FrameReader<Line> limited = FrameReader.builder(LineCodec.INSTANCE).framing(Framing.netstring())
                .maxFrameLength(100).build();
        assertThrows(FrameTooLargeException.class, () -> limited.feed("99999:".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void blocksEndedByAnEmptyBlock() throws IOException {
        // seeds/001's sixth pattern: blocks of at most 4 bytes, each with a '!I' length, then a zero length
        FrameWriter<Blob> writer = new FrameWriter<>(BlobCodec.INSTANCE, Framing.chunked(4, Endian.BIG, 4));
        byte[] framed = writer.frame(new Blob("Simple is better".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(4 * (4 + 4) + 4, framed.length);
        assertArrayEquals(HexFormat.of().parseHex("00000004" + hex("Simp")), java.util.Arrays.copyOf(framed, 8));
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        two.writeBytes(framed);
        two.writeBytes(writer.frame(new Blob(new byte[0])));
        try (WireReader<Blob> reader = WireReader.of(trickle(two.toByteArray(), 3),
                FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.chunked(4, Endian.BIG, 4)).build())) {
            assertEquals("Simple is better", new String(reader.read().data(), StandardCharsets.US_ASCII));
            assertEquals(0, reader.read().data().length);
            assertNull(reader.read());
        }
    }

    @Test
    void closedInsideAFrameSaysHowFarItGot() throws IOException {
        byte[] frame = DeviceFrameCodec.INSTANCE.encode(new DeviceFrame(new Realtime(new byte[150]),
                new Extra(new byte[190]), new ExtraLong(new byte[192])));
        byte[] cut = java.util.Arrays.copyOf(frame, 544 + 37);
        System.arraycopy(frame, 0, cut, 544, 37);
        try (WireReader<DeviceFrame> reader = WireReader.of(trickle(cut, 100),
                FrameReader.builder(DeviceFrameCodec.INSTANCE).build())) {
            reader.read();
            TruncatedFrameException e = assertThrows(TruncatedFrameException.class, reader::read);
            assertEquals(37, e.available());
            assertEquals(544, e.needed());
            assertTrue(e.getMessage().startsWith("Truncated frame: input ended 37 bytes into a 544-byte frame"),
                    e.getMessage());
        }
    }

    @Test
    void halfCloseRequestThenReplyUntilClose() throws Exception {
        // seeds/001's second pattern over a real loopback socket: the client sends its request and shuts
        // down its output; the server reads to that end, answers, and closes; the client reads to the close
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.atomic.AtomicReference<Object> seen = new java.util.concurrent.atomic.AtomicReference<>();
            Thread serverThread = new Thread(() -> {
                try (java.net.Socket socket = server.accept();
                     WireReader<Line> requests = WireReader.of(socket.getInputStream(),
                             FrameReader.builder(LineCodec.INSTANCE).framing(Framing.untilClose()).build())) {
                    Line request = requests.read();
                    seen.set(request.text() + "|" + requests.read());
                    socket.getOutputStream().write(("you said: " + request.text()).getBytes(StandardCharsets.US_ASCII));
                    socket.shutdownOutput();
                } catch (Exception e) {
                    seen.set(e);
                }
            }, "half-close-server");
            serverThread.start();
            try (java.net.Socket client = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                client.setSoTimeout(10_000);
                client.getOutputStream().write(new FrameWriter<>(LineCodec.INSTANCE, Framing.untilClose())
                        .frame(new Line("Beautiful is better than ugly.")));
                client.shutdownOutput();
                try (WireReader<Line> replies = WireReader.of(client.getInputStream(),
                        FrameReader.builder(LineCodec.INSTANCE).framing(Framing.untilClose()).build())) {
                    assertEquals(new Line("you said: Beautiful is better than ugly."), replies.read());
                    assertNull(replies.read());
                }
            }
            serverThread.join(10_000);
            assertEquals("Beautiful is better than ugly.|null", seen.get());
        }
    }

    @Test
    void cleanEndBetweenFramesIsTheEndOfTheStream() throws IOException {
        try (WireReader<Sixteen> reader = WireReader.of(new ByteArrayInputStream(new byte[0]),
                FrameReader.builder(SixteenCodec.INSTANCE).build())) {
            assertNull(reader.read());
            assertNull(reader.read());
        }
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    }
}

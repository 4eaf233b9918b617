package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.smarthome.SmartHomeReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** seeds/000's database reply through the pull reader: streamed to disk, never held whole. */
class PayloadStreamingTest {
    private static final FrameWriter<SmartHome> WRITER = new FrameWriter<>(SmartHomeCodec.INSTANCE, Framing.schema());

    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static byte[] database(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private static byte[] stream(SmartHome... messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SmartHome message : messages) {
            WRITER.write(message, out);
        }
        return out.toByteArray();
    }

    private static WireReader<SmartHome> reader(byte[] bytes, int step) {
        return WireReader.of(trickle(bytes, step), FrameReader.builder(SmartHomeCodec.INSTANCE).build());
    }

    @Test
    void payloadsStreamToDiskAndTheNextMessageFollows(@TempDir Path dir) throws IOException {
        byte[] big = database(100_000);
        byte[] small = database(5);
        byte[] bytes = stream(new DbFile(Payload.of(big)), new DownloadDb(), new DbFile(Payload.of(small)));
        try (WireReader<SmartHome> reader = reader(bytes, 777)) {
            DbFile first = (DbFile) reader.read();
            assertEquals(100_000, first.database().length());
            IllegalStateException early = assertThrows(IllegalStateException.class, reader::read);
            assertTrue(early.getMessage().contains("must be read to its end or skipped"), early.getMessage());

            Path file = dir.resolve("house.db");
            first.database().transferTo(file);
            assertArrayEquals(big, Files.readAllBytes(file));

            assertInstanceOf(DownloadDb.class, reader.read());
            DbFile third = (DbFile) reader.read();
            third.database().skip();
            assertNull(reader.read());
            assertTrue(reader.frames().capacity() <= 64 * 1024 + 64, "buffer " + reader.frames().capacity());
        }
    }

    @Test
    void pullFromAChannel(@TempDir Path dir) throws IOException {
        byte[] big = database(50_000);
        Path file = Files.write(dir.resolve("stream.bin"), stream(new DownloadDb(), new DbFile(Payload.of(big))));
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file);
             WireReader<SmartHome> reader = SmartHomeReader.pull(channel)) {
            assertInstanceOf(DownloadDb.class, reader.read());
            assertArrayEquals(big, ((DbFile) reader.read()).database().readAllBytes());
            assertNull(reader.read());
        }
    }

    @Test
    void aPayloadCanBeReadOnce() throws IOException {
        try (WireReader<SmartHome> reader = reader(stream(new DbFile(Payload.of(database(10)))), 4)) {
            DbFile file = (DbFile) reader.read();
            assertEquals(10, file.database().readAllBytes().length);
            assertThrows(IOException.class, () -> file.database().openStream());
        }
    }

    @Test
    void closedInsideAPayloadSaysHowFarItGot() throws IOException {
        byte[] whole = stream(new DbFile(Payload.of(database(100))));
        byte[] cut = Arrays.copyOf(whole, 8 + 40);
        try (WireReader<SmartHome> reader = reader(cut, 16)) {
            DbFile file = (DbFile) reader.read();
            // the error every reader gives for a stream that ends inside a frame, push and Netty included
            TruncatedFrameException e = assertThrows(TruncatedFrameException.class, () -> file.database().readAllBytes());
            assertEquals(108, e.needed());
            assertEquals(48, e.available());
            assertTrue(e.getMessage().startsWith("Truncated frame: input ended 48 bytes into a 108-byte frame"),
                    e.getMessage());
            assertEquals(e, assertThrows(TruncatedFrameException.class, reader::read), "and the next read says so too");
        }
    }

    @Test
    void theWriterStreamsAPayloadFromAFile(@TempDir Path dir) throws IOException {
        byte[] content = database(70_000);
        Path file = Files.write(dir.resolve("house.db"), content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(new DbFile(Payload.of(file)), out);
        byte[] sent = out.toByteArray();
        assertArrayEquals(new byte[] {0x43, 0, 0, 0, 0x70, 0x11, 0x01, 0x00}, Arrays.copyOf(sent, 8));
        assertArrayEquals(content, Arrays.copyOfRange(sent, 8, sent.length));
    }

    @Test
    void aPayloadFromAStreamOfDeclaredLength() throws IOException {
        byte[] content = database(3000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(new DbFile(Payload.of(new ByteArrayInputStream(content), 3000)), out);
        try (WireReader<SmartHome> reader = reader(out.toByteArray(), 100)) {
            assertArrayEquals(content, ((DbFile) reader.read()).database().readAllBytes());
            assertNull(reader.read());
        }
    }
}

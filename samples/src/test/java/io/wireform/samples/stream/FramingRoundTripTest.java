package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Endian;
import io.wireform.runtime.Payload;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a {@link FrameWriter} writes, a reader with the same framing reads: every framing the README
 * lists, messages with and without a payload, the writer's streamed bytes ({@code write}) equal to its
 * buffered ones ({@code frame}), read back whole, a byte at a time and pulled.
 */
class FramingRoundTripTest {
    private static final byte[] CRLF = {'\r', '\n'};

    /** Every framing of the README, with widths, byte orders and adjustments of both kinds. */
    private static Map<String, Framing> framings() {
        Map<String, Framing> framings = new LinkedHashMap<>();
        framings.put("schema", Framing.schema());
        framings.put("delimited(CRLF)", Framing.delimited(CRLF));
        framings.put("lengthPrefixed(4)", Framing.lengthPrefixed(4));
        framings.put("lengthField(0, 2, LITTLE, 0)", Framing.lengthField(0, 2, Endian.LITTLE, 0));
        framings.put("lengthField(0, 4, BIG, -4), counting itself", Framing.lengthField(0, 4, Endian.BIG, -4));
        framings.put("lengthField(CA FE, 2, BIG, 0)", Framing.lengthField(new byte[] {(byte) 0xCA, (byte) 0xFE}, 2, Endian.BIG, 0));
        framings.put("lengthField(01 02 03, 3, LITTLE, -6), counting the header", Framing.lengthField(new byte[] {1, 2, 3}, 3, Endian.LITTLE, -6));
        framings.put("lengthField(7F, 8, BIG, 4), short by 4", Framing.lengthField(new byte[] {0x7F}, 8, Endian.BIG, 4));
        framings.put("chunked(1, BIG, 3)", Framing.chunked(1, Endian.BIG, 3));
        framings.put("chunked(2, LITTLE, 1000)", Framing.chunked(2, Endian.LITTLE, 1000));
        framings.put("netstring", Framing.netstring());
        return framings;
    }

    /** Random bytes without a carriage return, so that no message holds the delimiter. */
    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        for (int i = 0; i < length; i++) {
            bytes[i] = bytes[i] == '\r' ? 0 : bytes[i];
        }
        return bytes;
    }

    private static List<SmartHome> messages() {
        return List.of(new DbFile(Payload.of(bytes(300))), new DownloadDb(), new DbFile(Payload.of(new byte[0])),
                new DbFile(Payload.of(bytes(5))), new DownloadDb());
    }

    /** A message as a comparable string; a received payload is read here, before the next message. */
    private static String describe(SmartHome message) {
        if (message instanceof DbFile file) {
            try {
                return "DbFile(" + HexFormat.of().formatHex(file.database().readAllBytes()) + ")";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.valueOf(message);
    }

    /** The framed bytes, written with {@code write} (payloads streamed from a source of declared length). */
    private static byte[] written(FrameWriter<SmartHome> writer, List<SmartHome> messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SmartHome m : messages) {
            if (m instanceof DbFile file) {
                byte[] content = file.database().readAllBytes();
                writer.write(new DbFile(Payload.of(new ByteArrayInputStream(content), content.length)), out);
            } else {
                writer.write(m, out);
            }
        }
        return out.toByteArray();
    }

    private static byte[] framed(FrameWriter<SmartHome> writer, List<SmartHome> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        messages.forEach(m -> out.writeBytes(writer.frame(m)));
        return out.toByteArray();
    }

    private static List<String> pushed(Framing framing, byte[] stream, int step) {
        FrameReader<SmartHome> reader = FrameReader.builder(SmartHomeCodec.INSTANCE).framing(framing).build();
        List<String> read = new ArrayList<>();
        for (int at = 0; at < stream.length; at += step) {
            reader.feed(ByteBuffer.wrap(stream, at, Math.min(step, stream.length - at)), m -> read.add(describe(m)));
        }
        reader.endOfStream(m -> read.add(describe(m)));
        assertEquals(0, reader.buffered());
        return read;
    }

    private static List<String> pulled(Framing framing, byte[] stream) throws IOException {
        InputStream trickle = new ByteArrayInputStream(stream) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        List<String> read = new ArrayList<>();
        try (WireReader<SmartHome> in = WireReader.of(trickle,
                FrameReader.builder(SmartHomeCodec.INSTANCE).framing(framing).build())) {
            for (SmartHome m; (m = in.read()) != null; ) {
                read.add(describe(m));
            }
        }
        return read;
    }

    private static void roundTrip(String name, Framing framing, List<SmartHome> messages) throws IOException {
        List<String> sent = messages.stream().map(FramingRoundTripTest::describe).toList();
        FrameWriter<SmartHome> writer = new FrameWriter<>(SmartHomeCodec.INSTANCE, framing);
        byte[] stream = written(writer, messages);
        assertEquals(HexFormat.of().formatHex(framed(writer, messages)), HexFormat.of().formatHex(stream),
                name + ": write(...) streams the bytes frame(...) returns");
        assertEquals(sent, pushed(framing, stream, stream.length), name + ", fed whole");
        assertEquals(sent, pushed(framing, stream, 1), name + ", fed a byte at a time");
        assertEquals(sent, pulled(framing, stream), name + ", pulled");
    }

    @Test
    void everyFramingReadsWhatItsWriterWrote() throws IOException {
        for (Map.Entry<String, Framing> f : framings().entrySet()) {
            roundTrip(f.getKey(), f.getValue(), messages());
        }
        // the framings that hold one message, or messages of one size
        for (SmartHome m : messages()) {
            roundTrip("untilClose", Framing.untilClose(), List.of(m));
        }
        List<SmartHome> sameSize = List.of(new DbFile(Payload.of(bytes(12))), new DbFile(Payload.of(new byte[12])));
        roundTrip("fixedLength(20)", Framing.fixedLength(20), sameSize);
    }

    @Test
    void theBytesBeforeALengthFieldAreWrittenAndChecked() throws IOException {
        Framing framing = Framing.lengthField(new byte[] {(byte) 0xCA, (byte) 0xFE}, 2, Endian.BIG, 0);
        byte[] frame = new FrameWriter<>(SmartHomeCodec.INSTANCE, framing).frame(new DownloadDb());
        assertEquals("cafe00044c000000", HexFormat.of().formatHex(frame));
        byte[] payload = {9, 8, 7};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FrameWriter<>(SmartHomeCodec.INSTANCE, framing).write(new DbFile(Payload.of(new ByteArrayInputStream(payload), 3)), out);
        assertEquals("cafe000b43000000" + "03000000" + "090807", HexFormat.of().formatHex(out.toByteArray()));

        // a reader that does not know them skips them; one that does checks them
        assertEquals(List.of("DownloadDb[]"), pushed(Framing.lengthField(2, 2, Endian.BIG, 0), frame, 1));
        byte[] other = frame.clone();
        other[1] = (byte) 0xFF;
        assertEquals(List.of("DownloadDb[]"), pushed(Framing.lengthField(2, 2, Endian.BIG, 0), other, 1));
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> pushed(framing, other, 1));
        assertEquals("SmartHome.<before length>", e.fieldPath());
        assertTrue(e.getMessage().contains("expected the bytes ca fe before the length field, found byte 0xff"), e.getMessage());
        WireDecodeException whole = assertThrows(WireDecodeException.class, () -> pushed(framing, other, other.length));
        assertEquals(e.fieldPath() + " at " + e.offset(), whole.fieldPath() + " at " + whole.offset(),
                "the same error however the bytes arrive");
    }

    @Test
    void aLengthFieldAfterUnknownBytesIsReadOnly() {
        Framing readOnly = Framing.lengthField(2, 2, Endian.BIG, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FrameWriter<>(SmartHomeCodec.INSTANCE, readOnly));
        assertTrue(e.getMessage().contains("can be read but not written")
                && e.getMessage().contains("Framing.lengthField(new byte[] {...}, 2, Endian.BIG, 0)"), e.getMessage());
        assertNull(((Framing.LengthField) readOnly).before());
        assertArrayEquals(new byte[0], ((Framing.LengthField) Framing.lengthPrefixed(4)).before());
        assertEquals(Framing.lengthPrefixed(2), Framing.lengthField(new byte[0], 2, Endian.BIG, 0));
        assertEquals(Framing.lengthField(new byte[] {1}, 2, Endian.BIG, 0), Framing.lengthField(new byte[] {1}, 2, Endian.BIG, 0));
        assertThrows(IllegalArgumentException.class, () -> new Framing.LengthField(2, 2, Endian.BIG, 0, new byte[1]));
    }

    @Test
    void aStreamedPayloadThatDoesNotFitTheLengthFieldIsRefusedBeforeAByteIsWritten() throws IOException {
        FrameWriter<SmartHome> writer = new FrameWriter<>(SmartHomeCodec.INSTANCE, Framing.lengthField(0, 1, Endian.BIG, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireEncodeException e = assertThrows(WireEncodeException.class,
                () -> writer.write(new DbFile(Payload.of(new ByteArrayInputStream(new byte[248]), 248)), out));
        assertTrue(e.getMessage().contains("a length that fits 1 byte, got 256"), e.getMessage());
        assertEquals(0, out.size());
        FrameWriter<SmartHome> fixed = new FrameWriter<>(SmartHomeCodec.INSTANCE, Framing.fixedLength(20));
        e = assertThrows(WireEncodeException.class,
                () -> fixed.write(new DbFile(Payload.of(new ByteArrayInputStream(new byte[13]), 13)), out));
        assertTrue(e.getMessage().contains("20 bytes (the fixed frame length), got 21 bytes"), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void aPayloadSourceShorterThanItsLengthIsAnErrorInBlocksToo() {
        FrameWriter<SmartHome> writer = new FrameWriter<>(SmartHomeCodec.INSTANCE, Framing.chunked(2, Endian.BIG, 4));
        IOException e = assertThrows(IOException.class, () -> writer.write(
                new DbFile(Payload.of(new ByteArrayInputStream(new byte[5]), 9)), OutputStream.nullOutputStream()));
        assertTrue(e.getMessage().contains("payload ended after 5 of 9 bytes"), e.getMessage());
    }

    @Test
    void onlyADelimiterStopsAPayloadBeingStreamed() {
        for (Map.Entry<String, Framing> f : framings().entrySet()) {
            assertEquals(!(f.getValue() instanceof Framing.Delimited), FrameWriter.streamsPayloads(f.getValue()), f.getKey());
        }
        assertTrue(FrameWriter.streamsPayloads(Framing.untilClose()) && FrameWriter.streamsPayloads(Framing.fixedLength(3)));
    }
}

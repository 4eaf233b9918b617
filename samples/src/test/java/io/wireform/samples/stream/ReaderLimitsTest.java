package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Resync;
import io.wireform.runtime.FrameScan;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Realtime;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Limits hold before a frame's end is known, delimiter searches resume where they stopped, and a pull
 * reader hands out every message that arrived before an error before it throws.
 */
class ReaderLimitsTest {

    @Test
    void aDelimitedFrameIsRefusedAtItsLimitBeforeItsDelimiterArrives() {
        FrameReader<Lines.CrLfLine> reader = Lines_CrLfLineReader.push();
        byte[] chunk = new byte[1024];
        Arrays.fill(chunk, (byte) 'A');
        reader.feed(ByteBuffer.wrap(new byte[] {1}), m -> { });
        WireException e = assertThrows(WireException.class, () -> {
            for (int i = 0; i < 2048; i++) { // 2 MiB if nothing stopped it
                reader.feed(ByteBuffer.wrap(chunk), m -> { });
            }
        });
        FrameTooLargeException tooLarge = assertInstanceOf(FrameTooLargeException.class, e);
        assertEquals(1024, tooLarge.limit());
        assertTrue(reader.buffered() <= 1024 + 1024 + 1, "buffered " + reader.buffered() + " bytes, not 2 MiB");
    }

    @Test
    void aDelimiterSearchResumesWhereTheLastLookStopped() {
        // bytes the first look searched are poisoned with a delimiter afterwards: a second look that
        // searched them again would end the frame there, one that resumes does not
        WireCodec<Lines.CrLfLine> codec = Lines_CrLfLineCodec.INSTANCE;
        byte[] frame = new byte[64];
        Arrays.fill(frame, (byte) 'A');
        frame[0] = 7;
        FrameScan scan = new FrameScan();
        ByteBuffer in = ByteBuffer.wrap(frame);
        assertTrue(codec.frameLength(in, 0, 40, scan) < 0, "no delimiter in the first 40 bytes");
        frame[10] = 0x0D;
        frame[11] = 0x0A;
        frame[50] = 0x0D;
        frame[51] = 0x0A;
        assertEquals(52, codec.frameLength(in, 0, 64, scan), "resumed at byte 39, it finds the delimiter at 50");
        assertEquals(12, codec.frameLength(in, 0, 64, new FrameScan()), "a new frame is searched from its field");
        assertEquals(12, codec.frameLength(in, 0, 64), "and so without a scan");
    }

    @Test
    void aSearchThatFoundItsDelimiterIsNotResumed() {
        // the first field's delimiter was found on the first look; only the second field's search resumes
        WireCodec<Lines.TwoFields> codec = Lines_TwoFieldsCodec.INSTANCE;
        byte[] bytes = "ab\r\ncdefgh\r\n".getBytes(StandardCharsets.US_ASCII);
        FrameScan scan = new FrameScan();
        for (int limit = 1; limit < bytes.length; limit++) {
            assertTrue(codec.frameLength(ByteBuffer.wrap(bytes), 0, limit, scan) < 0, "at " + limit);
        }
        assertEquals(bytes.length, codec.frameLength(ByteBuffer.wrap(bytes), 0, bytes.length, scan));
        // and through a reader fed one byte at a time
        FrameReader<Lines.TwoFields> reader = Lines_TwoFieldsReader.push();
        List<Lines.TwoFields> out = new ArrayList<>();
        for (byte b : bytes) {
            reader.feed(ByteBuffer.wrap(new byte[] {b}), out::add);
        }
        assertEquals(List.of(new Lines.TwoFields("ab", "cdefgh")), out);
    }

    @Test
    void aPullReaderReturnsWhatArrivedBeforeTheBadBytes() throws IOException {
        // a whole message, then the start of a frame over the limit, in one read
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(DeviceBlockCodec.INSTANCE.encode(new Realtime(new byte[150])));
        stream.writeBytes(new byte[] {0x00, 0x01});
        FrameReader.Builder<DeviceBlock> strict = FrameReader.builder(DeviceBlockCodec.INSTANCE).resync(Resync.FAIL);
        for (WireReader<DeviceBlock> reader : List.of(
                WireReader.of(new ByteArrayInputStream(stream.toByteArray()), strict.build()),
                WireReader.of(Channels.newChannel(new ByteArrayInputStream(stream.toByteArray())), strict.build()))) {
            assertInstanceOf(Realtime.class, reader.read(), "the message first");
            WireException first = assertThrows(WireException.class, reader::read);
            assertEquals("DeviceBlock.<magic>", first.fieldPath());
            assertEquals(first, assertThrows(WireException.class, reader::read), "then the same error each time");
        }
    }

    @Test
    void aPullReaderReturnsWhatArrivedBeforeAnOverLimitLength() throws IOException {
        // 00 00 00 03 "abc", then a length of FF FF FF FF
        byte[] stream = ResyncFeedingTest.hex("00000003 616263 FFFFFFFF");
        try (WireReader<Blob> reader = WireReader.of(new ByteArrayInputStream(stream),
                FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4)).maxFrameLength(100).build())) {
            assertEquals("abc", new String(reader.read().data(), StandardCharsets.US_ASCII));
            assertInstanceOf(FrameTooLargeException.class, assertThrows(WireException.class, reader::read));
        }
    }
}

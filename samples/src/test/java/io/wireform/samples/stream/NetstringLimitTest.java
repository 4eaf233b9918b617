package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.Payload;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A netstring's length is at most 2147483647, the largest frame limit a reader can be given (an int):
 * 10 digits, as a reader parses it. The writer refuses a longer message before writing a byte, rather
 * than send a frame every reader refuses. The payloads here declare their length and are never read,
 * so no test allocates a gigabyte.
 */
class NetstringLimitTest {
    private static final FrameWriter<Uploads.Upload> WRITER =
            new FrameWriter<>(Uploads_UploadCodec.INSTANCE, Framing.netstring());

    /** An {@code Upload}: a 1-byte header, then a payload of {@code length} bytes that must not be read. */
    private static Uploads.Upload upload(long length) {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the payload was read");
            }
        };
        return new Uploads.Upload((short) 1, Payload.of(unread, length));
    }

    @Test
    void aMessageLongerThanAnyReaderReadsIsRefusedBeforeAByteIsWritten() {
        // 2^31 bytes (one more than the limit), 10^10 (11 digits, which a reader calls malformed), 2^40
        for (long payload : new long[] {Integer.MAX_VALUE, 9_999_999_999L, 1L << 40}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WireEncodeException e = assertThrows(WireEncodeException.class, () -> WRITER.write(upload(payload), out));
            assertEquals("Uploads_Upload.<netstring length>", e.fieldPath());
            assertTrue(e.getMessage().contains("expected a netstring length of at most 2147483647")
                    && e.getMessage().contains("got " + (payload + 1) + " bytes"), e.getMessage());
            assertEquals(0, out.size(), payload + " bytes");
        }
    }

    @Test
    void theLongestMessageIsWrittenWithALengthEveryReaderParses() {
        // stopped after its first write, the length: the payload is not read
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        OutputStream once = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                first.write(b, off, len);
                throw new IllegalStateException("stop");
            }
        };
        assertThrows(IllegalStateException.class, () -> WRITER.write(upload(Integer.MAX_VALUE - 1L), once));
        byte[] header = "2147483647:".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(header, first.toByteArray());
        // a reader parses all of its digits: the length is over its limit, not malformed
        FrameReader<Line> reader = FrameReader.builder(LineCodec.INSTANCE).framing(Framing.netstring())
                .maxFrameLength(1_000_000_000).build();
        FrameTooLargeException tooLarge = assertThrows(FrameTooLargeException.class, () -> reader.feed(header));
        assertEquals(Integer.MAX_VALUE, tooLarge.length());
        // and one digit more is malformed, at the 11th digit, under a limit the 10 digits before it are within
        FrameReader<Line> again = FrameReader.builder(LineCodec.INSTANCE).framing(Framing.netstring())
                .maxFrameLength(1_000_000_000).build();
        WireDecodeException malformed = assertThrows(WireDecodeException.class,
                () -> again.feed("10000000000:".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(WireDecodeException.class, malformed.getClass(), malformed.toString());
        assertEquals(10, malformed.offset());
    }
}

package io.wireform.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.annotations.Endian;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Framing.lengthField(offset, width, endian, adjustment)}: "the frame is {@code offset + width +
 * value + adjustment} bytes". A value that makes the frame shorter than the length field's own header
 * (a negative adjustment, as for a length that counts the header) is bytes that are wrong, a {@code
 * WireDecodeException} at the length field; not a {@code FrameTooLargeException}, which REFERENCE.md's
 * table keeps for "a length or count over its limit".
 */
class LengthFieldShortFrameTest {
    /** The bytes of the frame's message, whatever they are. */
    private static final WireCodec<byte[]> BYTES = new WireCodec<>() {
        @Override
        public void encode(byte[] value, ByteBuffer out) {
            out.put(value);
        }

        @Override
        public byte[] decode(ByteBuffer in, int limit) {
            byte[] value = new byte[limit - in.position()];
            in.get(value);
            return value;
        }

        @Override
        public int sizeOf(byte[] value) {
            return value.length;
        }

        @Override
        public int frameLength(ByteBuffer in, int at, int limit) {
            return limit - at;
        }

        @Override
        public boolean runsToEnd() {
            return true;
        }
    };

    /** A two-byte length after two bytes of something else, counting those four bytes too. */
    private static final Framing COUNTS_HEADER = Framing.lengthField(2, 2, Endian.BIG, -4);

    @Test
    void aLengthShorterThanTheHeaderItCountsIsMalformedAtTheLengthField() {
        FrameReader<byte[]> reader = FrameReader.builder(BYTES).framing(COUNTS_HEADER).build();
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> reader.feed(new byte[] {9, 9, 0, 3, 'a', 'b'}));
        assertFalse(e instanceof FrameTooLargeException, e.getMessage());
        assertEquals(2, e.offset());
        assertEquals("a length of at least 4", e.expected());
        assertEquals("3", e.actual());
        assertEquals(6, reader.buffered(), "FAIL keeps the bytes");
    }

    @Test
    void aLengthOfExactlyTheHeaderIsAnEmptyMessage() {
        FrameReader<byte[]> reader = FrameReader.builder(BYTES).framing(COUNTS_HEADER).build();
        List<byte[]> messages = reader.feed(new byte[] {9, 9, 0, 4, 9, 9, 0, 6, 'h', 'i'});
        assertEquals(2, messages.size());
        assertArrayEquals(new byte[0], messages.get(0));
        assertArrayEquals(new byte[] {'h', 'i'}, messages.get(1));
    }
}

package io.wireform.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireCodec;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader builder's {@code maxFrameLength(int)} takes 1 to {@code FrameReader.LARGEST_MAX_FRAME_LENGTH}
 * (2^31 - 73: the largest Java buffer, 2^31 - 9, less the 64 bytes the reader keeps for a framing's own): a
 * larger value is refused where it is set, naming the largest, not a buffer allocation's "capacity < 0" at
 * {@code build()}.
 */
class MaxFrameLengthBoundTest {
    /** One-byte frames, declaring {@code declared} as the schema's maxFrameLength. */
    private static WireCodec<Byte> declaring(int declared) {
        return new WireCodec<>() {
            @Override
            public void encode(Byte value, ByteBuffer out) {
                out.put(value);
            }

            @Override
            public Byte decode(ByteBuffer in, int limit) {
                return in.get();
            }

            @Override
            public int sizeOf(Byte value) {
                return 1;
            }

            @Override
            public int frameLength(ByteBuffer in, int at, int limit) {
                return 1;
            }

            @Override
            public int declaredMaxFrameLength() {
                return declared;
            }
        };
    }

    @Test
    void theLargestIsTheLargestJavaBufferLessTheFramingsSixtyFourBytes() {
        assertEquals((1L << 31) - 73, FrameReader.LARGEST_MAX_FRAME_LENGTH);
    }

    @Test
    void aLimitAboveTheLargestIsRefusedWhereItIsSetNamingTheLargest() {
        for (int tooLarge : new int[] {FrameReader.LARGEST_MAX_FRAME_LENGTH + 1, Integer.MAX_VALUE - 64,
                Integer.MAX_VALUE - 63, Integer.MAX_VALUE}) {
            FrameReader.Builder<Byte> builder = FrameReader.builder(declaring(0));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> builder.maxFrameLength(tooLarge), "maxFrameLength(" + tooLarge + ")");
            assertTrue(e.getMessage().contains("at most 2147483575"), e.getMessage());
            assertTrue(e.getMessage().contains("not " + tooLarge), e.getMessage());
        }
    }

    @Test
    void theLargestIsTakenAndItsReaderReads() {
        FrameReader<Byte> reader = FrameReader.builder(declaring(0))
                .maxFrameLength(FrameReader.LARGEST_MAX_FRAME_LENGTH).build();
        assertEquals(8192, reader.capacity());
        assertEquals(List.of((byte) 7, (byte) 9), reader.feed(new byte[] {7, 9}));
        FrameReader<Byte> declared = FrameReader.builder(declaring(FrameReader.LARGEST_MAX_FRAME_LENGTH)).build();
        assertEquals(List.of((byte) 7), declared.feed(new byte[] {7}));
    }

    @Test
    void aSchemaDeclaringMoreIsRefusedWhenItsReaderBuilderIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameReader.builder(declaring(Integer.MAX_VALUE)));
        assertTrue(e.getMessage().contains("at most 2147483575"), e.getMessage());
        assertTrue(e.getMessage().contains("@Message or @Protocol"), e.getMessage());
    }

    @Test
    void aLimitBelowOneIsStillRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameReader.builder(declaring(0)).maxFrameLength(0));
        assertEquals("maxFrameLength must be at least 1, not 0", e.getMessage());
    }
}

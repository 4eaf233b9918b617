package io.wireform.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stated byte order wins over the buffer's own, on heap and direct buffers. */
class BytesTest {
    private static final byte[] BE = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08};

    private static List<ByteBuffer> buffers() {
        return List.of(ByteBuffer.allocate(9), ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN),
                ByteBuffer.allocateDirect(9), ByteBuffer.allocateDirect(9).order(ByteOrder.LITTLE_ENDIAN));
    }

    private static byte[] bytes(ByteBuffer b, int from, int count) {
        byte[] out = new byte[count];
        b.get(from, out);
        return out;
    }

    @Test
    void writesInTheStatedOrder() {
        for (ByteBuffer b : buffers()) {
            String which = b.isDirect() + " " + b.order();
            Bytes.putShortBE(b, 1, (short) 0x0102);
            assertArrayEquals(new byte[] {1, 2}, bytes(b, 1, 2), which);
            Bytes.putShortLE(b, 1, (short) 0x0102);
            assertArrayEquals(new byte[] {2, 1}, bytes(b, 1, 2), which);
            Bytes.putIntBE(b, 1, 0x01020304);
            assertArrayEquals(new byte[] {1, 2, 3, 4}, bytes(b, 1, 4), which);
            Bytes.putIntLE(b, 1, 0x01020304);
            assertArrayEquals(new byte[] {4, 3, 2, 1}, bytes(b, 1, 4), which);
            Bytes.putLongBE(b, 1, 0x0102030405060708L);
            assertArrayEquals(BE, bytes(b, 1, 8), which);
            Bytes.putLongLE(b, 1, 0x0807060504030201L);
            assertArrayEquals(BE, bytes(b, 1, 8), which);
            Bytes.putFloatBE(b, 1, 1.5f); // 0x3FC00000
            assertArrayEquals(new byte[] {0x3F, (byte) 0xC0, 0, 0}, bytes(b, 1, 4), which);
            Bytes.putDoubleLE(b, 1, 1.5); // 0x3FF8000000000000
            assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF8, 0x3F}, bytes(b, 1, 8), which);
        }
    }

    @Test
    void readsInTheStatedOrder() {
        for (ByteBuffer b : buffers()) {
            String which = b.isDirect() + " " + b.order();
            b.put(1, BE);
            assertEquals((short) 0x0102, Bytes.getShortBE(b, 1), which);
            assertEquals((short) 0x0201, Bytes.getShortLE(b, 1), which);
            assertEquals(0x01020304, Bytes.getIntBE(b, 1), which);
            assertEquals(0x04030201, Bytes.getIntLE(b, 1), which);
            assertEquals(0x0102030405060708L, Bytes.getLongBE(b, 1), which);
            assertEquals(0x0807060504030201L, Bytes.getLongLE(b, 1), which);
            assertEquals(Float.intBitsToFloat(0x01020304), Bytes.getFloatBE(b, 1), which);
            assertEquals(Double.longBitsToDouble(0x0807060504030201L), Bytes.getDoubleLE(b, 1), which);
        }
    }
}

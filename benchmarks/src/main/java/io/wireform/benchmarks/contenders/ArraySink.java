package io.wireform.benchmarks.contenders;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * The {@link OutputStream} JBBP writes to: a fixed, reused array, so JBBP's encode is not charged
 * for a growing {@code ByteArrayOutputStream} that Wireform, writing into a {@code ByteBuffer},
 * does not have.
 */
final class ArraySink extends OutputStream {
    private final byte[] bytes;
    private int size;

    ArraySink(int capacity) {
        bytes = new byte[capacity];
    }

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            throw new IndexOutOfBoundsException("sink full at " + size + " bytes");
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > bytes.length - size) {
            throw new IndexOutOfBoundsException("sink full at " + size + " bytes");
        }
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }
}

package io.wireform.benchmarks.contenders;

import java.io.InputStream;

/**
 * The {@link InputStream} JBBP reads from. JBBP pulls most values a byte at a time, and
 * {@code ByteArrayInputStream.read()} is {@code synchronized}: a lock per byte would make JBBP
 * look slower than it need be, so this unsynchronized source is the conservative choice.
 */
final class ArraySource extends InputStream {
    private final byte[] bytes;
    private int position;

    ArraySource(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = Math.min(len, bytes.length - position);
        if (n <= 0) {
            return -1;
        }
        System.arraycopy(bytes, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public long skip(long n) {
        int k = (int) Math.max(0, Math.min(n, bytes.length - position));
        position += k;
        return k;
    }

    @Override
    public int available() {
        return bytes.length - position;
    }
}

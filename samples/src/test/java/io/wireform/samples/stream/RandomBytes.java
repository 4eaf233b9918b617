package io.wireform.samples.stream;

import java.io.InputStream;
import java.util.Random;

/** Large payloads for tests, made as they are read rather than held in memory. */
public final class RandomBytes {
    private RandomBytes() {
    }

    /** {@code length} random bytes from {@code seed}: the same bytes every time for the same two. */
    public static InputStream stream(long seed, long length) {
        return new InputStream() {
            private final Random random = new Random(seed);
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? random.nextInt(256) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) random.nextInt(256);
                }
                left -= n;
                return n;
            }
        };
    }
}

package io.wireform.samples.stream;

import java.io.InputStream;
import java.util.Random;

/**
 * {@code length} deterministic bytes, for payloads larger than a heap: a random block, varied per block
 * (its first 8 bytes are the block's number) so that no two blocks repeat.
 */
final class PatternStream extends InputStream {
    private final byte[] block = new byte[64 * 1024];
    private long left;
    private long blockIndex;
    private int at = block.length;

    PatternStream(long length) {
        this.left = length;
        new Random(2026).nextBytes(block);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (left == 0) {
            return -1;
        }
        if (at == block.length) {
            blockIndex++;
            for (int i = 0; i < 8; i++) {
                block[i] = (byte) (blockIndex >>> (8 * i));
            }
            at = 0;
        }
        int count = (int) Math.min(Math.min(len, block.length - at), left);
        System.arraycopy(block, at, b, off, count);
        at += count;
        left -= count;
        return count;
    }
}

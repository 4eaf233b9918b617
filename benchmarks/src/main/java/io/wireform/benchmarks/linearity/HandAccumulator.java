package io.wireform.benchmarks.linearity;

import java.util.function.Consumer;

/**
 * The floor for the linearity benchmark: what a user would write to collect 4-byte big-endian
 * length-prefixed frames from chunks, with no framework. It reads the prefix, allocates the frame's
 * array once and copies each chunk straight into it, so every byte is copied exactly once.
 */
public final class HandAccumulator {
    private final int maxFrameLength;
    private final byte[] header = new byte[4];
    private int headerFilled;
    private byte[] frame;
    private int filled;

    public HandAccumulator(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    /** Takes {@code length} bytes of {@code chunk} from {@code offset}; hands every complete frame's content to {@code sink}. */
    public void feed(byte[] chunk, int offset, int length, Consumer<byte[]> sink) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            if (frame == null) {
                int take = Math.min(4 - headerFilled, end - at);
                System.arraycopy(chunk, at, header, headerFilled, take);
                headerFilled += take;
                at += take;
                if (headerFilled < 4) {
                    return;
                }
                long size = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8)
                        | (header[3] & 0xFF);
                if (size > maxFrameLength) {
                    throw new IllegalStateException("frame of " + size + " bytes, over " + maxFrameLength);
                }
                frame = new byte[(int) size];
                filled = 0;
            }
            int take = Math.min(frame.length - filled, end - at);
            System.arraycopy(chunk, at, frame, filled, take);
            filled += take;
            at += take;
            if (filled == frame.length) {
                byte[] done = frame;
                frame = null;
                headerFilled = 0;
                sink.accept(done);
            }
        }
    }

    /** Bytes held for a frame not complete yet. */
    public int buffered() {
        return frame == null ? headerFilled : 4 + filled;
    }
}

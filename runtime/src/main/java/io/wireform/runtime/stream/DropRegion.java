package io.wireform.runtime.stream;

import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;

/**
 * The bytes a {@link FrameReader} dropped while resynchronising: contiguous drops are one region,
 * reported to the listener once, at the stream offset where it starts and with its first cause
 * (an error, or "not a magic" for garbage dropped without asking the codec).
 */
final class DropRegion {
    private final DropListener listener;
    private final Magics magics;
    private long total;
    /** The region not yet reported. */
    private long bytes;
    private long at;
    private WireException cause;

    DropRegion(DropListener listener, Magics magics) {
        this.listener = listener;
        this.magics = magics;
    }

    /** A bad frame's {@code count} bytes at the stream's {@code offset}, dropped because of {@code why}. */
    void frame(int count, long offset, WireException why, ByteBuffer bytes, int index) {
        if (why != null && this.bytes == 0) {
            at = offset;
            cause = why;
        }
        garbage(count, offset, bytes, index);
    }

    /** {@code count} bytes at index {@code index} of {@code bytes}, at the stream's {@code offset}, that no frame starts in. */
    void garbage(int count, long offset, ByteBuffer bytes, int index) {
        if (this.bytes == 0) {
            at = offset;
        }
        if (cause == null) {
            cause = magics.notMagic(bytes, index);
        }
        this.bytes += count;
        total += count;
    }

    /** Tells the listener of the region, if there is one, and starts a new one. */
    void report() {
        if (bytes == 0) {
            return;
        }
        long count = bytes;
        WireException why = cause;
        bytes = 0;
        cause = null;
        listener.dropped(count, at, why);
    }

    /** Bytes dropped in all. */
    long total() {
        return total;
    }
}

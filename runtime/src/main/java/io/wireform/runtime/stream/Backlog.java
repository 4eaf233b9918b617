package io.wireform.runtime.stream;

import java.nio.ByteBuffer;

/**
 * The bytes a {@link FrameReader} has received but not yet handed out, dropped or streamed: {@code [head,
 * tail)} of one buffer. It makes room by moving the live bytes to the front when they fill at most half
 * of it, else by growing it (doubling, by at most the largest frame at a time), so that each byte is
 * copied in once and moved a bounded number of times; it counts both, the reader's measures of work.
 * It knows where its bytes are in the stream, counting those that went by without being held.
 */
final class Backlog {
    private final int maxFrameLength;
    ByteBuffer buffer;
    int head;
    int tail;
    /** The stream offset of the byte at {@code head}: of the next byte to come when none is held. */
    private long offset;
    private long copied;
    private long moved;

    Backlog(int initialCapacity, int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
        this.buffer = ByteBuffer.allocate(Math.min(initialCapacity, maxFrameLength + 64));
    }

    /** Bytes held. */
    int size() {
        return tail - head;
    }

    /** Copies {@code count} bytes (no more than {@link #room()}) from {@code chunk}'s position, which moves past them. */
    void copy(ByteBuffer chunk, int count) {
        buffer.limit(buffer.capacity());
        buffer.put(tail, chunk, chunk.position(), count);
        chunk.position(chunk.position() + count);
        tail += count;
        copied += count;
    }

    /** Holds all of {@code chunk}. */
    void keep(ByteBuffer chunk) {
        while (chunk.hasRemaining()) {
            copy(chunk, Math.min(chunk.remaining(), room()));
        }
    }

    /** The bytes before index {@code end} are no longer held: handed out, dropped or streamed. */
    void release(int end) {
        offset += end - head;
        head = end;
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }

    /** Free space at the end of the buffer, made by compacting or growing when there is none. */
    int room() {
        buffer.limit(buffer.capacity()).position(0);
        if (tail < buffer.capacity()) {
            return buffer.capacity() - tail;
        }
        int live = tail - head;
        if (live <= buffer.capacity() / 2 && head > 0) {
            moved += live;
            buffer.put(0, buffer, head, live);
        } else {
            long grown = Math.min((long) buffer.capacity() * 2, maxFrameLength + 64L + buffer.capacity());
            ByteBuffer larger = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, Math.max(grown, live + 1L)));
            larger.put(0, buffer, head, live);
            moved += live;
            buffer = larger;
        }
        tail = live;
        head = 0;
        return buffer.capacity() - tail;
    }

    /** {@code count} bytes of the stream went by without being held: decoded where they were, or read past the buffer. */
    void passed(long count) {
        offset += count;
    }

    long offset() {
        return offset;
    }

    int capacity() {
        return buffer.capacity();
    }

    long copied() {
        return copied;
    }

    long moved() {
        return moved;
    }
}

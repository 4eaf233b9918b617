package io.wireform.runtime.support;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** The lists decoders put into records: read-only, and no copy of the elements they were filled in. */
public final class Lists {
    private Lists() {}

    /**
     * A read-only list over {@code elements}, which the caller hands over and must not touch again.
     * Costs one small object beside the array, where {@code ArrayList} plus an unmodifiable view
     * costs two.
     */
    public static <E> List<E> adopt(E[] elements) {
        return new ArrayView<>(elements);
    }

    /**
     * How many of a list's {@code count} elements, each at least {@code size} bytes, to read from
     * {@code at} before {@code end} (the caller's limit or its length region's end): all of them where
     * they fit, else as many as those bytes can hold. A decoder reads the list element by element, so
     * that an element already wrong before the bytes run out is the error, as {@code frameLength}, which
     * walks the elements, finds it; and it allocates nothing for a count the input cannot hold. Where the
     * room is less than the count and every element read fits, {@link #ranOut} is the error.
     *
     * @throws WireDecodeException for a negative count (a negative length field)
     */
    public static int room(ByteBuffer in, int frameStart, int at, long count, int size, int end, String path) {
        if (count < 0) {
            throw new WireDecodeException(in, frameStart, at, path, "a length of 0 or more", Long.toString(count));
        }
        if (Frames.elements(count, size) <= end - at) {
            return (int) count;
        }
        return (int) (Math.max(0, end - at) / size);
    }

    /**
     * The error for a list whose elements read so far end at {@code at}, with {@code left} more of at
     * least {@code size} bytes each to come, past the caller's {@code limit}: the input ended first.
     */
    public static WireException ranOut(ByteBuffer in, int frameStart, int at, long left, int size, int limit,
                                       String path) {
        return Frames.beyond(in, frameStart, at, at + Frames.elements(left, size), limit, path);
    }

    /** As {@link #ranOut}, for a list inside a length region ending at {@code regionEnd}: malformed. */
    public static WireException ranOutInRegion(ByteBuffer in, int frameStart, int at, long left, int size,
                                               int regionEnd, String path) {
        return Frames.overrun(in, frameStart, at, at + Frames.elements(left, size), regionEnd, path);
    }

    private static final class ArrayView<E> extends AbstractList<E> implements RandomAccess {
        private final E[] elements;

        ArrayView(E[] elements) {
            this.elements = Objects.requireNonNull(elements);
        }

        @Override
        public E get(int index) {
            return elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }
    }
}

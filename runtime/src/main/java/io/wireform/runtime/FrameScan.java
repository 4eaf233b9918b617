package io.wireform.runtime;

/**
 * What a reader remembers between looks at one frame that has not all arrived yet: where a
 * delimiter search of the frame's own layout (a {@code @Terminated} field) ran out of input, so that
 * the next look resumes it rather than searching again from the field's start. Without it, a long
 * line arriving in small chunks would be searched from its start at every chunk: quadratic work.
 *
 * <p>A reader keeps one and {@linkplain #reset() resets} it for each new frame; generated
 * {@code frameLength} methods use it through the two static helpers. A search is known by the offset
 * from the frame's start where it begins, which the bytes before it decide, so a later look at the
 * same frame reaches the same search at the same offset. A nested record's {@code frameLength} counts
 * from its own start: the record measuring it says where that start is in the frame ({@link #enter}),
 * so that searches of different nested records, or of a list's elements, are never taken for one another.
 */
public final class FrameScan {
    /** Offset from the frame's start of the search that ran out of input, or -1. */
    private long searchAt = -1;
    /** Offset from the frame's start up to which that search looked. */
    private long searchedTo;
    /** Offset from the frame's start of the record whose {@code frameLength} runs now. */
    private long base;

    /** Forgets the frame: the next look is at a new one. */
    public void reset() {
        searchAt = -1;
        base = 0;
    }

    /**
     * A nested record {@code offset} bytes into the record being measured is measured next; returns
     * what {@link #leave} restores once it is. {@code scan} may be null.
     */
    public static long enter(FrameScan scan, long offset) {
        if (scan == null) {
            return 0;
        }
        long outer = scan.base;
        scan.base = outer + offset;
        return outer;
    }

    /** The nested record entered last has been measured: {@code outer} is what {@link #enter} returned. */
    public static void leave(FrameScan scan, long outer) {
        if (scan != null) {
            scan.base = outer;
        }
    }

    /**
     * Where the search for a delimiter of {@code delimiterLength} bytes, for a field starting at index
     * {@code at} of the frame starting at {@code start}, begins: past what an earlier look searched, less
     * the bytes a delimiter cut by the end of that input could start with. {@code scan} may be null.
     */
    public static int resume(FrameScan scan, int start, int at, int delimiterLength) {
        if (scan == null || scan.searchAt != scan.base + at - start) {
            return at;
        }
        return (int) Math.max(at, start + scan.searchedTo - scan.base - delimiterLength + 1);
    }

    /**
     * Records that the search for the field starting at {@code at} found no delimiter before
     * {@code limit}. {@code scan} may be null.
     */
    public static void ranOut(FrameScan scan, int start, int at, int limit) {
        if (scan != null) {
            scan.searchAt = scan.base + at - start;
            scan.searchedTo = scan.base + limit - start;
        }
    }
}

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
 * same frame reaches the same search at the same offset.
 */
public final class FrameScan {
    /** Offset from the frame's start of the search that ran out of input, or -1. */
    private long searchAt = -1;
    /** Offset from the frame's start up to which that search looked. */
    private long searchedTo;
    /** Index of the outermost frame's first byte in the input of the current look, or -1 when not told. */
    private int frameStart = -1;

    /** Forgets the frame: the next look is at a new one. */
    public void reset() {
        searchAt = -1;
    }

    /**
     * Says where the frame starts in the input of the look about to be made: a nested record's
     * {@code frameLength} is handed its own start, and two records of a list search at the same offset from
     * theirs, so searches are known by their offset from the outermost frame's start. A reader tells it
     * before each look; without it, offsets count from the start each helper is given.
     */
    public void look(int frameStart) {
        this.frameStart = frameStart;
    }

    /**
     * Where the search for a delimiter of {@code delimiterLength} bytes, for a field starting at index
     * {@code at} of the frame starting at {@code start}, begins: past what an earlier look searched, less
     * the bytes a delimiter cut by the end of that input could start with. {@code scan} may be null.
     */
    public static int resume(FrameScan scan, int start, int at, int delimiterLength) {
        if (scan == null) {
            return at;
        }
        int origin = scan.origin(start);
        if (scan.searchAt != (long) at - origin) {
            return at;
        }
        return (int) Math.max(at, origin + scan.searchedTo - delimiterLength + 1);
    }

    /**
     * Records that the search for the field starting at {@code at} found no delimiter before
     * {@code limit}. {@code scan} may be null.
     */
    public static void ranOut(FrameScan scan, int start, int at, int limit) {
        if (scan != null) {
            int origin = scan.origin(start);
            scan.searchAt = (long) at - origin;
            scan.searchedTo = (long) limit - origin;
        }
    }

    private int origin(int start) {
        return frameStart >= 0 ? frameStart : start;
    }
}

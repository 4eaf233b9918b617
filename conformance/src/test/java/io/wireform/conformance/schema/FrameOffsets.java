package io.wireform.conformance.schema;

import io.wireform.runtime.WireException;

/** Checks that an error's offset and its hex window agree with the bytes of the frame it came from. */
public final class FrameOffsets {
    private FrameOffsets() {}

    /**
     * Null when the byte {@code e}'s window brackets is {@code bytes[frameStart + e.offset()]} (or, for {@code
     * []}, the offset is at or past the end of {@code bytes}) and the bytes around it are those before and after
     * it; else what differs.
     */
    public static String problem(WireException e, byte[] bytes, int frameStart) {
        return problem(e, bytes, frameStart, false);
    }

    /**
     * As {@link #problem(WireException, byte[], int)}; with {@code endsAnywhere}, {@code []} may also stand
     * before the end of {@code bytes}, where the input the error was found in ended (a frame in a stream, whose
     * codec was given that frame alone): the bytes before it must then be those before the offset.
     */
    public static String problem(WireException e, byte[] bytes, int frameStart, boolean endsAnywhere) {
        String window = e.hexWindow();
        if (window.isEmpty()) {
            return null;
        }
        String[] tokens = window.split(" ");
        int marked = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].startsWith("[")) {
                marked = i;
            }
        }
        long at = frameStart + e.offset();
        String where = "offset " + e.offset() + " (" + e.fieldPath() + "), window " + window + ": " + e.getMessage();
        if (marked < 0) {
            return where;
        }
        boolean pastTheEnd = tokens[marked].equals("[]");
        if (pastTheEnd && (endsAnywhere ? at > bytes.length : at < bytes.length)) {
            return where;
        }
        // past the end (more bytes needed): the window ends with the bytes there are
        long first = pastTheEnd && !endsAnywhere ? bytes.length - marked : at - marked;
        if (first < 0 || !pastTheEnd && at >= bytes.length) {
            return where;
        }
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replace("[", "").replace("]", "");
            long index = first + i;
            if (token.isEmpty()) {
                continue; // the byte past the end
            } else if (index >= bytes.length || Integer.parseInt(token, 16) != (bytes[(int) index] & 0xFF)) {
                return where;
            }
        }
        return null;
    }
}

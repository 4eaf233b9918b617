package io.wireform.runtime.support;

import java.nio.ByteBuffer;

/**
 * NULL markers of nullable length prefixes ({@code @Prefixed(nullable = true)}): the all-ones value
 * of a fixed width (PostgreSQL's -1 as {@code FF FF FF FF}), or {@code FB} for a length-encoded
 * integer. Absolute indices; the buffer's position and limit are left alone.
 */
public final class Nulls {
    private Nulls() {}

    /** Whether the {@code width} bytes at {@code at} are all {@code FF}; the caller checked they are there. */
    public static boolean allOnes(ByteBuffer in, int at, int width) {
        for (int k = 0; k < width; k++) {
            if (in.get(at + k) != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Whether the length-encoded integer at {@code at} is {@code FB}, NULL. */
    public static boolean lenenc(ByteBuffer in, int at) {
        return in.get(at) == (byte) Lenencs.NULL;
    }

    /** Writes {@code width} bytes of {@code FF} at {@code at}. */
    public static void putAllOnes(ByteBuffer out, int at, int width) {
        for (int k = 0; k < width; k++) {
            out.put(at + k, (byte) 0xFF);
        }
    }
}

package io.wireform.benchmarks.handwritten;

import io.wireform.benchmarks.model.Fixed16;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * What a user would write for {@link Fixed16} without Wireform: one bounds check, absolute gets and
 * puts, big-endian (the buffers must be in the default {@link java.nio.ByteOrder#BIG_ENDIAN} order).
 */
public final class Fixed16Handwritten {
    public static final int LENGTH = 16;

    private Fixed16Handwritten() {}

    public static void encode(Fixed16 m, ByteBuffer out) {
        int p = out.position();
        if (out.limit() - p < LENGTH) {
            throw new BufferOverflowException();
        }
        out.putInt(p, m.id());
        out.putShort(p + 4, m.kind());
        out.putShort(p + 6, m.flags());
        out.putLong(p + 8, m.timestamp());
        out.position(p + LENGTH);
    }

    public static Fixed16 decode(ByteBuffer in) {
        int p = in.position();
        if (in.limit() - p < LENGTH) {
            throw new BufferUnderflowException();
        }
        Fixed16 m = new Fixed16(in.getInt(p), in.getShort(p + 4), in.getShort(p + 6), in.getLong(p + 8));
        in.position(p + LENGTH);
        return m;
    }
}

package io.wireform.runtime.support;

import io.wireform.runtime.WireDecodeException;
import java.nio.ByteBuffer;

/**
 * MySQL/MariaDB length-encoded integers ({@code int<lenenc>}): a first byte below {@code 0xFB} is
 * the value; {@code 0xFC}, {@code 0xFD} and {@code 0xFE} are followed by the value in 2, 3 and 8
 * little-endian bytes. {@code 0xFB} stands for NULL where a length may be NULL; {@code 0xFF} is never
 * a length-encoded integer (it starts an ERR packet). All methods take absolute indices and leave
 * the buffer's position and limit alone, like {@link Varints}.
 *
 * <p>Encoding is always minimal. Decoding accepts a longer form than needed ({@code FC 05 00} for 5),
 * as MariaDB's own client library does: the protocol documentation gives the forms by range without
 * forbidding a longer one, and a reader that refused them would refuse what servers accept.
 */
public final class Lenencs {
    /** Returned by {@link #length} when the input ends before the integer does. */
    public static final int NEED_MORE = Varints.NEED_MORE;
    /** Bytes of the longest length-encoded integer: {@code FE} and 8 bytes. */
    public static final int MAX_BYTES = 9;
    /** The first byte that stands for NULL in a nullable length. */
    public static final int NULL = 0xFB;
    /** What {@link #get} returns for a NULL ({@code FB}). */
    public static final long NULL_VALUE = -1L;

    private Lenencs() {}

    /** Bytes the minimal encoding of {@code v} (unsigned 64-bit) takes: 1, 3, 4 or 9. */
    public static int sizeOf(long v) {
        if (v >= 0 && v < NULL) {
            return 1;
        }
        if (v >= 0 && v < 1L << 16) {
            return 3;
        }
        return v >= 0 && v < 1L << 24 ? 4 : 9;
    }

    /** Writes the minimal encoding of {@code v} at {@code at}; returns the bytes written, {@link #sizeOf}. */
    public static int put(ByteBuffer out, int at, long v) {
        int size = sizeOf(v);
        if (size == 1) {
            out.put(at, (byte) v);
            return 1;
        }
        out.put(at, (byte) (size == 3 ? 0xFC : size == 4 ? 0xFD : 0xFE));
        for (int k = 1; k < size; k++) {
            out.put(at + k, (byte) (v >>> (8 * (k - 1))));
        }
        return size;
    }

    /** Writes the NULL marker {@code FB} at {@code at}; returns 1. */
    public static int putNull(ByteBuffer out, int at) {
        out.put(at, (byte) NULL);
        return 1;
    }

    /**
     * Length in bytes of the integer at {@code at} (1, 3, 4 or 9), looking no further than {@code limit};
     * known from its first byte.
     *
     * @param nullable whether {@code FB} (NULL, one byte) is allowed
     * @return the length, or {@link #NEED_MORE} if the input ends at {@code limit} before the integer does
     * @throws WireDecodeException for a first byte of {@code FF}, or {@code FB} where NULL is not allowed
     */
    public static int length(ByteBuffer in, int frameStart, int at, int limit, boolean nullable, String path) {
        if (at >= limit) {
            return NEED_MORE;
        }
        int first = in.get(at) & 0xFF;
        int size;
        if (first < NULL) {
            size = 1;
        } else if (first == NULL && nullable) {
            size = 1;
        } else if (first == 0xFC) {
            size = 3;
        } else if (first == 0xFD) {
            size = 4;
        } else if (first == 0xFE) {
            size = 9;
        } else {
            throw new WireDecodeException(in, frameStart, at, path,
                    "a length-encoded integer (first byte 00-FA, FC, FD or FE" + (nullable ? ", or FB for NULL)" : ")"),
                    String.format("0x%02X", first) + (first == NULL ? " (NULL, which this field does not allow)" : ""));
        }
        return size > limit - at ? NEED_MORE : size;
    }

    /**
     * Value of the integer at {@code at}, already known complete and valid by {@link #length}; unsigned
     * 64-bit in a {@code long}, or {@link #NULL_VALUE} for {@code FB}.
     */
    public static long get(ByteBuffer in, int at) {
        int first = in.get(at) & 0xFF;
        if (first < NULL) {
            return first;
        }
        if (first == NULL) {
            return NULL_VALUE;
        }
        int bytes = first == 0xFC ? 2 : first == 0xFD ? 3 : 8;
        long v = 0;
        for (int k = 0; k < bytes; k++) {
            v |= (long) (in.get(at + 1 + k) & 0xFF) << (8 * k);
        }
        return v;
    }

    /** The index just past the integer at {@code at}, or the error for one that is cut off or invalid. */
    public static int end(ByteBuffer in, int frameStart, int at, int limit, boolean nullable, String path) {
        int length = length(in, frameStart, at, limit, nullable, path);
        if (length < 0) {
            throw Frames.beyond(in, frameStart, at, (long) at + needed(in, at, limit), limit, path);
        }
        return at + length;
    }

    /** As {@link #end}, for an integer inside a length region, which it must not overrun. */
    public static int endInRegion(ByteBuffer in, int frameStart, int at, int regionEnd, boolean nullable,
                                  String path) {
        int length = length(in, frameStart, at, regionEnd, nullable, path);
        if (length < 0) {
            throw Frames.overrun(in, frameStart, at, (long) at + needed(in, at, regionEnd), regionEnd, path);
        }
        return at + length;
    }

    /** Bytes the integer at {@code at} needs as far as can be told: its first byte says, if it is there. */
    private static int needed(ByteBuffer in, int at, int limit) {
        if (at >= limit) {
            return 1;
        }
        int first = in.get(at) & 0xFF;
        return first == 0xFC ? 3 : first == 0xFD ? 4 : first == 0xFE ? 9 : 1;
    }
}

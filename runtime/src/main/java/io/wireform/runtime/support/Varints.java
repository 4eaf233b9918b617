package io.wireform.runtime.support;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;

/**
 * Unsigned LEB128 varints (Protocol Buffers' varint, MQTT's remaining length) and zigzag. All
 * methods take absolute indices and leave the buffer's position and limit alone.
 *
 * <p>Decoding is split in two so that a streaming reader can ask "is it all here yet?" without
 * decoding: {@link #length} validates and measures, {@link #get} then reads a varint known to be
 * complete and valid. Non-minimal encodings ({@code 80 00} for 0) are accepted, as Protocol Buffers does.
 */
public final class Varints {
    /** Returned by {@link #length} when the input ends before the varint does. */
    public static final int NEED_MORE = -1;
    /** Bytes of the longest varint of an unsigned 64-bit value. */
    public static final int MAX_LEB128_BYTES = 10;
    /** Bytes of the longest MQTT remaining length. */
    public static final int MAX_MQTT_BYTES = 4;
    /** Largest value an MQTT remaining length can carry: 2^28 - 1. */
    public static final long MAX_MQTT_VALUE = 268_435_455L;

    private Varints() {}

    /** Bytes the unsigned LEB128 encoding of {@code v} takes, {@code v} read as unsigned 64-bit (1..10). */
    public static int sizeOf(long v) {
        int bits = 64 - Long.numberOfLeadingZeros(v | 1);
        return (bits + 6) / 7;
    }

    /**
     * Writes unsigned LEB128 of {@code v} (unsigned 64-bit) at index {@code at}; returns the bytes
     * written, {@link #sizeOf(long) sizeOf(v)}. The caller has made sure they fit.
     */
    public static int put(ByteBuffer out, int at, long v) {
        int i = at;
        while ((v & ~0x7FL) != 0) {
            out.put(i++, (byte) (v | 0x80));
            v >>>= 7;
        }
        out.put(i++, (byte) v);
        return i - at;
    }

    /**
     * Length in bytes of the varint starting at index {@code at}, looking no further than {@code
     * limit} (exclusive).
     *
     * <p>Byte number {@code maxBytes} carrying the continuation bit is an error as soon as it is seen:
     * the reader does not wait for the byte after it. The exception points at that byte (index
     * {@code at + maxBytes - 1}), the last one allowed.
     * When {@code maxBytes} is 10, a 10th byte above {@code 0x01} is an error too (the value would
     * not fit 64 bits), reported at the 10th byte. A {@code maxBytes} above 10 acts as 10.
     *
     * @param frameStart index where the frame starts, for the error's offset
     * @param maxBytes most bytes allowed: {@link #MAX_MQTT_BYTES}, {@link #MAX_LEB128_BYTES}, or fewer
     * @param path field path for the error
     * @return the length (1..maxBytes), or {@link #NEED_MORE} if the input ends at {@code limit}
     *     before a byte without the continuation bit
     * @throws WireDecodeException if the varint is longer than {@code maxBytes} or overflows 64 bits
     */
    public static int length(ByteBuffer in, int frameStart, int at, int limit, int maxBytes, String path) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
        }
        int max = Math.min(maxBytes, MAX_LEB128_BYTES);
        for (int k = 0; k < max; k++) {
            int i = at + k;
            if (i >= limit) {
                return NEED_MORE;
            }
            byte b = in.get(i);
            if (b >= 0) {
                if (k == MAX_LEB128_BYTES - 1 && b > 1) {
                    throw overflow(in, frameStart, i, b, path);
                }
                return k + 1;
            }
        }
        throw tooLong(in, frameStart, at, max, path);
    }

    /**
     * Value of the varint at {@code at}, already known complete and valid by {@link #length}; unsigned
     * 64-bit in a {@code long}. Reads at most 10 bytes whatever the input.
     */
    public static long get(ByteBuffer in, int at) {
        long v = 0;
        for (int k = 0, shift = 0; k < MAX_LEB128_BYTES; k++, shift += 7) {
            byte b = in.get(at + k);
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        return v;
    }

    /** Zigzag: 0, -1, 1, -2, ... to 0, 1, 2, 3, ... so that small negatives stay short. */
    public static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    /** Inverse of {@link #zigzag(long)}. */
    public static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** Checks that {@code value} fits an MQTT remaining length (0..268,435,455) and returns it. */
    public static long mqtt(long value, String path) {
        if (value < 0 || value > MAX_MQTT_VALUE) {
            throw new WireEncodeException(path, "0.." + MAX_MQTT_VALUE + " (MQTT remaining length)",
                    Long.toString(value));
        }
        return value;
    }

    /**
     * Checks that {@code value} is not negative, for an unsigned LEB128 field of a signed Java type
     * (a negative value would otherwise go out as a 10-byte two's complement), and returns it.
     */
    public static long unsigned(long value, String path) {
        if (value < 0) {
            throw new WireEncodeException(path, "a value of at least 0 (unsigned varint)", Long.toString(value));
        }
        return value;
    }

    private static WireDecodeException tooLong(ByteBuffer in, int frameStart, int at, int max, String path) {
        // the error is at the last byte allowed, which is there and says more follow: not at one that may not be
        int last = in.get(at + max - 1) & 0xFF;
        return new WireDecodeException(in, frameStart, at + max - 1, path,
                "a varint of at most " + max + (max == 1 ? " byte" : " bytes"),
                "a " + ordinal(max) + " byte of " + String.format("0x%02X", last) + ", whose continuation bit 0x80 says"
                        + " more bytes follow");
    }

    private static WireDecodeException overflow(ByteBuffer in, int frameStart, int index, byte b, String path) {
        return new WireDecodeException(in, frameStart, index, path,
                "a varint that fits 64 bits (10th byte 0x00 or 0x01)",
                String.format("a 10th byte of 0x%02X", b & 0xFF));
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}

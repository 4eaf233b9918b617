package io.wireform.runtime.support;

import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/** Checks and conversions of record values, shared by generated encoders and decoders. */
public final class Values {
    private Values() {}

    /** Returns {@code value}, or throws if it is null: a wire field always has a value. */
    public static <T> T nonNull(T value, String path) {
        if (value == null) {
            throw new WireEncodeException(path, "a value", "null");
        }
        return value;
    }

    /** Checks that {@code value} fits an unsigned integer of {@code width} bytes (1 to 7). */
    public static long unsigned(long value, int width, String path) {
        if (value < 0 || (value >>> (8 * width)) != 0) {
            throw new WireEncodeException(path,
                    "0.." + ((1L << (8 * width)) - 1) + " (unsigned " + width + "-byte)", Long.toString(value));
        }
        return value;
    }

    /** Checks that {@code value} fits a signed integer of {@code width} bytes (1 to 7). */
    public static long signed(long value, int width, String path) {
        long min = -(1L << (8 * width - 1));
        long max = (1L << (8 * width - 1)) - 1;
        if (value < min || value > max) {
            throw new WireEncodeException(path,
                    min + ".." + max + " (signed " + width + "-byte)", Long.toString(value));
        }
        return value;
    }

    /** Checks that {@code bytes} fit in {@code size} bytes and returns them. */
    public static byte[] fitting(byte[] bytes, int size, String path) {
        nonNull(bytes, path);
        if (bytes.length > size) {
            throw new WireEncodeException(path, "at most " + size + " bytes", bytes.length + " bytes");
        }
        return bytes;
    }

    /** Encodes {@code text} and checks that it fits in {@code size} bytes. */
    public static byte[] fitting(String text, Charset charset, int size, String path) {
        nonNull(text, path);
        byte[] bytes = text.getBytes(charset);
        if (bytes.length > size) {
            throw new WireEncodeException(path, "at most " + size + " bytes in " + charset,
                    bytes.length + " bytes");
        }
        return bytes;
    }

    /** Writes {@code bytes} at {@code at}, then {@code pad} up to {@code size} bytes. */
    public static void putPadded(ByteBuffer out, int at, byte[] bytes, int size, byte pad) {
        out.put(at, bytes);
        Frames.fill(out, at + bytes.length, size - bytes.length, pad);
    }

    /** Decodes a fixed-size text field: trailing {@code pad} bytes are dropped, the rest decoded. */
    public static String getPaddedString(ByteBuffer in, int at, int size, byte pad, Charset charset) {
        int end = size;
        while (end > 0 && in.get(at + end - 1) == pad) {
            end--;
        }
        byte[] bytes = new byte[end];
        in.get(at, bytes);
        return new String(bytes, charset);
    }
}

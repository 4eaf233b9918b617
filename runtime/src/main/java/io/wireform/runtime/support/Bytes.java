package io.wireform.runtime.support;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Absolute reads and writes of numbers in a stated byte order, whatever the buffer's own {@link
 * ByteBuffer#order()}. Byte-buffer view handles compile to a single load or store plus a byte swap
 * where needed, which is what hand-written code gets from {@code getInt} on a buffer of the right order.
 */
public final class Bytes {
    private static final VarHandle SHORT_BE = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT_LE = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_BE = MethodHandles.byteBufferViewVarHandle(float[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle FLOAT_LE = MethodHandles.byteBufferViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_BE = MethodHandles.byteBufferViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle DOUBLE_LE = MethodHandles.byteBufferViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {}

    public static short getShortBE(ByteBuffer b, int i) { return (short) SHORT_BE.get(b, i); }
    public static short getShortLE(ByteBuffer b, int i) { return (short) SHORT_LE.get(b, i); }
    public static int getIntBE(ByteBuffer b, int i) { return (int) INT_BE.get(b, i); }
    public static int getIntLE(ByteBuffer b, int i) { return (int) INT_LE.get(b, i); }
    public static long getLongBE(ByteBuffer b, int i) { return (long) LONG_BE.get(b, i); }
    public static long getLongLE(ByteBuffer b, int i) { return (long) LONG_LE.get(b, i); }
    public static float getFloatBE(ByteBuffer b, int i) { return (float) FLOAT_BE.get(b, i); }
    public static float getFloatLE(ByteBuffer b, int i) { return (float) FLOAT_LE.get(b, i); }
    public static double getDoubleBE(ByteBuffer b, int i) { return (double) DOUBLE_BE.get(b, i); }
    public static double getDoubleLE(ByteBuffer b, int i) { return (double) DOUBLE_LE.get(b, i); }

    public static void putShortBE(ByteBuffer b, int i, short v) { SHORT_BE.set(b, i, v); }
    public static void putShortLE(ByteBuffer b, int i, short v) { SHORT_LE.set(b, i, v); }
    public static void putIntBE(ByteBuffer b, int i, int v) { INT_BE.set(b, i, v); }
    public static void putIntLE(ByteBuffer b, int i, int v) { INT_LE.set(b, i, v); }
    public static void putLongBE(ByteBuffer b, int i, long v) { LONG_BE.set(b, i, v); }
    public static void putLongLE(ByteBuffer b, int i, long v) { LONG_LE.set(b, i, v); }
    public static void putFloatBE(ByteBuffer b, int i, float v) { FLOAT_BE.set(b, i, v); }
    public static void putFloatLE(ByteBuffer b, int i, float v) { FLOAT_LE.set(b, i, v); }
    public static void putDoubleBE(ByteBuffer b, int i, double v) { DOUBLE_BE.set(b, i, v); }
    public static void putDoubleLE(ByteBuffer b, int i, double v) { DOUBLE_LE.set(b, i, v); }

    /** Unsigned big-endian integer of {@code width} bytes (3, 5, 6 or 7; other widths have handles). */
    public static long getUnsignedBE(ByteBuffer b, int i, int width) {
        long v = 0;
        for (int k = 0; k < width; k++) {
            v = (v << 8) | (b.get(i + k) & 0xFFL);
        }
        return v;
    }

    /** Unsigned little-endian integer of {@code width} bytes. */
    public static long getUnsignedLE(ByteBuffer b, int i, int width) {
        long v = 0;
        for (int k = width - 1; k >= 0; k--) {
            v = (v << 8) | (b.get(i + k) & 0xFFL);
        }
        return v;
    }

    /** Signed big-endian integer of {@code width} bytes, sign-extended. */
    public static long getSignedBE(ByteBuffer b, int i, int width) {
        int unused = 64 - 8 * width;
        return (getUnsignedBE(b, i, width) << unused) >> unused;
    }

    /** Signed little-endian integer of {@code width} bytes, sign-extended. */
    public static long getSignedLE(ByteBuffer b, int i, int width) {
        int unused = 64 - 8 * width;
        return (getUnsignedLE(b, i, width) << unused) >> unused;
    }

    /** The low {@code width} bytes of {@code v}, big-endian. */
    public static void putBE(ByteBuffer b, int i, int width, long v) {
        for (int k = width - 1; k >= 0; k--, v >>>= 8) {
            b.put(i + k, (byte) v);
        }
    }

    /** The low {@code width} bytes of {@code v}, little-endian. */
    public static void putLE(ByteBuffer b, int i, int width, long v) {
        for (int k = 0; k < width; k++, v >>>= 8) {
            b.put(i + k, (byte) v);
        }
    }
}

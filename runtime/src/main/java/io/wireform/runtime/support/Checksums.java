package io.wireform.runtime.support;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The checksums of {@code io.wireform.annotations.ChecksumType}, each over bytes {@code [from, to)}
 * of a buffer (absolute indices, within its limit), the result in the low bits of the {@code int}.
 * The buffer's position and limit are left alone.
 *
 * <p>The CRC-8 and CRC-16 variants use 256-entry tables built once. CRC-32 and CRC-32C use {@code
 * java.util.zip}, which the JVM implements with intrinsics, on the backing array or, for a direct
 * buffer, on a duplicate of the buffer (a view, not a copy). A read-only heap buffer exposes neither,
 * and {@code java.util.zip} would copy it through a scratch array; table versions serve it instead.
 */
public final class Checksums {
    private static final int[] CRC8_SMBUS = new int[256];
    private static final int[] CRC16_MODBUS = new int[256];
    private static final int[] CRC16_CCITT_FALSE = new int[256];
    private static final int[] CRC32_ISO_HDLC = new int[256];
    private static final int[] CRC32_CASTAGNOLI = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c8 = n;
            int c16 = n << 8;
            for (int k = 0; k < 8; k++) {
                c8 = (c8 & 0x80) != 0 ? (c8 << 1) ^ 0x07 : c8 << 1;
                c16 = (c16 & 0x8000) != 0 ? (c16 << 1) ^ 0x1021 : c16 << 1;
            }
            CRC8_SMBUS[n] = c8 & 0xFF;
            CRC16_CCITT_FALSE[n] = c16 & 0xFFFF;
            CRC16_MODBUS[n] = reflectedEntry(n, 0xA001);           // 0x8005 reflected
            CRC32_ISO_HDLC[n] = reflectedEntry(n, 0xEDB88320);     // 0x04C11DB7 reflected
            CRC32_CASTAGNOLI[n] = reflectedEntry(n, 0x82F63B78);   // 0x1EDC6F41 reflected
        }
    }

    private Checksums() {}

    /** CRC-8/SMBUS: poly 0x07, init 0x00, no reflection, no final XOR. Check 0xF4. */
    public static int crc8(ByteBuffer buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.limit());
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc = CRC8_SMBUS[(crc ^ buf.get(i)) & 0xFF];
        }
        return crc;
    }

    /** CRC-16/MODBUS: poly 0x8005 reflected, init 0xFFFF, no final XOR. Check 0x4B37. Sent little-endian. */
    public static int crc16Modbus(ByteBuffer buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.limit());
        int crc = 0xFFFF;
        for (int i = from; i < to; i++) {
            crc = (crc >>> 8) ^ CRC16_MODBUS[(crc ^ buf.get(i)) & 0xFF];
        }
        return crc;
    }

    /** CRC-16/CCITT-FALSE (IBM-3740): poly 0x1021, init 0xFFFF, no reflection, no final XOR. Check 0x29B1. */
    public static int crc16CcittFalse(ByteBuffer buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.limit());
        int crc = 0xFFFF;
        for (int i = from; i < to; i++) {
            crc = ((crc << 8) ^ CRC16_CCITT_FALSE[((crc >>> 8) ^ buf.get(i)) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    /** CRC-32 (ISO-HDLC), as {@link CRC32}. Check 0xCBF43926. */
    public static int crc32(ByteBuffer buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.limit());
        if (buf.hasArray()) {
            CRC32 crc = new CRC32();
            crc.update(buf.array(), buf.arrayOffset() + from, to - from);
            return (int) crc.getValue();
        }
        if (buf.isDirect()) {
            CRC32 crc = new CRC32();
            crc.update(window(buf, from, to));
            return (int) crc.getValue();
        }
        return reflected32(CRC32_ISO_HDLC, buf, from, to);
    }

    /** CRC-32C (Castagnoli), as {@link CRC32C}. Check 0xE3069283. */
    public static int crc32c(ByteBuffer buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.limit());
        if (buf.hasArray()) {
            CRC32C crc = new CRC32C();
            crc.update(buf.array(), buf.arrayOffset() + from, to - from);
            return (int) crc.getValue();
        }
        if (buf.isDirect()) {
            CRC32C crc = new CRC32C();
            crc.update(window(buf, from, to));
            return (int) crc.getValue();
        }
        return reflected32(CRC32_CASTAGNOLI, buf, from, to);
    }

    /** Sum of the bytes modulo 256. Check 0xDD. */
    public static int sum8(ByteBuffer buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.limit());
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += buf.get(i);
        }
        return sum & 0xFF;
    }

    /** XOR of the bytes. Check 0x31. */
    public static int xor8(ByteBuffer buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.limit());
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= buf.get(i);
        }
        return x & 0xFF;
    }

    /** A view of {@code [from, to)} with its own position and limit; the caller's are untouched. */
    private static ByteBuffer window(ByteBuffer buf, int from, int to) {
        ByteBuffer view = buf.duplicate();
        view.limit(to);
        view.position(from);
        return view;
    }

    /** Table-driven reflected CRC-32 with init and final XOR 0xFFFFFFFF. */
    private static int reflected32(int[] table, ByteBuffer buf, int from, int to) {
        int crc = ~0;
        for (int i = from; i < to; i++) {
            crc = (crc >>> 8) ^ table[(crc ^ buf.get(i)) & 0xFF];
        }
        return ~crc;
    }

    private static int reflectedEntry(int n, int reversedPoly) {
        int c = n;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) != 0 ? (c >>> 1) ^ reversedPoly : c >>> 1;
        }
        return c;
    }
}

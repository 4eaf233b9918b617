package io.wireform.samples.websocket;

/**
 * RFC 6455 5.3: "octet i of the transformed data is the XOR of octet i of the original data with
 * octet at index i modulo 4 of the masking key", the key's first octet being its most significant
 * (the order it has on the wire). The same call masks and unmasks.
 */
public final class Masking {
    private Masking() {}

    /** XORs {@code length} bytes of {@code data} from {@code offset} in place, {@code position} bytes into the payload. */
    public static void apply(int maskingKey, long position, byte[] data, int offset, int length) {
        for (int i = 0; i < length; i++) {
            int shift = 24 - 8 * (int) ((position + i) & 3);
            data[offset + i] ^= (byte) (maskingKey >>> shift);
        }
    }

    /** A masked (or unmasked) copy of {@code data}. */
    public static byte[] apply(int maskingKey, byte[] data) {
        byte[] copy = data.clone();
        apply(maskingKey, 0, copy, 0, copy.length);
        return copy;
    }
}

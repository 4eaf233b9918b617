package io.wireform.runtime.support;

import io.wireform.runtime.WireEncodeException;

/**
 * IEEE 754 binary16 ("half") conversions, as Python {@code struct}'s {@code 'e'} makes them:
 * round to nearest, ties to even, subnormals kept; JDK 17 has no {@code Float.floatToFloat16}.
 */
public final class Halfs {
    private Halfs() {}

    /** The float a half's 16 bits stand for; exact (every half is a float). */
    public static float toFloat(short half) {
        int bits = half & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        if (exponent == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13)); // infinity or NaN, payload kept
        }
        if (exponent == 0) {
            float value = mantissa * 0x1p-24f; // subnormal: mantissa x 2^-24, exact in a float
            return sign == 0 ? value : -value;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    /**
     * The 16 bits of the half nearest {@code value} (ties to even); infinities and NaN map to theirs.
     *
     * @throws WireEncodeException for a finite value that rounds beyond the largest half (65,504)
     */
    public static short fromFloat(float value, String path) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xFF;
        int mantissa = bits & 0x7FFFFF;
        if (exponent == 0xFF) {
            // infinity stays infinity; a NaN keeps the top of its payload, and stays a NaN
            return (short) (sign | 0x7C00 | (mantissa == 0 ? 0 : 0x200 | (mantissa >>> 13)));
        }
        int e = exponent - 127 + 15;
        if (e >= 0x1F) {
            throw tooLarge(value, path);
        }
        if (e <= 0) {
            if (e < -10) {
                return (short) sign; // rounds to a signed zero
            }
            // subnormal half: shift the full mantissa (with its implicit 1) into place, rounding to even
            int full = mantissa | 0x800000;
            int shift = 14 - e;
            int half = full >>> shift;
            int rest = full & ((1 << shift) - 1);
            int midpoint = 1 << (shift - 1);
            if (rest > midpoint || (rest == midpoint && (half & 1) != 0)) {
                half++;
            }
            return (short) (sign | half);
        }
        int half = (e << 10) | (mantissa >>> 13);
        int rest = mantissa & 0x1FFF;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0)) {
            half++; // may carry into the exponent, which is right, up to infinity
        }
        if ((half & 0x7C00) == 0x7C00) {
            throw tooLarge(value, path);
        }
        return (short) (sign | half);
    }

    private static WireEncodeException tooLarge(float value, String path) {
        return new WireEncodeException(path, "a value a half-precision float holds (at most 65504 in magnitude)",
                Float.toString(value));
    }
}

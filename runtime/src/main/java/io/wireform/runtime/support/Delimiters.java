package io.wireform.runtime.support;

import java.nio.ByteBuffer;

/**
 * Search for the delimiter of a terminated field. Absolute indices; the buffer's position and limit
 * are left alone; nothing is allocated while decoding.
 *
 * <p>Every call is linear in the bytes searched. Delimiters of up to {@value #SHORT} bytes use a
 * direct scan (at most {@value #SHORT} comparisons a byte); longer ones use the Two-Way algorithm
 * (Crochemore and Perrin, 1991), linear with constant extra space, so a hostile input of near-matches
 * cannot make a search quadratic.
 *
 * <p>A streaming reader that calls {@link #indexOf} again after more bytes arrive stays linear
 * overall if it resumes at {@code max(from, previousLimit - delimiter.length + 1)} rather than at the
 * field's start.
 */
public final class Delimiters {
    /** Longest delimiter searched by direct scan. */
    static final int SHORT = 4;

    private Delimiters() {}

    /**
     * Index of the first occurrence of {@code delimiter} at or after {@code from} that lies wholly
     * before {@code limit}, or -1 if there is none. An empty delimiter is found at {@code from} (if
     * {@code from <= limit}), as {@link String#indexOf(String, int)} would.
     *
     * @throws IndexOutOfBoundsException if {@code from} is negative or {@code limit} is past the
     *     buffer's limit
     */
    public static int indexOf(ByteBuffer in, int from, int limit, byte[] delimiter) {
        if (from < 0 || limit > in.limit()) {
            throw new IndexOutOfBoundsException(
                    "from " + from + ", limit " + limit + " outside 0.." + in.limit());
        }
        int m = delimiter.length;
        if (m == 1) {
            byte d = delimiter[0];
            for (int i = from; i < limit; i++) {
                if (in.get(i) == d) {
                    return i;
                }
            }
            return -1;
        }
        if (m == 0) {
            return from <= limit ? from : -1;
        }
        if (m <= SHORT) {
            return scan(in, from, limit, delimiter);
        }
        return twoWay(in, from, limit, delimiter);
    }

    /**
     * Whether {@code value} contains {@code delimiter} anywhere: such a value cannot be written
     * before its terminator. An empty delimiter is contained in everything.
     */
    public static boolean contains(byte[] value, byte[] delimiter) {
        int m = delimiter.length;
        if (m == 0) {
            return true;
        }
        if (m <= SHORT) {
            byte first = delimiter[0];
            outer:
            for (int i = 0, last = value.length - m; i <= last; i++) {
                if (value[i] != first) {
                    continue;
                }
                for (int k = 1; k < m; k++) {
                    if (value[i + k] != delimiter[k]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
        return twoWay(ByteBuffer.wrap(value), 0, value.length, delimiter) >= 0;
    }

    /** Direct scan: O((limit - from) * delimiter.length). */
    static int scan(ByteBuffer in, int from, int limit, byte[] delimiter) {
        int m = delimiter.length;
        byte first = delimiter[0];
        outer:
        for (int i = from, last = limit - m; i <= last; i++) {
            if (in.get(i) != first) {
                continue;
            }
            for (int k = 1; k < m; k++) {
                if (in.get(i + k) != delimiter[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Two-Way string matching (after Charras and Lecroq, "Exact String Matching Algorithms"): at most
     * 2n comparisons for a text of n bytes, O(m) preprocessing, no extra space. {@code x} non-empty.
     */
    static int twoWay(ByteBuffer in, int from, int limit, byte[] x) {
        int m = x.length;
        int last = limit - m;
        if (from > last) {
            return -1;
        }
        // Critical factorization x = x[0..ell] x[ell+1..m-1], from the larger of the two maximal
        // suffixes (one per ordering of the alphabet).
        long s = maxSuffix(x, false);
        long t = maxSuffix(x, true);
        int ell;
        int per;
        if ((int) (s >> 32) > (int) (t >> 32)) {
            ell = (int) (s >> 32);
            per = (int) s;
        } else {
            ell = (int) (t >> 32);
            per = (int) t;
        }
        if (regionEquals(x, 0, per, ell + 1)) {
            // per is the period of x: remember how much of the left half the last shift kept matched.
            int memory = -1;
            for (int j = from; j <= last; ) {
                int i = Math.max(ell, memory) + 1;
                while (i < m && x[i] == in.get(j + i)) {
                    i++;
                }
                if (i >= m) {
                    i = ell;
                    while (i > memory && x[i] == in.get(j + i)) {
                        i--;
                    }
                    if (i <= memory) {
                        return j;
                    }
                    j += per;
                    memory = m - per - 1;
                } else {
                    j += i - ell;
                    memory = -1;
                }
            }
        } else {
            per = Math.max(ell + 1, m - ell - 1) + 1;
            for (int j = from; j <= last; ) {
                int i = ell + 1;
                while (i < m && x[i] == in.get(j + i)) {
                    i++;
                }
                if (i >= m) {
                    i = ell;
                    while (i >= 0 && x[i] == in.get(j + i)) {
                        i--;
                    }
                    if (i < 0) {
                        return j;
                    }
                    j += per;
                } else {
                    j += i - ell;
                }
            }
        }
        return -1;
    }

    /**
     * Start (minus one) and period of the maximal suffix of {@code x} under the unsigned byte order, or
     * under its reverse; packed as {@code start << 32 | period} to avoid allocating a pair.
     */
    private static long maxSuffix(byte[] x, boolean reversed) {
        int m = x.length;
        int ms = -1;
        int j = 0;
        int k = 1;
        int p = 1;
        while (j + k < m) {
            int a = x[j + k] & 0xFF;
            int b = x[ms + k] & 0xFF;
            if (reversed ? a > b : a < b) {
                j += k;
                k = 1;
                p = j - ms;
            } else if (a == b) {
                if (k != p) {
                    k++;
                } else {
                    j += p;
                    k = 1;
                }
            } else {
                ms = j;
                j = ms + 1;
                k = 1;
                p = 1;
            }
        }
        return ((long) ms << 32) | (p & 0xFFFFFFFFL);
    }

    private static boolean regionEquals(byte[] x, int a, int b, int length) {
        for (int k = 0; k < length; k++) {
            if (x[a + k] != x[b + k]) {
                return false;
            }
        }
        return true;
    }
}

package io.wireform.runtime.stream;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;

/**
 * The magics a codec's frames start with, as a reader that resynchronises looks for them: where one
 * starts (or could start, cut by the end of what has arrived), and the cheap cause of garbage dropped
 * before one.
 */
final class Magics {
    /** {@code 0x00} to {@code 0xff}, for the causes of dropped bytes. */
    private static final String[] BYTE_TEXT = new String[256];

    static {
        for (int b = 0; b < 256; b++) {
            BYTE_TEXT[b] = String.format("0x%02x", b);
        }
    }

    private final byte[][] magics;
    /** Whether some magic starts with the byte: most garbage is passed over on this alone. */
    private final boolean[] starts = new boolean[256];
    private final String name;
    /** The longest magic's length. */
    private final int longest;
    /** Whether a framing's header comes before the message, and so before its magic. */
    private final boolean afterHeader;
    /** What the cause of dropped garbage expected, made once. */
    private String notMagicExpected;

    /** {@code afterHeader}: the frames are in a framing whose header comes before the message. */
    Magics(List<byte[]> magics, String name, boolean afterHeader) {
        this.magics = magics.toArray(new byte[0][]);
        int longest = 0;
        for (byte[] magic : this.magics) {
            longest = Math.max(longest, magic.length);
            if (magic.length == 0) {
                java.util.Arrays.fill(starts, true); // an empty magic starts anywhere
            } else {
                starts[magic[0] & 0xFF] = true;
            }
        }
        this.longest = longest;
        this.name = name;
        this.afterHeader = afterHeader;
    }

    /** The longest magic's length. */
    int longest() {
        return longest;
    }

    /** Whether some magic starts with byte {@code b}. */
    boolean startsWith(byte b) {
        return starts[b & 0xFF];
    }

    /**
     * Whether a magic starts at index {@code i} of {@code bytes}: {@link FrameStarts#MAY} when one does, {@link
     * FrameStarts#NO} when none can, else how many bytes from {@code i} must be there to say (more than {@code
     * end - i}): some magic matches all the bytes there are before {@code end}.
     */
    int match(ByteBuffer bytes, int i, int end) {
        if (i < end && !starts[bytes.get(i) & 0xFF]) {
            return FrameStarts.NO;
        }
        boolean cut = false;
        for (byte[] magic : magics) {
            int k = 0;
            while (k < magic.length && i + k < end && bytes.get(i + k) == magic[k]) {
                k++;
            }
            if (k == magic.length) {
                return FrameStarts.MAY;
            }
            cut |= i + k >= end;
        }
        return cut ? Math.max(end - i, 0) + 1 : FrameStarts.NO;
    }

    boolean isEmpty() {
        return magics.length == 0;
    }

    /** Whether a magic starts at index {@code i} of {@code bytes}, or could start there in bytes past {@code end}. */
    boolean at(ByteBuffer bytes, int i, int end) {
        if (i >= end) {
            return true; // any magic could start in the bytes to come
        }
        if (!starts[bytes.get(i) & 0xFF]) {
            return false;
        }
        for (byte[] magic : magics) {
            int k = 0;
            while (k < magic.length && i + k < end && bytes.get(i + k) == magic[k]) {
                k++;
            }
            if (k == magic.length || i + k == end) {
                return true;
            }
        }
        return false;
    }

    /** The first index after {@code from} and before {@code end} where a magic starts or could start, else {@code end}. */
    int next(ByteBuffer bytes, int from, int end) {
        if (bytes.hasArray()) {
            // the reader's own buffer and most chunks: the array itself, without a bounds check a byte
            byte[] array = bytes.array();
            int offset = bytes.arrayOffset();
            for (int i = from + 1; i < end; i++) {
                if (starts[array[offset + i] & 0xFF] && at(bytes, i, end)) {
                    return i;
                }
            }
            return end;
        }
        for (int i = from + 1; i < end; i++) {
            if (starts[bytes.get(i) & 0xFF] && at(bytes, i, end)) {
                return i;
            }
        }
        return end;
    }

    /**
     * The cause of garbage dropped before any magic, at its first byte: cheap, without a stack trace, its words
     * made once.
     */
    WireException notMagic(ByteBuffer bytes, int at) {
        if (notMagicExpected == null) {
            HexFormat hex = HexFormat.ofDelimiter(" ");
            StringBuilder expected = new StringBuilder("a frame starting with ");
            for (int m = 0; m < magics.length; m++) {
                expected.append(m == 0 ? "" : m == magics.length - 1 ? " or " : ", ").append(hex.formatHex(magics[m]));
            }
            notMagicExpected = expected + (afterHeader ? " after its framing's header" : "");
        }
        return new WireDecodeException(bytes, at, at, name + ".<magic>", notMagicExpected, BYTE_TEXT[bytes.get(at) & 0xFF],
                false);
    }
}

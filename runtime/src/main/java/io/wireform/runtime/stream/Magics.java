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

    private final List<byte[]> magics;
    private final String name;
    /** What the cause of dropped garbage expected, made once. */
    private String notMagicExpected;

    Magics(List<byte[]> magics, String name) {
        this.magics = List.copyOf(magics);
        this.name = name;
    }

    boolean isEmpty() {
        return magics.isEmpty();
    }

    /** Whether a magic starts at index {@code i} of {@code bytes}, or could start there in bytes past {@code end}. */
    boolean at(ByteBuffer bytes, int i, int end) {
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
        for (int i = from + 1; i < end; i++) {
            if (at(bytes, i, end)) {
                return i;
            }
        }
        return end;
    }

    /** The cause of garbage dropped before any magic: cheap, without a stack trace, its words made once. */
    WireException notMagic(ByteBuffer bytes, int at) {
        if (notMagicExpected == null) {
            HexFormat hex = HexFormat.ofDelimiter(" ");
            StringBuilder expected = new StringBuilder("a frame starting with ");
            for (int m = 0; m < magics.size(); m++) {
                expected.append(m == 0 ? "" : m == magics.size() - 1 ? " or " : ", ").append(hex.formatHex(magics.get(m)));
            }
            notMagicExpected = expected.toString();
        }
        return new WireDecodeException(bytes, at, at, name + ".<magic>", notMagicExpected, BYTE_TEXT[bytes.get(at) & 0xFF],
                false);
    }
}

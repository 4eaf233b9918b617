package io.wireform.runtime.support;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/** Bounds and marker checks shared by generated decoders and encoders. */
public final class Frames {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private Frames() {}

    /**
     * Checks that {@code length} bytes are there from the input's position and returns that position.
     *
     * @throws TruncatedFrameException naming {@code path}, with bytes needed and available
     */
    public static int require(ByteBuffer in, int length, String path) {
        int start = in.position();
        if (in.remaining() < length) {
            throw new TruncatedFrameException(in, start, path, length, in.remaining());
        }
        return start;
    }

    /**
     * Checks that {@code length} bytes fit from the output's position and returns that position.
     *
     * @throws BufferOverflowException if they do not; nothing has been written
     */
    public static int reserve(ByteBuffer out, int length) {
        if (out.remaining() < length) {
            throw new BufferOverflowException();
        }
        return out.position();
    }

    /** Checks the constant bytes {@code marker} at index {@code at}; reports the first byte that differs. */
    public static void expectMarker(ByteBuffer in, int frameStart, int at, byte[] marker, String path) {
        for (int k = 0; k < marker.length; k++) {
            if (in.get(at + k) != marker[k]) {
                byte[] found = new byte[marker.length];
                in.get(at, found);
                throw new WireDecodeException(in, frameStart, at + k, path,
                        HEX.formatHex(marker), HEX.formatHex(found));
            }
        }
    }

    /** Writes {@code count} copies of {@code fill} from index {@code at}. */
    public static void fill(ByteBuffer out, int at, int count, byte fill) {
        for (int k = 0; k < count; k++) {
            out.put(at + k, fill);
        }
    }

    /** A copy of {@code length} bytes from index {@code at}. */
    public static byte[] getBytes(ByteBuffer in, int at, int length) {
        byte[] bytes = new byte[length];
        in.get(at, bytes);
        return bytes;
    }
}

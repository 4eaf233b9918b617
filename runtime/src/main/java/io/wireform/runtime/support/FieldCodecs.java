package io.wireform.runtime.support;

import io.wireform.runtime.FieldCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;

/**
 * Calls of a user's {@link FieldCodec} from generated code: each checks what the codec did (the
 * position it left, the length it told) and places every error it throws at the component's path
 * and offset, so that only the {@link WireException} family leaves a message's codec.
 */
public final class FieldCodecs {
    private FieldCodecs() {}

    /**
     * Reads the value at {@code at} and returns it; the index past it is then the input's position.
     * On error the position is {@code frameStart} again.
     */
    public static <T> T read(FieldCodec<T> codec, ByteBuffer in, int frameStart, int at, int limit, int origin,
                             String path) {
        return read(codec, in, frameStart, at, limit, origin, path, false);
    }

    /**
     * As {@link #read}, where {@code limit} is the end of a length region: a value the codec finds cut
     * short there is a malformed frame, since the region's bytes are all there.
     */
    public static <T> T readInRegion(FieldCodec<T> codec, ByteBuffer in, int frameStart, int at, int regionEnd,
                                     int origin, String path) {
        return read(codec, in, frameStart, at, regionEnd, origin, path, true);
    }

    private static <T> T read(FieldCodec<T> codec, ByteBuffer in, int frameStart, int at, int limit, int origin,
                              String path, boolean region) {
        in.position(at);
        T value;
        try {
            value = codec.read(in, limit, origin);
        } catch (WireException e) {
            in.position(frameStart);
            throw (region ? Frames.withinRegion(e, in, at, limit) : e).nestedIn(path, at - frameStart);
        } catch (RuntimeException e) {
            in.position(frameStart);
            throw new WireDecodeException(in, frameStart, at, path, "a value " + name(codec) + " reads", describe(e));
        }
        int end = in.position();
        if (end < at || end > limit) {
            in.position(frameStart);
            throw new WireDecodeException(in, frameStart, at, path, "a value " + name(codec) + " reads within the "
                    + (limit - at) + " bytes up to its limit", name(codec) + " moved the position to " + (end - at)
                    + " bytes on");
        }
        if (value == null) {
            in.position(frameStart);
            throw new WireDecodeException(in, frameStart, at, path, "a value " + name(codec) + " reads", "null");
        }
        return value;
    }

    /** The value's size, checked by the codec: its errors name the component. */
    public static <T> int size(FieldCodec<T> codec, T value, String path) {
        int size;
        try {
            size = codec.size(Values.nonNull(value, path));
        } catch (WireException e) {
            throw e.nestedIn(path, 0);
        } catch (RuntimeException e) {
            throw new WireEncodeException(path, "a value " + name(codec) + " writes", describe(e));
        }
        if (size < 0) {
            throw new WireEncodeException(path, "a size of 0 or more from " + name(codec), Integer.toString(size));
        }
        return size;
    }

    /**
     * Writes the value, whose {@link #size} is {@code size}, at {@code at}; returns the index past it.
     * The output's position is {@code frameStart} when it returns or throws.
     */
    public static <T> int write(FieldCodec<T> codec, T value, int size, ByteBuffer out, int frameStart, int at,
                                String path) {
        out.position(at);
        int end;
        try {
            codec.write(value, out);
            end = out.position();
        } catch (WireException e) {
            throw e.nestedIn(path, 0);
        } catch (RuntimeException e) {
            throw new WireEncodeException(path, "a value " + name(codec) + " writes", describe(e));
        } finally {
            out.position(frameStart);
        }
        if (end - at != size) {
            throw new WireEncodeException(path, size + " bytes, as " + name(codec) + ".size said",
                    (end - at) + " bytes written");
        }
        return end;
    }

    /**
     * The codec's length of the value at {@code at}, or its negative hint; frameLength's errors name
     * the component as decode's do.
     */
    public static int length(FieldCodec<?> codec, ByteBuffer in, int frameStart, int at, int limit, String path) {
        int length;
        try {
            length = codec.length(in, at, limit);
        } catch (WireException e) {
            throw e.nestedIn(path, at - frameStart);
        } catch (RuntimeException e) {
            throw new WireDecodeException(in, frameStart, at, path, "a value " + name(codec) + " reads", describe(e));
        }
        if (length == Integer.MIN_VALUE) {
            throw new WireDecodeException(in, frameStart, at, path, "a length from " + name(codec), "Integer.MIN_VALUE");
        }
        return length;
    }

    private static String name(FieldCodec<?> codec) {
        return codec.getClass().getSimpleName();
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}

package io.wireform.runtime.support;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
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

    /** Checks that a fallback record's tag is none of the other records' {@code tags}, which it would read back as. */
    public static void unknownTag(long tag, long[] tags, String path) {
        for (long known : tags) {
            if (known == tag) {
                throw new WireEncodeException(path, "a tag no other record has (the fallback decodes only those)",
                        "0x" + Long.toHexString(tag) + ", another record's tag");
            }
        }
    }

    /** Checks that a selector's value chooses the record being written, which it must to read it back. */
    public static void chosen(boolean chosen, Object value, long selector, String path, String selectorName) {
        if (!chosen) {
            throw new WireEncodeException(path, "a record that " + selectorName + " = " + selector + " chooses",
                    value.getClass().getSimpleName());
        }
    }

    /** Checks that a {@code @Const} component holds its value. */
    public static void expectConstant(long value, long constant, String path) {
        if (value != constant) {
            throw new WireEncodeException(path, Long.toString(constant) + " (@Const)", Long.toString(value));
        }
    }

    /** Checks that a {@code @Range} component holds a value from {@code from} to {@code to}. */
    public static void expectRange(long value, long from, long to, String path) {
        if (value < from || value > to) {
            throw new WireEncodeException(path, from + ".." + to + " (@Range)", Long.toString(value));
        }
    }

    /** Checks that {@code bytes} fit in {@code size} bytes and returns them. */
    public static byte[] fitting(byte[] bytes, int size, String path) {
        nonNull(bytes, path);
        if (bytes.length > size) {
            throw new WireEncodeException(path, "at most " + size + " bytes", bytes.length + " bytes");
        }
        return bytes;
    }

    /** Encodes {@code text} strictly (see {@link Texts#encode}) and checks that it fits in {@code size} bytes. */
    public static byte[] fitting(String text, Charset charset, int size, String path) {
        byte[] bytes = Texts.encode(text, charset, path);
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

    /**
     * Decodes a fixed-size text field strictly (see {@link Texts#decode}): trailing {@code pad} bytes
     * are dropped, the rest decoded.
     */
    public static String getPaddedString(ByteBuffer in, int frameStart, int at, int size, byte pad, Charset charset,
                                         String path) {
        return Texts.decode(in, frameStart, at, unpadded(in, at, size, pad), charset, path);
    }

    /** As {@link #getPaddedString}, with bytes that are not valid decoded as U+FFFD. */
    public static String getPaddedStringLenient(ByteBuffer in, int at, int size, byte pad, Charset charset) {
        return Texts.lenient(in, at, unpadded(in, at, size, pad), charset);
    }

    private static int unpadded(ByteBuffer in, int at, int size, byte pad) {
        int end = size;
        while (end > 0 && in.get(at + end - 1) == pad) {
            end--;
        }
        return end;
    }

    /**
     * The length of a payload whose bytes are counted or held: a prefix says it, or the frame is
     * encoded whole. A received payload that runs to the end of its stream (-1) has none.
     */
    public static long knownLength(Payload payload, String path) {
        long length = payload.length();
        if (length < 0) {
            throw new WireEncodeException(path, "a payload of known length", "one that runs to the end of its stream");
        }
        return length;
    }

    /**
     * The length of a payload that a length region counts, written before its bytes are streamed: a
     * payload that runs to the end of its stream has none to write.
     */
    public static long payloadLength(Payload payload, String path) {
        long length = nonNull(payload, path).length();
        if (length < 0) {
            throw new WireEncodeException(path, "a payload of known length, which its length region counts",
                    "one that runs to the end of its stream");
        }
        return length;
    }

    /** Checks that {@code value} is at most {@code max}, as a length or count must be to fit its field. */
    public static long atMost(long value, long max, String path) {
        if (value > max) {
            throw new WireEncodeException(path, "at most " + max, Long.toString(value));
        }
        return value;
    }

    /** Checks that a length or count equals the value of the component that announces it. */
    public static void agrees(long actual, long announced, String path, String announcer) {
        if (actual != announced) {
            throw new WireEncodeException(path, announced + " (the value of '" + announcer + "')", Long.toString(actual));
        }
    }

    /**
     * In an untagged union, checks that the frame just written from index {@code start} does not hold
     * the end marker {@code end} of a shorter variant at {@code at} bytes from its start, where that
     * variant's frame would end: decoding takes the shortest variant whose end marker fits, so the frame
     * would read back as {@code shorter}. If it does, the output's position goes back to {@code start}.
     */
    public static void endsAnother(ByteBuffer out, int start, int at, byte[] end, String path, String shorter) {
        for (int k = 0; k < end.length; k++) {
            if (out.get(start + at + k) != end[k]) {
                return;
            }
        }
        out.position(start);
        throw new WireEncodeException(path, "bytes that do not end a " + shorter + " frame (" + (at + end.length)
                + " bytes), because decoding would read them as " + shorter,
                "its end marker at offset " + at);
    }

    /** Checks that a terminated value does not contain its own terminator. */
    public static byte[] withoutDelimiter(byte[] value, byte[] delimiter, String path) {
        // the first occurrence in value + delimiter must be the delimiter itself, or decoding stops early
        byte[] framed = java.util.Arrays.copyOf(value, value.length + delimiter.length);
        System.arraycopy(delimiter, 0, framed, value.length, delimiter.length);
        if (Delimiters.indexOf(ByteBuffer.wrap(framed), 0, framed.length, delimiter) != value.length) {
            throw new WireEncodeException(path, "a value without its terminator", "a value containing it");
        }
        return value;
    }

    /**
     * Checks that the element of a {@code @Terminated} list written at {@code at} does not start with the
     * delimiter, which decoding would take for the list's end; {@code end} is where the written bytes end.
     */
    public static void notDelimiter(ByteBuffer out, int at, int end, byte[] delimiter, String path) {
        if (Frames.startsWith(out, at, end, delimiter) == 1) {
            throw new WireEncodeException(path, "an element that does not start with the list's terminator",
                    "an element starting with it");
        }
    }

    /** Checks that an optional value is present exactly when its condition holds. */
    public static void presence(boolean present, boolean required, String path, String condition) {
        if (present != required) {
            throw new WireEncodeException(path, (required ? "a value, because " : "no value, because not ") + condition,
                    present ? "a value" : "Optional.empty()");
        }
    }

    /** A value for an unsigned LEB128 field of an {@code int}: negative values have no encoding. */
    public static long leb128(int value, String path) {
        if (value < 0) {
            throw new WireEncodeException(path, "0 or more (unsigned varint)", Integer.toString(value));
        }
        return value;
    }

    /** Checks that a decoded unsigned varint fits a non-negative {@code int}. */
    public static int leb128ToInt(long raw, ByteBuffer in, int frameStart, int at, String path) {
        if (raw < 0 || raw > Integer.MAX_VALUE) {
            throw new WireDecodeException(in, frameStart, at, path, "a varint of at most " + Integer.MAX_VALUE,
                    Long.toUnsignedString(raw));
        }
        return (int) raw;
    }

    /** Checks that a decoded zigzag varint fits an {@code int}. */
    public static int zigzagToInt(long raw, ByteBuffer in, int frameStart, int at, String path) {
        long value = Varints.unzigzag(raw);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new WireDecodeException(in, frameStart, at, path, "a zigzag varint that fits an int",
                    Long.toString(value));
        }
        return (int) value;
    }

    /** Checks that {@code value} fits an unsigned bit field of {@code bits} bits (1 to 63) and returns it. */
    public static long bitField(long value, int bits, String path) {
        if (value < 0 || (value >>> bits) != 0) {
            throw new WireEncodeException(path, "0.." + ((1L << bits) - 1) + " (" + bits + "-bit field)",
                    Long.toString(value));
        }
        return value;
    }

    /** The encoded size of a record of a selected protocol, with errors placed under {@code path}. */
    public static <T> int sizeOf(io.wireform.runtime.SelectedCodec<T> codec, T value, String path) {
        nonNull(value, path);
        try {
            return codec.sizeOf(value);
        } catch (WireException e) {
            throw e.nestedIn(path, 0);
        }
    }

    /** The encoded size of a nested value, with errors placed under {@code path}. */
    public static <T> int sizeOf(WireCodec<T> codec, T value, String path) {
        nonNull(value, path); // its path is already the full one
        try {
            return codec.sizeOf(value);
        } catch (WireException e) {
            throw e.nestedIn(path, 0);
        }
    }
}

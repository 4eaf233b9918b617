package io.wireform.runtime.support;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
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
     * Checks that {@code count} bytes are there from index {@code at} before {@code limit}. Past the
     * end of the input, that is a truncated frame; past the end of a length region inside it, the
     * frame contradicts its own length field.
     *
     * @param count bytes needed; a negative count (a negative length field) is malformed
     */
    public static void need(ByteBuffer in, int frameStart, int at, long count, int limit, String path) {
        if (count < 0) {
            throw new WireDecodeException(in, frameStart, at, path, "a length of 0 or more", Long.toString(count));
        }
        if (count > limit - at) {
            throw cut(in, frameStart, at, count, limit, path);
        }
    }

    /**
     * As {@link #need}, for the {@code count} bytes from {@code at} that end the frame, so that the frame's
     * length is known: a fixed-size frame's bounds check. Its error says that length ({@link
     * TruncatedFrameException#lengthKnown()}); {@code need}'s says only how many bytes the frame takes at
     * least, which is all a check of one field can tell.
     */
    public static void needFrame(ByteBuffer in, int frameStart, int at, int count, int limit, String path) {
        if (count > limit - at) {
            throw new TruncatedFrameException(in, frameStart, path, (long) at + count - frameStart,
                    Math.max(0, limit - frameStart), true);
        }
    }

    /**
     * The bounds check of a fixed-size record that a selected component chose, read in place at
     * {@code at} up to {@code end}: {@link #need} for the record ({@code record} its path), with the
     * error placed as the holder places every error of the chosen record: under {@code protocol}'s
     * name, then at the component's {@code path}, {@code fromStart} bytes into the holder's frame;
     * inside a length region ({@code inRegion}, {@code end} its end), running past it is malformed
     * ({@link #withinRegion}). The error is built apart, so that this check inlines as one comparison.
     */
    public static void needChosen(ByteBuffer in, int at, int count, int end, boolean inRegion, String record,
                                  String protocol, String path, int fromStart) {
        if (count > end - at) {
            throw chosenCut(in, at, count, end, inRegion, record, protocol, path, fromStart);
        }
    }

    /**
     * As {@link #needChosen}, for a record that ends its length region, which ends at {@code regionEnd}:
     * its {@code count} bytes fill the region exactly, in one comparison. Past the region's end the error
     * is {@code needChosen}'s; short of it, {@link #expectRegionEnd}'s ({@code lengthPath} the length's).
     */
    public static void fillChosen(ByteBuffer in, int frameStart, int at, int count, int regionEnd, String record,
                                  String protocol, String path, int fromStart, String lengthPath) {
        if (regionEnd - at != count) {
            throw count > regionEnd - at ? chosenCut(in, at, count, regionEnd, true, record, protocol, path, fromStart)
                    : regionNotEnded(in, frameStart, at + count, regionEnd, lengthPath);
        }
    }

    private static WireException chosenCut(ByteBuffer in, int at, int count, int end, boolean inRegion, String record,
                                           String protocol, String path, int fromStart) {
        WireException e = new TruncatedFrameException(in, at, record, saturatedEnd(at, count) - at,
                Math.max(0, end - at), false).under(protocol, 0);
        return (inRegion ? withinRegion(e, in, at, end) : e).nestedIn(path, fromStart);
    }

    /**
     * {@link #need} of a run of {@code run} bytes at {@code at} whose reads check nothing, then of the
     * {@code width}-byte length field after it, in one comparison: the error is the one the two checks
     * in turn would give, naming {@code path}, or {@code lengthPath} when only the length is cut short.
     */
    public static void needThrough(ByteBuffer in, int frameStart, int at, int run, int width, int limit, String path,
                                   String lengthPath) {
        if (run + width > limit - at) {
            throw run > limit - at ? cut(in, frameStart, at, run, limit, path)
                    : cut(in, frameStart, at + run, width, limit, lengthPath);
        }
    }

    private static WireException cut(ByteBuffer in, int frameStart, int at, long count, int limit, String path) {
        return new TruncatedFrameException(in, frameStart, path, saturatedEnd(at, count) - frameStart,
                Math.max(0, limit - frameStart), false);
    }

    /**
     * As {@link #need}, inside a length region ending at {@code regionEnd}: running past it is not a
     * frame cut short (the region's bytes are all there) but a frame that contradicts its own length
     * field, so it is malformed whatever follows the region.
     */
    public static void needInRegion(ByteBuffer in, int frameStart, int at, long count, int regionEnd, String path) {
        if (count < 0) {
            throw new WireDecodeException(in, frameStart, at, path, "a length of 0 or more", Long.toString(count));
        }
        if (count > regionEnd - at) {
            throw overrun(in, frameStart, at, saturatedEnd(at, count), regionEnd, path);
        }
    }

    /** Bytes of {@code count} elements of {@code size} bytes each, saturated rather than overflowing. */
    public static long elements(long count, int size) {
        // saturated well below overflow, so that what a caller adds after it stays positive
        return count > Long.MAX_VALUE / 2 / Math.max(1, size) ? Long.MAX_VALUE / 2 : count * size;
    }

    private static long saturatedEnd(int at, long count) {
        return count > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : at + count;
    }

    /**
     * The error for a record whose own constructor refused the values read from {@code start} on:
     * malformed, at the record's first byte, the constructor's exception kept as the cause.
     */
    public static WireException refusedByConstructor(ByteBuffer in, int start, String path, RuntimeException refusal) {
        String message = refusal.getMessage();
        return new WireDecodeException(in, start, start, path, "values its constructor accepts",
                refusal.getClass().getSimpleName() + (message == null ? "" : ": " + message), refusal);
    }

    /** The error for a value that would end at {@code end}, past the caller's {@code limit}: the input ended first. */
    public static WireException beyond(ByteBuffer in, int frameStart, int at, long end, int limit, String path) {
        return new TruncatedFrameException(in, frameStart, path, end - frameStart, Math.max(0, limit - frameStart), false);
    }

    /**
     * The error for a value that would end at {@code end}, past the end of its length region: malformed.
     * Its counts start at the error's own offset, which enclosing codecs move (see {@link #expectRegionEnd}).
     */
    public static WireException overrun(ByteBuffer in, int frameStart, int at, long end, int regionEnd, String path) {
        return new WireDecodeException(in, frameStart, at, path,
                (end - at) + " bytes within the length region", (regionEnd - at) + " bytes left in it");
    }

    /**
     * The end of a region of {@code length} bytes starting at {@code at}, announced by a length field
     * at {@code fieldAt}; checked against the caller's {@code limit} first, so that nothing is allocated
     * for a length the input cannot hold.
     */
    public static int region(ByteBuffer in, int frameStart, int fieldAt, int at, long length, int limit, String path) {
        checkRegionLength(in, frameStart, fieldAt, length, path);
        if (length > limit - at) {
            throw beyond(in, frameStart, fieldAt, saturatedEnd(at, length), limit, path);
        }
        return (int) (at + length);
    }

    /** As {@link #region}, for a length region inside another, which it must not overrun. */
    public static int regionInRegion(ByteBuffer in, int frameStart, int fieldAt, int at, long length, int regionEnd,
                                     String path) {
        checkRegionLength(in, frameStart, fieldAt, length, path);
        if (length > regionEnd - at) {
            throw overrun(in, frameStart, fieldAt, saturatedEnd(at, length), regionEnd, path);
        }
        return (int) (at + length);
    }

    /**
     * The end of a length region of a fixed-size record, whose frame ends at {@code frameEnd}: a length
     * reaching past it contradicts the schema, and is malformed rather than cut short. {@code length}
     * is the bytes the region covers from {@code at}; {@code wire} the length field's value as sent.
     */
    public static int regionInFixed(ByteBuffer in, int frameStart, int fieldAt, int at, long length, long wire,
                                    int frameEnd, String path) {
        checkRegionLength(in, frameStart, fieldAt, length, path);
        if (length > frameEnd - at) {
            throw new WireDecodeException(in, frameStart, fieldAt, path, "a length of at most " + (wire - length + frameEnd - at)
                    + ", as the record's frame is " + (frameEnd - frameStart) + " bytes long", Long.toString(wire));
        }
        return (int) (at + length);
    }

    /**
     * The end of a length region that ends with a streamed payload, announced by a length field at
     * {@code fieldAt}: only the header before the payload is in the input, so the end is not checked
     * against the caller's limit but against {@code enclosingEnd}, the end of the region around it
     * ({@code Long.MAX_VALUE} for none).
     */
    public static long streamedRegion(ByteBuffer in, int frameStart, int fieldAt, int at, long length,
                                      long enclosingEnd, String path) {
        checkRegionLength(in, frameStart, fieldAt, length, path);
        long end = saturatedEnd(at, length);
        if (end > enclosingEnd) {
            throw new WireDecodeException(in, frameStart, fieldAt, path,
                    (end - at) + " bytes within the length region", (enclosingEnd - at) + " bytes left in it");
        }
        return end;
    }

    /**
     * The length of a streamed payload that runs from {@code at} to the end of its length region,
     * {@code regionEnd}: what the region leaves after the fields before it.
     */
    public static long streamedPayload(ByteBuffer in, int frameStart, int at, long regionEnd, String path) {
        if (at > regionEnd) {
            throw overrun(in, frameStart, at, at, (int) regionEnd, path);
        }
        return regionEnd - at;
    }

    /** As {@link #expectRegionEnd}, for two regions that end with the same streamed payload. */
    public static void expectStreamedRegionEnd(ByteBuffer in, int frameStart, int at, long innerEnd, long regionEnd,
                                               String path) {
        if (innerEnd != regionEnd) {
            long distance = regionEnd - innerEnd;
            throw new WireDecodeException(in, frameStart, at, path,
                    "the length region to end " + distance + (distance == 1 ? " byte " : " bytes ") + "further on",
                    "its payload ending " + (regionEnd - innerEnd) + " bytes earlier");
        }
    }

    private static void checkRegionLength(ByteBuffer in, int frameStart, int fieldAt, long length, String path) {
        if (length < 0) {
            throw new WireDecodeException(in, frameStart, fieldAt, path, "a length that covers at least the length "
                    + "field itself", Long.toString(length));
        }
    }

    /**
     * An error from a nested message decoded inside a length region: running past the region's end
     * is not a truncated input but a frame that contradicts its own length field.
     */
    public static WireException withinRegion(WireException e, ByteBuffer in, int nestedStart, int regionEnd) {
        if (!(e instanceof TruncatedFrameException t)) {
            return e;
        }
        long over = t.needed() - (regionEnd - nestedStart); // counted from the region's end, which enclosing codecs do not move
        return new WireDecodeException(in, nestedStart, (int) Math.min(regionEnd, nestedStart + t.available()),
                e.fieldPath(), over + (over == 1 ? " more byte" : " more bytes") + " in its length region",
                "the region's end");
    }

    /**
     * Checks that the fields of a length region ended exactly where the length said. The message
     * counts from the error's own offset rather than naming offsets of its own: a region inside a
     * nested message is checked by the nested codec, whose offsets the enclosing ones then move.
     */
    public static void expectRegionEnd(ByteBuffer in, int frameStart, int at, int regionEnd, String path) {
        if (at != regionEnd) {
            throw regionNotEnded(in, frameStart, at, regionEnd, path);
        }
    }

    private static WireException regionNotEnded(ByteBuffer in, int frameStart, int at, int regionEnd, String path) {
        int distance = Math.abs(regionEnd - at);
        return new WireDecodeException(in, frameStart, at, path,
                "the length region to end " + distance + (distance == 1 ? " byte " : " bytes ")
                        + (at < regionEnd ? "further on" : "earlier"),
                "its fields ending here");
    }

    /** The error for a delimiter that does not occur between {@code at} and the caller's {@code limit}: the input ended first. */
    public static WireException noDelimiter(ByteBuffer in, int frameStart, int at, int limit, byte[] delimiter,
                                            String path) {
        return new TruncatedFrameException(in, frameStart, path, limit - frameStart + 1L, limit - frameStart, false);
    }

    /** The error for a delimiter that does not occur before the end of its length region: malformed. */
    public static WireException noDelimiterInRegion(ByteBuffer in, int frameStart, int at, int regionEnd,
                                                    byte[] delimiter, String path) {
        return new WireDecodeException(in, frameStart, regionEnd, path,
                "delimiter " + HEX.formatHex(delimiter) + " before the end of the length region", "none");
    }

    /** The index just past a varint at {@code at}, or the error for one that is cut off or too long. */
    public static int varintEnd(ByteBuffer in, int frameStart, int at, int limit, int maxBytes, String path) {
        int length = Varints.length(in, frameStart, at, limit, maxBytes, path);
        if (length < 0) {
            throw beyond(in, frameStart, at, limit + 1L, limit, path);
        }
        return at + length;
    }

    /** As {@link #varintEnd}, for a varint inside a length region, which it must not overrun. */
    public static int varintEndInRegion(ByteBuffer in, int frameStart, int at, int regionEnd, int maxBytes,
                                        String path) {
        int length = Varints.length(in, frameStart, at, regionEnd, maxBytes, path);
        if (length < 0) {
            throw overrun(in, frameStart, at, regionEnd + 1L, regionEnd, path);
        }
        return at + length;
    }

    /**
     * The length of a frame from {@code frameStart} to {@code end}, as {@code frameLength} returns it.
     *
     * @throws FrameTooLargeException if it exceeds what one buffer can hold
     */
    public static int frameLength(ByteBuffer in, int frameStart, long end, String path) {
        long length = end - frameStart;
        if (length > Integer.MAX_VALUE - 8) {
            throw new FrameTooLargeException(in, frameStart, frameStart, path, length, Integer.MAX_VALUE - 8,
                    "a frame must fit in one buffer; stream large values instead");
        }
        return (int) length;
    }

    /**
     * What {@code frameLength} returns while a frame starting at {@code frameStart} needs bytes up to
     * index {@code end} before more can be told: minus that many bytes.
     */
    public static int needMore(int frameStart, long end) {
        return (int) -Math.min(Integer.MAX_VALUE, Math.max(1, end - frameStart));
    }

    /**
     * Checks a length or count announced on the wire against the component's {@code @Max} before
     * anything is allocated for it.
     */
    public static long atMost(ByteBuffer in, int frameStart, int at, long count, long max, String path) {
        if (count > max) {
            throw new FrameTooLargeException(in, frameStart, at, path, count, max, "raise @Max on " + path);
        }
        return count;
    }

    /** Checks that a {@code @Const} field carries its value: the wire's {@code value} at {@code at}. */
    public static void expectConstant(ByteBuffer in, int frameStart, int at, long value, long constant, String path) {
        if (value != constant) {
            throw new WireDecodeException(in, frameStart, at, path, Long.toString(constant), Long.toString(value));
        }
    }

    /**
     * Checks that a {@code @Range} field's value, {@code value} read at {@code at}, is {@code from} to
     * {@code to}; returns it.
     */
    public static long expectRange(ByteBuffer in, int frameStart, int at, long value, long from, long to, String path) {
        if (value < from || value > to) {
            throw new WireDecodeException(in, frameStart, at, path, from + ".." + to, Long.toString(value));
        }
        return value;
    }

    /**
     * The nested record a path reads a value from, decoded by {@code frameLength} where the value has no
     * constant offset in it: an error found in it is placed in the frame as decode places it, under the
     * selected protocol {@code protocol} (null for a plain record), then under {@code path} at
     * {@code nestedStart}, its offset in the frame. Called by generated code.
     */
    public static <T> T pathRecord(java.util.function.Supplier<T> decode, String protocol, String path,
                                   int nestedStart) {
        try {
            return decode.get();
        } catch (WireException e) {
            throw (protocol == null ? e : e.under(protocol, 0)).nestedIn(path, nestedStart);
        }
    }

    /** A length or count from the wire, which must not be negative. */
    public static long nonNegative(ByteBuffer in, int frameStart, int at, long value, String path) {
        if (value < 0) {
            throw new WireDecodeException(in, frameStart, at, path, "a length of 0 or more", Long.toString(value));
        }
        return value;
    }

    /**
     * Checks that {@code length} bytes fit from the output's position and returns that position.
     *
     * @throws BufferOverflowException if they do not; nothing has been written
     */
    public static int reserve(ByteBuffer out, int length) {
        int position = out.position();
        if (out.limit() - position < length) {
            throw new BufferOverflowException();
        }
        return position;
    }

    /** Checks the constant bytes {@code marker} at index {@code at}; reports the first byte that differs. */
    public static void expectMarker(ByteBuffer in, int frameStart, int at, byte[] marker, String path) {
        for (int k = 0; k < marker.length; k++) {
            if (in.get(at + k) != marker[k]) {
                throw wrongMarker(in, frameStart, at, marker, path);
            }
        }
    }

    /**
     * The error for bytes at {@code at} that are not {@code marker}, which the caller has found to
     * differ: its offset is that of the first byte that differs.
     */
    public static WireException wrongMarker(ByteBuffer in, int frameStart, int at, byte[] marker, String path) {
        int k = 0;
        while (k < marker.length - 1 && in.get(at + k) == marker[k]) {
            k++;
        }
        byte[] found = new byte[marker.length];
        in.get(at, found);
        return new WireDecodeException(in, frameStart, at + k, path, HEX.formatHex(marker), HEX.formatHex(found));
    }

    /**
     * Checks the bytes of the magic {@code marker} at {@code at} that are there before {@code limit}: a
     * frame whose first bytes already differ is no frame, and {@code frameLength} says so as decode would,
     * at the first byte that differs.
     */
    public static void expectMagicSoFar(ByteBuffer in, int at, int limit, byte[] marker, String path) {
        int available = Math.min(marker.length, limit - at);
        for (int k = 0; k < available; k++) {
            if (in.get(at + k) != marker[k]) {
                byte[] found = new byte[available];
                in.get(at, found);
                throw new WireDecodeException(in, at, at + k, path, HEX.formatHex(marker), HEX.formatHex(found));
            }
        }
    }

    /**
     * Whether {@code bytes} occur at {@code at}: 1 if they do, 0 if they do not, -1 if the bytes
     * before {@code limit} match so far but more must arrive to tell.
     */
    public static int startsWith(ByteBuffer in, int at, int limit, byte[] bytes) {
        int available = Math.min(bytes.length, limit - at);
        for (int k = 0; k < available; k++) {
            if (in.get(at + k) != bytes[k]) {
                return 0;
            }
        }
        return available < bytes.length ? -1 : 1;
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

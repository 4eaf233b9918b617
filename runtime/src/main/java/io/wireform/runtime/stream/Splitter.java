package io.wireform.runtime.stream;

import io.wireform.annotations.Endian;
import io.wireform.runtime.FrameScan;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.support.Bytes;
import io.wireform.runtime.support.Delimiters;
import java.nio.ByteBuffer;

/**
 * Finds the next frame in buffered bytes, for one {@link Framing}. Work already done on a frame
 * that is not complete yet (a delimiter scan, block headers walked) is kept, so that bytes arriving
 * one at a time are each looked at a bounded number of times.
 */
final class Splitter {
    /**
     * The longest message a netstring holds that a reader reads: a frame limit is an int, so no reader is
     * given a larger one. Its length has {@link #NETSTRING_DIGITS} digits; a reader calls more malformed,
     * and a writer refuses a longer message.
     */
    static final long MAX_NETSTRING_LENGTH = Integer.MAX_VALUE;
    static final int NETSTRING_DIGITS = Long.toString(MAX_NETSTRING_LENGTH).length();

    private final WireCodec<?> codec;
    private final Framing framing;
    private final int maxFrameLength;
    private final String name;

    /** Where the frame starts and the message's bytes are, and where the frame ends, once {@link #find} found one. */
    private int frameStart;
    int contentStart;
    int contentEnd;
    int frameEnd;
    /** For chunked framing, the message's bytes copied out of their blocks. */
    ByteBuffer assembled;
    /** Whether the last {@link #find} learned the whole frame's length, not just a lower bound. */
    boolean lengthKnown;
    /**
     * The whole length of the frame the last {@link #find} refused as over the limit, where it knew that
     * length (a length field, the codec's {@code frameLength}, a fixed length), else -1.
     */
    long overLimit = -1;

    // Progress on the current frame, as offsets from its start: survives the buffer being compacted.
    private int scanned;
    private int blockAt;
    private long content;
    /** Where the codec's own delimiter searches stopped, for the schema's framing. */
    private final FrameScan scan = new FrameScan();

    /** Whether a streamed codec's payload is left out of the frame (a sink or a pull reader takes it). */
    boolean streamed;

    Splitter(WireCodec<?> codec, Framing framing, int maxFrameLength, String name) {
        this.codec = codec;
        this.framing = framing;
        this.maxFrameLength = maxFrameLength;
        this.name = name;
    }

    /** Forgets progress: the next {@link #find} starts a new frame. */
    void reset() {
        scanned = 0;
        blockAt = 0;
        content = 0;
        assembled = null;
        scan.reset();
    }

    /**
     * Looks for a whole frame in {@code [start, limit)}.
     *
     * @return the frame's length if it is all there (fields set), else minus the number of bytes from
     *     {@code start} that must be there before looking again is worth it
     */
    int find(ByteBuffer buf, int start, int limit) {
        frameStart = start;
        int available = limit - start;
        lengthKnown = false;
        overLimit = -1;
        if (framing instanceof Framing.Schema) {
            // a streamed payload is not part of the frame the reader buffers: only its header is. The codec
            // sees no byte past the largest frame: fed whole or a byte at a time, a reader then looks at the
            // same bytes and finds the same error
            int seen = (int) Math.min(limit, (long) start + maxFrameLength);
            int length = codec instanceof StreamedCodec<?> s && streamed ? s.headerLength(buf, start, seen, scan)
                    : codec.frameLength(buf, start, seen, scan);
            return whole(buf, start, length, available, 0, 0);
        }
        if (framing instanceof Framing.FixedLength f) {
            return whole(buf, start, f.length(), available, 0, 0);
        }
        if (framing instanceof Framing.LengthField f) {
            int header = f.headerLength();
            if (available < header) {
                return -header;
            }
            checkBefore(buf, start, f.knownBefore());
            long value = unsigned(buf, start + f.offset(), f.width(), f.endian());
            long length = header + value + f.adjustment();
            if (value < 0) {
                throw tooLarge(buf, start, length); // above 2^63: an 8-byte field with its top bit set
            }
            if (length < header) {
                // shorter than the field's own header: wrong, not over the limit
                throw new io.wireform.runtime.WireDecodeException(buf, start, start + f.offset(), name + ".<length>",
                        "a length of at least " + -(long) f.adjustment(), Long.toString(value));
            }
            return whole(buf, start, length, available, header, 0);
        }
        if (framing instanceof Framing.Delimited d) {
            return delimited(buf, start, limit, d.delimiter());
        }
        if (framing instanceof Framing.Chunked c) {
            return chunked(buf, start, limit, c);
        }
        if (framing instanceof Framing.Netstring) {
            return netstring(buf, start, limit);
        }
        if (available > maxFrameLength) {
            throw tooLarge(buf, start, available);
        }
        return -(available + 1); // until close: only the end of the stream ends the frame
    }

    /**
     * Places {@code e}, which decode found in the message of the frame {@link #find} found in {@code buf}, where
     * its byte is in the frame: its offset counts from the frame's first byte, as the reader's own errors do,
     * not from the message's, where a header comes before the message (a length field, a netstring's length)
     * or the message lies in blocks. The same error where the message starts the frame.
     */
    WireException inFrame(WireException e, ByteBuffer buf) {
        if (assembled == null && contentStart == frameStart) {
            return e;
        }
        ByteBuffer frame = buf.duplicate().limit(frameEnd);
        long at = assembled == null ? contentStart + e.offset() : inBlocks(buf, e.offset());
        return e.inFrame(frame, frameStart, (int) Math.min(at, frameEnd));
    }

    /** Where the message's byte {@code offset} is in the chunked frame found: past its end, where its blocks end. */
    private long inBlocks(ByteBuffer buf, long offset) {
        Framing.Chunked c = (Framing.Chunked) framing;
        long at = frameStart;
        for (long left = offset; ; ) {
            long length = unsigned(buf, (int) at, c.width(), c.endian());
            if (length == 0 || left < length) {
                return length == 0 ? at : at + c.width() + left;
            }
            left -= length;
            at += c.width() + length;
        }
    }

    /** The bytes a length field's framing says come before it, if it says. */
    private void checkBefore(ByteBuffer buf, int start, byte[] before) {
        if (before == null) {
            return;
        }
        for (int k = 0; k < before.length; k++) {
            if (buf.get(start + k) != before[k]) {
                throw new io.wireform.runtime.WireDecodeException(buf, start, start + k, name + ".<before length>",
                        "the bytes " + java.util.HexFormat.ofDelimiter(" ").formatHex(before) + " before the length field",
                        "byte 0x" + Integer.toHexString(buf.get(start + k) & 0xFF));
            }
        }
    }

    /** A frame of known {@code length}, whose message lies between a header and a trailer. */
    private int whole(ByteBuffer buf, int start, long length, int available, int header, int trailer) {
        if (length < 0) {
            // the codec's hint: -1 says only "more", anything below says how much more; either way the
            // frame is longer than what is there, and a limit holds before its end is found
            long atLeast = Math.max(available + 1L, -(long) length);
            if (atLeast > maxFrameLength) {
                throw tooLarge(buf, start, atLeast);
            }
            return (int) -atLeast;
        }
        if (length > maxFrameLength) {
            overLimit = length;
            throw tooLarge(buf, start, length);
        }
        lengthKnown = true;
        if (length > available) {
            return (int) -length;
        }
        contentStart = start + header;
        contentEnd = (int) (start + length - trailer);
        frameEnd = (int) (start + length);
        return (int) length;
    }

    private int delimited(ByteBuffer buf, int start, int limit, byte[] delimiter) {
        int from = start + Math.max(0, scanned - delimiter.length + 1);
        int at = Delimiters.indexOf(buf, from, limit, delimiter);
        if (at < 0) {
            scanned = limit - start;
            if (scanned > (long) maxFrameLength + delimiter.length) {
                throw tooLarge(buf, start, scanned);
            }
            return -(scanned + 1);
        }
        if (at - start > maxFrameLength) {
            throw tooLarge(buf, start, at - start);
        }
        contentStart = start;
        contentEnd = at;
        frameEnd = at + delimiter.length;
        return frameEnd - start;
    }

    private int chunked(ByteBuffer buf, int start, int limit, Framing.Chunked c) {
        while (true) {
            int header = start + blockAt;
            if (limit - header < c.width()) {
                return -(blockAt + c.width());
            }
            long length = unsigned(buf, header, c.width(), c.endian());
            if (length == 0) {
                frameEnd = header + c.width();
                assemble(buf, start, c);
                return frameEnd - start;
            }
            if (length < 0 || content + length > maxFrameLength) {
                throw tooLarge(buf, start, content + length);
            }
            long next = blockAt + c.width() + length;
            if (next > limit - start) {
                return (int) -(next + c.width());
            }
            content += length;
            blockAt = (int) next;
        }
    }

    /** {@code <digits>:<message>,} */
    private int netstring(ByteBuffer buf, int start, int limit) {
        long length = 0;
        int at = start;
        while (true) {
            if (at == limit) {
                return -(at - start + 1);
            }
            int b = buf.get(at);
            if (b == ':' && at > start) {
                break;
            }
            boolean leadingZero = at > start && buf.get(start) == '0';
            if (b < '0' || b > '9' || leadingZero || at - start >= NETSTRING_DIGITS) {
                throw new io.wireform.runtime.WireDecodeException(buf, start, at, name + ".<netstring length>",
                        "decimal digits then ':' (no leading zero)", "byte 0x" + Integer.toHexString(b & 0xFF));
            }
            length = length * 10 + (b - '0');
            if (length > maxFrameLength) {
                throw tooLarge(buf, start, length);
            }
            at++;
        }
        int contentAt = at + 1;
        long end = contentAt + length;
        if (end + 1 > limit) {
            lengthKnown = true;
            return (int) -(end + 1 - start);
        }
        if (buf.get((int) end) != ',') {
            throw new io.wireform.runtime.WireDecodeException(buf, start, (int) end, name + ".<netstring end>",
                    "',' after " + length + " bytes", "byte 0x" + Integer.toHexString(buf.get((int) end) & 0xFF));
        }
        contentStart = contentAt;
        contentEnd = (int) end;
        frameEnd = (int) end + 1;
        lengthKnown = true;
        return frameEnd - start;
    }

    /** Copies the blocks' contents, which are not contiguous, into one buffer for the codec. */
    private void assemble(ByteBuffer buf, int start, Framing.Chunked c) {
        assembled = ByteBuffer.allocate((int) content);
        int at = start;
        while (assembled.hasRemaining()) {
            int length = (int) unsigned(buf, at, c.width(), c.endian());
            assembled.put(buf.slice(at + c.width(), length));
            at += c.width() + length;
        }
        assembled.flip();
        contentStart = 0;
        contentEnd = assembled.limit();
    }

    private static long unsigned(ByteBuffer buf, int at, int width, Endian endian) {
        // the usual widths as one read each: this runs once per frame
        boolean big = endian == Endian.BIG;
        switch (width) {
            case 1:
                return buf.get(at) & 0xFF;
            case 2:
                return (big ? Bytes.getShortBE(buf, at) : Bytes.getShortLE(buf, at)) & 0xFFFF;
            case 4:
                return (big ? Bytes.getIntBE(buf, at) : Bytes.getIntLE(buf, at)) & 0xFFFFFFFFL;
            default:
                break;
        }
        long value = 0;
        for (int k = 0; k < width; k++) {
            int b = buf.get(big ? at + k : at + width - 1 - k) & 0xFF;
            value = value << 8 | b;
        }
        return value;
    }

    private FrameTooLargeException tooLarge(ByteBuffer buf, int start, long length) {
        return new FrameTooLargeException(buf, start, start, name, length, maxFrameLength,
                "raise it with FrameReader.builder(codec).maxFrameLength(n)");
    }

    /**
     * Checks that frames of {@code codec} can be told apart on a stream by the schema's own framing;
     * {@code streams} when its payloads are streamed, so that only headers are frames.
     *
     * @throws IllegalStateException for frames that run to the end of their input, or frames of no bytes
     */
    static void checkSchemaFraming(WireCodec<?> codec, String name, boolean streams) {
        if (streams ? ((StreamedCodec<?>) codec).headerRunsToEnd() : codec.runsToEnd()) {
            throw new IllegalStateException(name + "'s frames run to the end of their input (a @Remaining value"
                    + " outside any @Length region), so a stream cannot tell where one ends: give the reader a"
                    + " framing, e.g. .framing(Framing.lengthPrefixed(4)), Framing.delimited(...) or"
                    + " Framing.untilClose()" + (codec instanceof StreamedCodec<?> && !streams
                    ? ", or stream its payload with onPayload(...) or a WireReader" : ""));
        }
        if (emptyFrames(codec, streams)) {
            throw new IllegalStateException(name + "'s frames have no bytes, so a stream of them has no end;"
                    + " give the message a component or a @Magic");
        }
    }

    private static boolean emptyFrames(WireCodec<?> codec, boolean streams) {
        ByteBuffer none = ByteBuffer.allocate(0);
        try {
            return (streams ? ((StreamedCodec<?>) codec).headerLength(none, 0, 0) : codec.frameLength(none, 0, 0)) == 0;
        } catch (WireException e) {
            return false; // no bytes are not a frame at all
        }
    }
}

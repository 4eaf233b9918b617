package io.wireform.runtime.stream;

import io.wireform.annotations.Endian;
import java.nio.ByteBuffer;

/**
 * Where a frame can start whose message starts with one of the codec's magics: what a reader that
 * resynchronises by magic looks for. With the schema's framing the message is the frame, so a frame starts
 * where a magic does. With a framing of the reader's own the magic comes after the framing's header (a
 * length field and the bytes before it, a netstring's length, the first blocks' lengths), and a frame starts
 * where such a header is followed by a magic: the reader stops on the header, which the framing reads, not on
 * the magic, which it would misread as a header.
 *
 * <p>Each answer depends only on the bytes from the place looked at, up to a bounded number of them: where
 * they are not all there yet, a framing of the reader's own says how many must be, so that a reader fed a
 * byte at a time decides as one fed the whole stream does. The schema's framing says a magic cut short by
 * the end of the bytes may start there, and lets the codec, which checks a magic byte by byte as it
 * arrives, say the rest.
 */
final class FrameStarts {
    /** No frame starts there. */
    static final int NO = 0;
    /** A frame may start there. */
    static final int MAY = -1;

    private final Magics magics;
    private final Framing framing;
    /** Where the message starts in the frame, for a framing whose header has a fixed length; else -1. */
    private final int header;
    /** The bytes a length field's framing says come before it, if it says. */
    private final byte[] before;
    /** For blocks: the message's first bytes, gathered from them, as long as the longest magic. */
    private final byte[] first;
    private final ByteBuffer firstBytes;

    FrameStarts(Magics magics, Framing framing) {
        this.magics = magics;
        this.framing = framing;
        if (framing instanceof Framing.LengthField f) {
            header = f.headerLength();
            before = f.knownBefore();
        } else {
            header = framing instanceof Framing.Netstring || framing instanceof Framing.Chunked ? -1 : 0;
            before = null;
        }
        first = new byte[framing instanceof Framing.Chunked ? magics.longest() : 0];
        firstBytes = ByteBuffer.wrap(first);
    }

    /** Whether the message comes after a header in {@code framing}'s frames: a length field, netstrings, blocks. */
    static boolean afterHeader(Framing framing) {
        return framing instanceof Framing.LengthField || framing instanceof Framing.Netstring
                || framing instanceof Framing.Chunked;
    }

    /**
     * Whether a frame may start at index {@code at} of {@code bytes}, those before {@code end} there: {@link #MAY},
     * {@link #NO}, or how many bytes from {@code at} must be there to say (more than {@code end - at}), never with
     * the schema's framing.
     */
    int look(ByteBuffer bytes, int at, int end) {
        if (framing instanceof Framing.Schema) {
            return magics.at(bytes, at, end) ? MAY : NO;
        }
        if (header >= 0) {
            if (before != null) {
                for (int k = 0; k < before.length; k++) {
                    if (at + k >= end) {
                        return k + 1;
                    }
                    if (bytes.get(at + k) != before[k]) {
                        return NO;
                    }
                }
            }
            return shift(magics.match(bytes, at + header, end), header);
        }
        return framing instanceof Framing.Netstring ? netstring(bytes, at, end) : chunked(bytes, at, end);
    }

    /** The first index after {@code from} and before {@code end} where a frame may start or {@link #look} cannot say; else {@code end}. */
    int next(ByteBuffer bytes, int from, int end) {
        bytes.limit(end);
        if (framing instanceof Framing.Schema) {
            return magics.next(bytes, from, end);
        }
        for (int i = from + 1; i < end; i++) {
            // most bytes: no magic starts where the message would
            if (header >= 0 && i + header < end && !magics.startsWith(bytes.get(i + header))) {
                continue;
            }
            if (look(bytes, i, end) != NO) {
                return i;
            }
        }
        return end;
    }

    /** A {@link Magics#match} of the bytes {@code offset} into the frame, from the frame's start. */
    private static int shift(int matched, int offset) {
        return matched > 0 ? matched + offset : matched;
    }

    /** {@code <digits>:} then a magic, by the reader's rules for the digits (at most ten, no leading zero). */
    private int netstring(ByteBuffer bytes, int at, int end) {
        int i = at;
        while (true) {
            if (i >= end) {
                return i - at + 1;
            }
            byte b = bytes.get(i);
            if (b == ':' && i > at) {
                return shift(magics.match(bytes, i + 1, end), i + 1 - at);
            }
            if (b < '0' || b > '9' || i > at && bytes.get(at) == '0' || i - at >= Splitter.NETSTRING_DIGITS) {
                return NO;
            }
            i++;
        }
    }

    /**
     * Blocks whose first bytes, taken together, start with a magic: the magic may lie across several blocks,
     * of a byte each at least, so that at most the longest magic's length of blocks are looked at. A message
     * that ends (a block of length zero) before a magic does is not one.
     */
    private int chunked(ByteBuffer bytes, int at, int end) {
        Framing.Chunked c = (Framing.Chunked) framing;
        int gathered = 0;
        int block = at;
        while (true) {
            if (block + c.width() > end) {
                return block + c.width() - at;
            }
            long length = unsigned(bytes, block, c.width(), c.endian());
            if (length == 0) {
                return magics.match(firstBytes, 0, gathered) == MAY ? MAY : NO; // the message ended
            }
            if (length < 0) {
                return MAY; // beyond any limit: the framing says so
            }
            int content = block + c.width();
            int take = (int) Math.min(length, first.length - gathered);
            int there = Math.min(take, end - content);
            bytes.get(content, first, gathered, there);
            gathered += there;
            int matched = magics.match(firstBytes, 0, gathered);
            if (matched <= 0 || gathered == first.length) {
                return matched > 0 ? NO : matched;
            }
            if (there < take) {
                return content + there - at + 1; // the block's bytes are not all there
            }
            block = content + (int) length;
        }
    }

    private static long unsigned(ByteBuffer bytes, int at, int width, Endian endian) {
        long value = 0;
        for (int k = 0; k < width; k++) {
            value = value << 8 | bytes.get(endian == Endian.BIG ? at + k : at + width - 1 - k) & 0xFF;
        }
        return value;
    }
}

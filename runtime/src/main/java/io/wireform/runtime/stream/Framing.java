package io.wireform.runtime.stream;

import io.wireform.annotations.Endian;

/**
 * How frames are delimited on a byte stream, for {@link FrameReader} and {@link FrameWriter}. A
 * schema whose layout says its own length needs none beyond {@link #schema()}; the others wrap
 * each encoded message, as the framing patterns of network programming do.
 */
public sealed interface Framing {

    /** The message's own layout says where it ends (fixed size, length fields, markers). The default. */
    static Framing schema() {
        return Schema.INSTANCE;
    }

    /** Every frame is exactly {@code length} bytes. */
    static Framing fixedLength(int length) {
        return new FixedLength(length);
    }

    /** Each frame ends with {@code delimiter}, which is not part of the message. */
    static Framing delimited(byte[] delimiter) {
        return new Delimited(delimiter.clone());
    }

    /**
     * A length field before the message, as Netty's {@code LengthFieldBasedFrameDecoder} describes it:
     * the field sits {@code offset} bytes into the header and is {@code width} bytes wide; the frame
     * is {@code offset + width + value + adjustment} bytes long; the message starts after the header.
     * A length that counts the header too has {@code adjustment = -(offset + width)}. A reader skips the
     * {@code offset} bytes before the field unread; not knowing them, a writer cannot write them, so
     * with {@code offset > 0} this framing is read-only ({@link FrameWriter} and the server and client
     * builders refuse it): {@link #lengthField(byte[], int, Endian, int)} says what they are.
     */
    static Framing lengthField(int offset, int width, Endian endian, int adjustment) {
        return new LengthField(offset, width, endian, adjustment);
    }

    /**
     * A length field after the bytes {@code before}, which every frame starts with: {@link
     * #lengthField(int, int, Endian, int)} with {@code offset = before.length}, and those bytes known.
     * A writer writes them before each length field; a reader checks that each frame starts with them
     * (any other byte there is a {@code WireDecodeException}) and, as at any offset, leaves them out of
     * the message.
     */
    static Framing lengthField(byte[] before, int width, Endian endian, int adjustment) {
        return new LengthField(before.length, width, endian, adjustment, before);
    }

    /** A {@code width}-byte big-endian length before each message: the most common framing. */
    static Framing lengthPrefixed(int width) {
        return new LengthField(0, width, Endian.BIG, 0);
    }

    /**
     * The message is sent as blocks, each preceded by its length ({@code width} bytes), and ended by a
     * block of length zero (seeds/001, blocks.py). Encoding splits it into blocks of {@code blockSize}.
     */
    static Framing chunked(int width, Endian endian, int blockSize) {
        return new Chunked(width, endian, blockSize);
    }

    /**
     * Netstrings, as D. J. Bernstein describes them and Twisted's {@code NetstringReceiver} speaks
     * them: the message's length in decimal ASCII, a colon, the message, a comma: {@code 5:hello,}.
     */
    static Framing netstring() {
        return Netstring.INSTANCE;
    }

    /** The whole stream, up to the peer closing it, is one message. */
    static Framing untilClose() {
        return UntilClose.INSTANCE;
    }

    /** See {@link #schema()}. */
    enum Schema implements Framing { INSTANCE }

    /** See {@link #fixedLength(int)}. */
    record FixedLength(int length) implements Framing {
        public FixedLength {
            if (length < 1) {
                throw new IllegalArgumentException("a fixed frame length must be at least 1, not " + length);
            }
        }
    }

    /** See {@link #delimited(byte[])}. */
    record Delimited(byte[] delimiter) implements Framing {
        public Delimited {
            if (delimiter.length == 0) {
                throw new IllegalArgumentException("a delimiter needs at least one byte");
            }
        }
    }

    /**
     * See {@link #lengthField(int, int, Endian, int)} and {@link #lengthField(byte[], int, Endian, int)}:
     * {@code before} is the {@code offset} bytes before the length field, or null when the framing does
     * not know them. A reader skips unknown bytes unread; a writer cannot write them, so a framing with
     * unknown bytes before its length field is read-only.
     */
    record LengthField(int offset, int width, Endian endian, int adjustment, byte[] before) implements Framing {
        public LengthField {
            if (offset < 0 || width < 1 || width > 8) {
                throw new IllegalArgumentException("a length field is 1 to 8 bytes at offset 0 or more, not "
                        + width + " at " + offset);
            }
            if (before != null && before.length != offset) {
                throw new IllegalArgumentException("the bytes before a length field at offset " + offset + " are "
                        + offset + ", not " + before.length);
            }
            before = before == null ? null : before.clone();
        }

        /** A length field whose header bytes, if any ({@code offset > 0}), are not known: read-only then. */
        public LengthField(int offset, int width, Endian endian, int adjustment) {
            this(offset, width, endian, adjustment, offset == 0 ? new byte[0] : null);
        }

        /** A copy of the bytes before the length field; null when they are not known. */
        @Override
        public byte[] before() {
            return before == null ? null : before.clone();
        }

        /** The bytes before the length field, not copied; null when they are not known. */
        byte[] knownBefore() {
            return before;
        }

        int headerLength() {
            return offset + width;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LengthField f && f.offset == offset && f.width == width && f.endian == endian
                    && f.adjustment == adjustment && java.util.Arrays.equals(f.before, before);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(offset, width, endian, adjustment, java.util.Arrays.hashCode(before));
        }

        @Override
        public String toString() {
            return "LengthField[offset=" + offset + ", width=" + width + ", endian=" + endian + ", adjustment="
                    + adjustment + ", before=" + (before == null ? "unknown" : java.util.HexFormat.of().formatHex(before))
                    + "]";
        }
    }

    /** See {@link #chunked(int, Endian, int)}. */
    record Chunked(int width, Endian endian, int blockSize) implements Framing {
        public Chunked {
            if (width < 1 || width > 8 || blockSize < 1) {
                throw new IllegalArgumentException("a block length is 1 to 8 bytes and a block at least 1 byte");
            }
        }
    }

    /** See {@link #netstring()}. */
    enum Netstring implements Framing { INSTANCE }

    /** See {@link #untilClose()}. */
    enum UntilClose implements Framing { INSTANCE }
}

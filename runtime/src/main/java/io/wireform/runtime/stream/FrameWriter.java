package io.wireform.runtime.stream;

import io.wireform.annotations.Endian;
import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.support.Delimiters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Encodes messages with a {@link Framing} around them, the counterpart of {@link FrameReader}. Every
 * framing can be written except a {@link Framing#lengthField(int, int, Endian, int) length field}
 * after bytes the framing does not know, which the constructor refuses.
 */
public final class FrameWriter<T> {
    /** Payload bytes copied at a time into a chunked frame's blocks. */
    private static final int COPY_CHUNK = 64 * 1024;

    private final WireCodec<T> codec;
    private final Framing framing;

    /**
     * @throws IllegalArgumentException for {@code Framing.lengthField(offset, ...)} with {@code offset >
     *     0}: the bytes before the length field are not known, so they cannot be written; {@link
     *     Framing#lengthField(byte[], int, Endian, int)} says what they are
     */
    public FrameWriter(WireCodec<T> codec, Framing framing) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.framing = Objects.requireNonNull(framing, "framing");
        if (framing instanceof Framing.LengthField f && f.knownBefore() == null) {
            throw new IllegalArgumentException("Framing.lengthField(" + f.offset() + ", " + f.width() + ", " + f.endian()
                    + ", " + f.adjustment() + ") can be read but not written: it does not say what the " + f.offset()
                    + " bytes before the length field are. To write it, give them: Framing.lengthField(new byte[] {...}, "
                    + f.width() + ", Endian." + f.endian() + ", " + f.adjustment() + ")");
        }
    }

    /**
     * Whether {@link #write(Object, OutputStream)} streams a message's {@code Payload} in this
     * framing rather than holding it in memory: in all but {@link Framing#delimited(byte[])}, whose
     * writer looks at every byte of the message for the delimiter before it writes the first.
     */
    public static boolean streamsPayloads(Framing framing) {
        return !(Objects.requireNonNull(framing, "framing") instanceof Framing.Delimited);
    }

    /** The framed bytes of one message, all in memory (its payload too). */
    public byte[] frame(T message) {
        byte[] body = codec.encode(message);
        if (framing instanceof Framing.Delimited d) {
            byte[] framed = ByteBuffer.allocate(body.length + d.delimiter().length).put(body).put(d.delimiter()).array();
            // a reader ends the frame at the first delimiter: one inside the message, or one that begins in
            // its last bytes and runs into the delimiter written after it ("a\n" before "\n\n"), would
            // end it early
            int first = Delimiters.indexOf(ByteBuffer.wrap(framed), 0, framed.length, d.delimiter());
            if (first != body.length) {
                throw new WireEncodeException(name(), "a message without the delimiter",
                        first + d.delimiter().length <= body.length
                                ? "a message containing it"
                                : "a message whose last " + (body.length - first) + " bytes begin it");
            }
            return framed;
        }
        if (framing instanceof Framing.LengthField f) {
            byte[] prefix = lengthPrefix(f, body.length);
            return ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body).array();
        }
        if (framing instanceof Framing.Chunked c) {
            int blocks = (body.length + c.blockSize() - 1) / c.blockSize();
            ByteBuffer out = ByteBuffer.allocate(body.length + (blocks + 1) * c.width());
            for (int at = 0; at < body.length; at += c.blockSize()) {
                int length = Math.min(c.blockSize(), body.length - at);
                checkFits(length, c.width());
                out.put(unsigned(length, c.width(), c.endian()));
                out.put(body, at, length);
            }
            return out.put(unsigned(0, c.width(), c.endian())).array();
        }
        if (framing instanceof Framing.Netstring) {
            byte[] header = netstringLength(body.length);
            return ByteBuffer.allocate(header.length + body.length + 1).put(header).put(body).put((byte) ',').array();
        }
        if (framing instanceof Framing.FixedLength f) {
            checkFixed(f, body.length);
        }
        return body;
    }

    /**
     * Writes one framed message: the bytes {@link #frame(Object)} returns. A message ending with a
     * {@code Payload} is written as its header, then the payload copied from its source in constant
     * memory, in every framing but {@link Framing#delimited(byte[])} (see {@link
     * #streamsPayloads(Framing)}). A framing that counts the message's bytes (a length field, a fixed
     * length, a netstring, blocks) counts them from the payload's {@code length()}, before writing any.
     *
     * @throws WireEncodeException if the message cannot be encoded or framed (nothing is written then),
     *     among them a payload whose length is not known (-1) in a framing that counts the message's bytes,
     *     and a message longer than a length field or a netstring's length (at most 2147483647) can say
     * @throws IOException from {@code out}, or if a payload's source has fewer bytes than its length
     */
    public void write(T message, OutputStream out) throws IOException {
        if (codec instanceof StreamedCodec<T> streamed && streamsPayloads(framing)) {
            Payload payload = streamed.payloadOf(message);
            if (payload != null) {
                writeStreamed(streamed, message, payload, out);
                return;
            }
        }
        out.write(frame(message));
    }

    private void writeStreamed(StreamedCodec<T> streamed, T message, Payload payload, OutputStream out)
            throws IOException {
        ByteBuffer headerBuffer = ByteBuffer.allocate(streamed.headerSize(message));
        streamed.encodeHeader(message, headerBuffer);
        byte[] header = headerBuffer.array();
        if (framing instanceof Framing.Schema || framing instanceof Framing.UntilClose) {
            out.write(header);
            payload.transferTo(out);
            return;
        }
        if (payload.length() < 0) {
            throw new WireEncodeException(name() + ".<payload>", "a payload of known length, which the framing counts",
                    "one that runs to the end of its stream");
        }
        long length = header.length + payload.length();
        if (framing instanceof Framing.Chunked c) {
            writeBlocks(c, header, payload, length, out);
            return;
        }
        // everything is checked before the first byte goes out
        byte[] before;
        byte[] after = new byte[0];
        if (framing instanceof Framing.LengthField f) {
            before = lengthPrefix(f, length);
        } else if (framing instanceof Framing.Netstring) {
            before = netstringLength(length);
            after = new byte[] {','};
        } else {
            checkFixed((Framing.FixedLength) framing, length);
            before = new byte[0];
        }
        out.write(before);
        out.write(header);
        payload.transferTo(out);
        out.write(after);
    }

    /** The header then the payload, in blocks of the block size, each copied through a small buffer. */
    private void writeBlocks(Framing.Chunked c, byte[] header, Payload payload, long length, OutputStream out)
            throws IOException {
        checkFits(Math.min(c.blockSize(), length), c.width());
        byte[] copy = new byte[(int) Math.max(1, Math.min(COPY_CHUNK, Math.min(c.blockSize(), length)))];
        try (InputStream in = new SequenceInputStream(new ByteArrayInputStream(header), payload.openStream())) {
            for (long at = 0; at < length; ) {
                int block = (int) Math.min(c.blockSize(), length - at);
                out.write(unsigned(block, c.width(), c.endian()));
                for (int left = block; left > 0; ) {
                    int n = in.read(copy, 0, Math.min(copy.length, left));
                    if (n < 0) {
                        throw new IOException("payload ended after " + (at + block - left - header.length) + " of "
                                + payload.length() + " bytes");
                    }
                    out.write(copy, 0, n);
                    left -= n;
                }
                at += block;
            }
            if (in.read() >= 0) {
                throw new IOException("payload has more than its length of " + payload.length() + " bytes");
            }
        }
        out.write(unsigned(0, c.width(), c.endian()));
    }

    /** The bytes before a message of {@code length} bytes: those before the length field, then the field. */
    private byte[] lengthPrefix(Framing.LengthField f, long length) {
        long value = length - f.adjustment();
        checkFits(value, f.width());
        byte[] before = f.knownBefore();
        return ByteBuffer.allocate(before.length + f.width()).put(before)
                .put(unsigned(value, f.width(), f.endian())).array();
    }

    /** A netstring's length and colon, for a message of {@code length} bytes: no longer than a reader reads. */
    private byte[] netstringLength(long length) {
        if (length < 0 || length > Splitter.MAX_NETSTRING_LENGTH) {
            throw new WireEncodeException(name() + ".<netstring length>", "a netstring length of at most "
                    + Splitter.MAX_NETSTRING_LENGTH + " (" + Splitter.NETSTRING_DIGITS + " digits), the longest a reader"
                    + " reads", length + " bytes");
        }
        return (length + ":").getBytes(StandardCharsets.US_ASCII);
    }

    private void checkFixed(Framing.FixedLength f, long length) {
        if (length != f.length()) {
            throw new WireEncodeException(name(), f.length() + " bytes (the fixed frame length)", length + " bytes");
        }
    }

    private void checkFits(long value, int width) {
        if (value < 0 || (width < 8 && value >>> (8 * width) != 0)) {
            throw new WireEncodeException(name(), "a length that fits " + width + (width == 1 ? " byte" : " bytes"), Long.toString(value));
        }
    }

    private String name() {
        return codec.getClass().getSimpleName().replaceFirst("Codec$", "");
    }

    private static byte[] unsigned(long value, int width, Endian endian) {
        byte[] bytes = new byte[width];
        for (int k = 0; k < width; k++) {
            int shift = endian == Endian.BIG ? 8 * (width - 1 - k) : 8 * k;
            bytes[k] = (byte) (value >>> shift);
        }
        return bytes;
    }
}

package io.wireform.runtime.stream;

import io.wireform.annotations.Endian;
import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.support.Delimiters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/** Encodes messages with a {@link Framing} around them, the counterpart of {@link FrameReader}. */
public final class FrameWriter<T> {
    private final WireCodec<T> codec;
    private final Framing framing;

    public FrameWriter(WireCodec<T> codec, Framing framing) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.framing = Objects.requireNonNull(framing, "framing");
        if (framing instanceof Framing.LengthField f && f.offset() != 0) {
            throw new IllegalArgumentException("a writer cannot invent the " + f.offset()
                    + " header bytes before the length field; write them as part of the message instead");
        }
    }

    /** The framed bytes of one message. */
    public byte[] frame(T message) {
        byte[] body = codec.encode(message);
        if (framing instanceof Framing.Delimited d) {
            if (Delimiters.contains(body, d.delimiter())) {
                throw new WireEncodeException(name(), "a message without the delimiter", "a message containing it");
            }
            return ByteBuffer.allocate(body.length + d.delimiter().length).put(body).put(d.delimiter()).array();
        }
        if (framing instanceof Framing.LengthField f) {
            long value = (long) body.length - f.adjustment();
            checkFits(value, f.width());
            ByteBuffer out = ByteBuffer.allocate(f.width() + body.length);
            putUnsigned(out, value, f.width(), f.endian());
            return out.put(body).array();
        }
        if (framing instanceof Framing.Chunked c) {
            int blocks = (body.length + c.blockSize() - 1) / c.blockSize();
            ByteBuffer out = ByteBuffer.allocate(body.length + (blocks + 1) * c.width());
            for (int at = 0; at < body.length; at += c.blockSize()) {
                int length = Math.min(c.blockSize(), body.length - at);
                checkFits(length, c.width());
                putUnsigned(out, length, c.width(), c.endian());
                out.put(body, at, length);
            }
            putUnsigned(out, 0, c.width(), c.endian());
            return out.array();
        }
        if (framing instanceof Framing.Netstring) {
            byte[] header = (body.length + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(header.length + body.length + 1).put(header).put(body).put((byte) ',').array();
        }
        if (framing instanceof Framing.FixedLength f && body.length != f.length()) {
            throw new WireEncodeException(name(), f.length() + " bytes (the fixed frame length)", body.length + " bytes");
        }
        return body;
    }

    /**
     * Writes one framed message. A message ending with a {@code Payload} is written as its header,
     * then the payload copied from its source in constant memory.
     */
    public void write(T message, OutputStream out) throws IOException {
        if (codec instanceof StreamedCodec<T> streamed && framing instanceof Framing.Schema) {
            Payload payload = streamed.payloadOf(message);
            if (payload != null) {
                ByteBuffer header = ByteBuffer.allocate(streamed.headerSize(message));
                streamed.encodeHeader(message, header);
                out.write(header.array());
                payload.transferTo(out);
                return;
            }
        }
        out.write(frame(message));
    }

    private void checkFits(long value, int width) {
        if (value < 0 || (width < 8 && value >>> (8 * width) != 0)) {
            throw new WireEncodeException(name(), "a length that fits " + width + (width == 1 ? " byte" : " bytes"), Long.toString(value));
        }
    }

    private String name() {
        return codec.getClass().getSimpleName().replaceFirst("Codec$", "");
    }

    private static void putUnsigned(ByteBuffer out, long value, int width, Endian endian) {
        for (int k = 0; k < width; k++) {
            int shift = endian == Endian.BIG ? 8 * (width - 1 - k) : 8 * k;
            out.put((byte) (value >>> shift));
        }
    }
}

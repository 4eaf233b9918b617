package io.wireform.samples.websocket;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.WireDecodeException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Frames to bytes and back. The header is the generated {@link FrameHeaderCodec}'s: its
 * {@code frameLength} says how long a header is once its first bytes are in (2, 4 or 10, plus 4 with a
 * masking key), and {@code decode} reads it. This class adds only the payload data after it, which a
 * generated codec cannot size (see {@link FrameHeader}). {@link Decoder} is a push decoder: feed it
 * bytes as they arrive, in any chunks.
 */
public final class Frames {
    private Frames() {}

    /** The frame's bytes: the header, then the payload, masked if the header has a key. */
    public static byte[] encode(Frame frame) {
        byte[] header = FrameHeaderCodec.INSTANCE.encode(frame.header());
        byte[] wire = Arrays.copyOf(header, header.length + frame.payload().length);
        System.arraycopy(frame.payload(), 0, wire, header.length, frame.payload().length);
        frame.header().maskingKey().ifPresent(key -> Masking.apply(key, 0, wire, header.length, frame.payload().length));
        return wire;
    }

    /** Frames out of bytes fed in any chunks; the payloads come out unmasked. */
    public static final class Decoder {
        private final int maxPayload;
        private byte[] buffer = new byte[256];
        private int filled;

        /** @param maxPayload the largest payload accepted; a longer one is refused before it is buffered */
        public Decoder(int maxPayload) {
            this.maxPayload = maxPayload;
        }

        /** Takes {@code chunk}; answers the frames it completed, in order. */
        public List<Frame> feed(byte[] chunk) {
            return feed(chunk, 0, chunk.length);
        }

        public List<Frame> feed(byte[] chunk, int offset, int length) {
            append(chunk, offset, length);
            List<Frame> frames = new ArrayList<>();
            int start = 0;
            while (true) {
                ByteBuffer view = ByteBuffer.wrap(buffer, start, filled - start).slice();
                int headerLength = FrameHeaderCodec.INSTANCE.frameLength(view);
                if (headerLength < 0 || headerLength > view.remaining()) {
                    break;
                }
                FrameHeader header = FrameHeaderCodec.INSTANCE.decode(view.duplicate().limit(headerLength));
                long payloadLength = header.payloadLength();
                if (payloadLength < 0) {
                    throw new WireDecodeException(view, 0, 2, "FrameHeader.extendedPayloadLength.Length64.length",
                            "a 64-bit length whose most significant bit is 0 (RFC 6455 5.2)", Long.toUnsignedString(payloadLength));
                }
                if (payloadLength > maxPayload) {
                    throw new FrameTooLargeException(view, 0, 1, "FrameHeader.payloadLength", payloadLength, maxPayload,
                            "raise the Decoder's maxPayload");
                }
                if (view.remaining() - headerLength < payloadLength) {
                    break;
                }
                byte[] payload = Arrays.copyOfRange(buffer, start + headerLength, start + headerLength + (int) payloadLength);
                header.maskingKey().ifPresent(key -> Masking.apply(key, 0, payload, 0, payload.length));
                frames.add(new Frame(header, payload));
                start += headerLength + (int) payloadLength;
            }
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
            return frames;
        }

        /** Bytes received that are not a whole frame yet. */
        public int buffered() {
            return filled;
        }

        private void append(byte[] chunk, int offset, int length) {
            if (filled + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, filled + length));
            }
            System.arraycopy(chunk, offset, buffer, filled, length);
            filled += length;
        }
    }
}

package io.wireform.samples.websocket;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A whole frame: its {@link FrameHeader} (encoded by the generated {@code FrameHeaderCodec}) and its
 * payload data, held unmasked. On the wire the payload follows the header, XORed with the masking key
 * when there is one ({@link Masking}).
 *
 * @param payload the application's bytes, never masked
 */
public record Frame(FrameHeader header, byte[] payload) {

    public Frame {
        if (header.payloadLength() != payload.length) {
            throw new IllegalArgumentException("the header says " + header.payloadLength() + " payload bytes, got " + payload.length);
        }
    }

    /** A final frame of {@code opcode}, masked with {@code maskingKey} when present (a client's frames always are). */
    public static Frame of(int opcode, byte[] payload, Optional<Integer> maskingKey) {
        return new Frame(FrameHeader.of(true, opcode, maskingKey, payload.length), payload);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame frame && header.equals(frame.header) && Arrays.equals(payload, frame.payload);
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        String shown = HexFormat.of().formatHex(payload, 0, Math.min(payload.length, 16));
        return "Frame[" + header + ", payload=" + payload.length + " bytes " + shown + (payload.length > 16 ? "..." : "") + "]";
    }
}

package io.wireform.runtime;

import java.nio.ByteBuffer;

/**
 * Encodes and decodes one message type. The processor generates a final implementation per
 * {@code @Message} record, reachable as {@code <Name>Codec.INSTANCE}; implementations are stateless
 * and safe to share between threads.
 *
 * <p>All buffer methods work from the buffer's current position and ignore its {@link
 * ByteBuffer#order() byte order}: the schema decides byte order.
 *
 * @param <T> the message type
 */
public interface WireCodec<T> {

    /** Returned by {@link #frameLength(ByteBuffer)} when the bytes at hand do not tell yet. */
    int NEED_MORE = -1;

    /**
     * Writes one frame at the output's position and advances it past the frame.
     *
     * @throws WireEncodeException if a value cannot be represented (too long, out of range, null);
     *     the output's position is then unchanged
     * @throws java.nio.BufferOverflowException if fewer than {@link #sizeOf(Object)} bytes remain;
     *     nothing is written then
     */
    void encode(T value, ByteBuffer out);

    /**
     * Reads exactly one frame from the input's position and advances past it. On error the
     * position is left where it was, so no byte is lost.
     *
     * @throws WireException if the bytes are not a valid frame; {@link TruncatedFrameException} if
     *     the frame does not fit in the remaining bytes
     */
    T decode(ByteBuffer in);

    /** The number of bytes {@link #encode(Object, ByteBuffer)} writes for this value. */
    int sizeOf(T value);

    /**
     * Looks at the bytes from the input's position, without consuming or allocating, and returns
     * the length of the frame that starts there, or {@link #NEED_MORE} if more bytes must arrive
     * before it is known. The frame itself may still be incomplete.
     */
    int frameLength(ByteBuffer in);

    /** Encodes into a new array of exactly {@link #sizeOf(Object)} bytes. */
    default byte[] encode(T value) {
        byte[] bytes = new byte[sizeOf(value)];
        encode(value, ByteBuffer.wrap(bytes));
        return bytes;
    }

    /**
     * Decodes one frame that must fill the whole array.
     *
     * @throws WireDecodeException if bytes are left over after the frame
     */
    default T decode(byte[] frame) {
        ByteBuffer in = ByteBuffer.wrap(frame);
        T value = decode(in);
        if (in.hasRemaining()) {
            throw new WireDecodeException(in, 0, in.position(), value.getClass().getSimpleName(),
                    "end of frame after " + in.position() + " bytes", in.remaining() + " more bytes");
        }
        return value;
    }
}

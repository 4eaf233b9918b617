package io.wireform.runtime;

import io.wireform.annotations.Resync;
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

    /**
     * Returned by {@link #frameLength(ByteBuffer)} when the bytes at hand do not tell yet. Generated
     * codecs say more: any negative result {@code -n} means that {@code n} bytes from the frame's start
     * must be there before the length can be told (or a step further taken), so a reader need not ask
     * again until then; {@code -1} promises only that one more byte is needed.
     */
    int NEED_MORE = -1;

    /**
     * Writes one frame at the output's position and advances it past the frame.
     *
     * @throws WireEncodeException if a value cannot be represented (too long, out of range, null);
     *     the output's position is then unchanged, though bytes after it may have been written
     * @throws java.nio.BufferOverflowException if fewer than {@link #sizeOf(Object)} bytes remain;
     *     nothing is written then
     */
    void encode(T value, ByteBuffer out);

    /**
     * Reads exactly one frame from the input's position, not past {@code limit}, and advances past it.
     * A value that takes "the rest of the frame" ends at {@code limit}. On error the position is left
     * where it was, so no byte is lost.
     *
     * @throws WireException if the bytes are not a valid frame; {@link TruncatedFrameException} if
     *     the frame does not fit before the input's limit
     */
    T decode(ByteBuffer in, int limit);

    /** Reads exactly one frame from the input's position, up to its limit: {@code decode(in, in.limit())}. */
    default T decode(ByteBuffer in) {
        return decode(in, in.limit());
    }

    /** The number of bytes {@link #encode(Object, ByteBuffer)} writes for this value. */
    int sizeOf(T value);

    /**
     * Looks at the bytes from index {@code at} up to {@code limit}, without consuming or allocating,
     * and returns the length of the frame that starts there, or a negative number (see {@link
     * #NEED_MORE}) if more bytes must arrive before it is known. The frame itself may still be incomplete. A frame that ends with "the
     * rest of the frame" extends to {@code limit}: its framing is the transport's.
     *
     * A generated codec's {@code frameLength} walks only what measures the frame (its public {@code measure});
     * where the walk finds the bytes wrong, it names the error {@link #decode(ByteBuffer, int)} names for the same bytes (or asks
     * for more bytes where decode finds them cut short), so that one input has one error however it is read.
     *
     * @throws WireException if the bytes read so far already cannot start a valid frame: decode's error for them
     */
    int frameLength(ByteBuffer in, int at, int limit);

    /**
     * {@link #frameLength(ByteBuffer, int, int)} for a reader that looks at the same frame again as
     * more of it arrives: {@code scan} (kept by the reader, reset for each frame) lets a delimiter search
     * resume where the last look stopped. Generated codecs whose frames hold delimiters use it; the
     * default ignores it.
     */
    default int frameLength(ByteBuffer in, int at, int limit, FrameScan scan) {
        return frameLength(in, at, limit);
    }

    /**
     * Whether a frame runs to the end of its input: a message that ends with a {@code @Remaining}
     * value outside any {@code @Length} region cannot say where it ends, so on a stream its frames
     * need a framing of the transport's ({@code Framing.delimited}, {@code lengthPrefixed},
     * {@code untilClose}, ...). A reader with the schema's own framing refuses such a codec.
     */
    default boolean runsToEnd() {
        return false;
    }

    /**
     * The largest frame, in bytes, its schema declares ({@code maxFrameLength} on {@code @Message} or
     * {@code @Protocol}); 0 when it declares none. {@code FrameReader.builder(codec)} and the socket
     * builders start from it (16 MiB when 0) unless told otherwise.
     */
    default int declaredMaxFrameLength() {
        return 0;
    }

    /**
     * What a reader does with bytes that are not a valid frame, as its schema declares ({@code resync}
     * on {@code @Message} or {@code @Protocol}); {@link Resync#FAIL} when it declares none. {@code
     * FrameReader.builder(codec)} and the socket builders start from it unless told otherwise.
     */
    default Resync declaredResync() {
        return Resync.FAIL;
    }

    /** {@link #frameLength(ByteBuffer, int, int)} from the input's position to its limit. */
    default int frameLength(ByteBuffer in) {
        return frameLength(in, in.position(), in.limit());
    }

    /**
     * The constant bytes every frame starts with, one array per kind of frame; empty when frames
     * have no magic. A reader resynchronising after garbage scans for these.
     */
    default java.util.List<byte[]> magics() {
        return java.util.List.of();
    }

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

    /**
     * Decodes as {@link #decode(ByteBuffer, int)} does, telling {@code trace} of each field as it is
     * read: what {@link #explain(byte[])} is made of. Generated codecs read field by field with the
     * same checks as {@code decode}; this default tells of the whole frame as one field.
     */
    default T decodeTraced(ByteBuffer in, int limit, io.wireform.runtime.explain.Trace trace) {
        int from = in.position();
        T value = decode(in, limit);
        trace.field(value.getClass().getSimpleName(), from, in.position(), value);
        return value;
    }

    /**
     * Takes one frame apart: each field's offset, length, bytes and decoded value, the derived fields
     * checked, and where decoding fails, the error after the fields decoded before it. Its {@code
     * toString()} is a table for a terminal. Fails exactly where and how {@link #decode(byte[])} fails.
     */
    default io.wireform.runtime.explain.Explanation explain(byte[] frame) {
        return io.wireform.runtime.explain.Explanation.of(this, frame);
    }
}

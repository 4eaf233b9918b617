package io.wireform.runtime;

import java.nio.ByteBuffer;

/**
 * Reads and writes one component the annotations cannot describe, named by {@code @Using} on it: the
 * generated codec holds one instance (its {@code public static final INSTANCE}, or one made by its
 * public no-arg constructor) and calls it directly. Implementations are stateless and safe to share.
 *
 * <p>Like {@link WireCodec}, all methods ignore the buffer's byte order. Errors: throw a
 * {@link WireException} (e.g. a {@link WireDecodeException} built with {@code frameStart} = the
 * position {@code read} started at); the generated code places it at the component's path and offset.
 * Any other {@code RuntimeException} becomes a {@link WireDecodeException} or {@link WireEncodeException}
 * naming the component, so nothing else escapes the message's codec.
 *
 * @param <T> the component's type
 */
public interface FieldCodec<T> {

    /**
     * Reads the value that starts at the input's position and advances the position past its bytes:
     * the bytes of this field alone, not those a pointer refers to. The value may not reach past
     * {@code limit}, which is the end of the input or of the enclosing {@code @Length} region (the
     * generated code checks the position it is left at). {@code origin} is the index where the
     * outermost frame being decoded starts (for a name in a record in a DNS message: the message's
     * first byte), so that offsets within that frame, such as compression pointers, can be followed
     * backwards; bytes from {@code origin} up to the position are already read and valid.
     *
     * @throws WireException if the bytes are not a valid value
     */
    T read(ByteBuffer in, int limit, int origin);

    /** Writes the value at the output's position and advances it by exactly {@link #size(Object)} bytes. */
    void write(T value, ByteBuffer out);

    /**
     * The number of bytes {@link #write} writes for this value, which it checks first.
     *
     * @throws WireException (a {@link WireEncodeException}) if the value cannot be written
     */
    int size(T value);

    /**
     * Looks at the bytes from {@code at} up to {@code limit} without consuming them and returns the
     * number of bytes the value starting there takes (the bytes {@link #read} moves past), or, while
     * the bytes at hand do not tell, {@code -n}: at least {@code n} bytes from {@code at} must be there
     * before it can tell ({@code -(limit - at + 1)} asks for one more byte). Stream readers call it,
     * through the message codec's {@code frameLength}, to know where a frame ends.
     *
     * @throws WireException if the bytes seen already cannot start a valid value
     */
    int length(ByteBuffer in, int at, int limit);
}

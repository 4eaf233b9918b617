package io.wireform.runtime;

import java.nio.ByteBuffer;

/**
 * Encodes and decodes a protocol whose record an earlier component of the message holding it chooses
 * ({@code @Protocol(selected = true)}, used through {@code @SelectedBy}): the choice itself is not on
 * the wire, so decoding is given the chooser's value, and encoding writes the record alone. The
 * processor generates a final implementation per such protocol, reachable as {@code <Name>Codec.INSTANCE},
 * which the codecs of the messages holding it call; stateless and safe to share.
 *
 * @param <T> the protocol's type
 */
public interface SelectedCodec<T> {

    /** Writes the record at the output's position and advances past it, as {@link WireCodec#encode} does. */
    void encode(T value, ByteBuffer out);

    /**
     * Reads the record that {@code selector} chooses from the input's position, not past {@code limit},
     * and advances past it; on error the position is left where it was.
     *
     * @throws UnknownTagException if no record (and no fallback) is chosen by {@code selector}
     */
    T decode(ByteBuffer in, int limit, long selector);

    /** The bytes {@link #encode} writes for this value. */
    int sizeOf(T value);

    /**
     * The length of the record {@code selector} chooses, starting at {@code at}, or a negative hint as
     * {@link WireCodec#frameLength(ByteBuffer, int, int)} gives; {@code scan} may be null.
     */
    int frameLength(ByteBuffer in, int at, int limit, long selector, FrameScan scan);

    /** Whether {@code selector} chooses the record of {@code value}: encoding checks it, so that the value reads back. */
    boolean chosenBy(T value, long selector);

    /**
     * Decodes as {@link #decode(ByteBuffer, int, long)} does, telling {@code trace} of each field as it is
     * read (see {@link WireCodec#decodeTraced}); this default tells of the whole record as one field.
     */
    default T decodeTraced(ByteBuffer in, int limit, long selector, io.wireform.runtime.explain.Trace trace) {
        int from = in.position();
        T value = decode(in, limit, selector);
        trace.field(value.getClass().getSimpleName(), from, in.position(), value);
        return value;
    }
}

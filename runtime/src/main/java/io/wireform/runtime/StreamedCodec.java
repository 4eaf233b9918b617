package io.wireform.runtime;

import java.nio.ByteBuffer;

/**
 * A codec for a message that ends with a {@link Payload}: besides the whole-buffer methods of
 * {@link WireCodec}, it reads and writes the message's header alone, so that readers and writers
 * can stream the payload instead of buffering it.
 */
public interface StreamedCodec<T> extends WireCodec<T> {

    /**
     * Looks at the bytes from {@code start}, consuming and allocating nothing: the length of the
     * header (everything before the payload's first byte), or a negative hint as {@link
     * #frameLength(ByteBuffer, int, int)} gives. A message of this type whose variant has no payload
     * is all header.
     */
    int headerLength(ByteBuffer in, int start, int limit);

    /** {@link #headerLength(ByteBuffer, int, int)} resuming delimiter searches, as {@link #frameLength(ByteBuffer, int, int, FrameScan)}. */
    default int headerLength(ByteBuffer in, int start, int limit, FrameScan scan) {
        return headerLength(in, start, limit);
    }

    /**
     * Decodes the header from the input's position, up to {@code limit}, and advances past it. The
     * payload the header announces is opened on {@code source} and not read here.
     */
    T decodeHeader(ByteBuffer in, int limit, PayloadSource source);

    /**
     * Whether, with its payload streamed, a frame's header can still run to the end of its input (a
     * record of the union without a payload ends with a {@code @Remaining} value): see {@link #runsToEnd()}.
     */
    default boolean headerRunsToEnd() {
        return false;
    }

    /** The bytes {@link #encodeHeader} writes for this message. */
    int headerSize(T message);

    /** Writes everything but the payload's bytes, which are to follow. */
    void encodeHeader(T message, ByteBuffer out);

    /** The payload of this message, or null if its variant has none. */
    Payload payloadOf(T message);

    /** Where a reader's payloads come from: the stream the header arrived on. */
    @FunctionalInterface
    interface PayloadSource {
        /**
         * The payload of the message being decoded: {@code length} bytes, or, when {@code length} is
         * negative, all bytes up to the end of the stream.
         */
        Payload open(long length);
    }
}

package io.wireform.runtime.stream;

import java.nio.ByteBuffer;

/**
 * Where a push {@link FrameReader} sends the bytes of streamed payloads: the message comes first,
 * to the reader's ordinary sink, then its payload here in chunks as they arrive, then {@link #end}.
 */
public interface PayloadSink<T> {

    /** The next bytes of {@code message}'s payload; {@code chunk} is valid only during the call. */
    void bytes(T message, ByteBuffer chunk);

    /** All of {@code message}'s payload has arrived. */
    void end(T message);
}

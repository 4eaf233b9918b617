package io.wireform.conformance.stream;

import io.wireform.conformance.schema.Equality;
import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A protocol under test: how its readers are built and how valid frames are made. Every frame is
 * whole bytes as they go on the wire, framing included.
 *
 * @param name what reports call it
 * @param readers a new reader builder with the protocol's preset settings each time
 * @param frames a random valid frame
 * @param payloadOf the streamed payload of a message, or null for a protocol without payloads
 * @param describe a message as text that does not depend on how it was read (payload aside)
 */
public record Subject<T>(String name, Supplier<FrameReader.Builder<T>> readers, Function<Random, byte[]> frames,
                         Function<Object, Payload> payloadOf, Function<Object, String> describe) {

    public static <T> Subject<T> of(String name, Supplier<FrameReader.Builder<T>> readers,
                                    Function<Random, byte[]> frames) {
        return new Subject<>(name, readers, frames, null, Equality::show);
    }
}

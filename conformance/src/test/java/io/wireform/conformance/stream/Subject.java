package io.wireform.conformance.stream;

import io.wireform.conformance.schema.Equality;
import io.wireform.runtime.Payload;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameReader;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A protocol under test: how its readers are built and how valid frames are made. Every frame is
 * whole bytes as they go on the wire, framing included.
 *
 * @param name what reports call it
 * @param codec the codec its readers decode frames with, for the schema's own framing; null when the readers
 *     use another framing (the codec then sees only the message inside each frame): their errors are then
 *     placed in the stream, not compared with the codec's
 * @param readers a new reader builder with the protocol's preset settings each time
 * @param frames a random valid frame
 * @param payloadOf the streamed payload of a message, or null for a protocol without payloads
 * @param describe a message as text that does not depend on how it was read (payload aside)
 */
public record Subject<T>(String name, WireCodec<T> codec, Supplier<FrameReader.Builder<T>> readers,
                         Function<Random, byte[]> frames, Function<Object, Payload> payloadOf,
                         Function<Object, String> describe) {

    public static <T> Subject<T> of(String name, WireCodec<T> codec, Supplier<FrameReader.Builder<T>> readers,
                                    Function<Random, byte[]> frames) {
        return new Subject<>(name, codec, readers, frames, null, Equality::show);
    }
}

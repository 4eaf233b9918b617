package io.wireform.runtime.net;

import io.wireform.annotations.Resync;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import java.util.Objects;
import java.util.function.Supplier;

/** The settings client and server builders share: how each connection's bytes become messages. */
abstract class EndpointBuilder<I, O, B extends EndpointBuilder<I, O, B>> {
    final Endpoint<I, O> endpoint;

    EndpointBuilder(Endpoint<I, O> endpoint) {
        this.endpoint = endpoint;
    }

    abstract B self();

    /**
     * How messages are delimited, both ways; the schema's own layout unless set.
     *
     * @throws IllegalArgumentException for a framing that cannot be written, as {@link FrameWriter}
     *     refuses it: {@code Framing.lengthField(offset, ...)} with {@code offset > 0}, whose bytes before
     *     the length field are not known
     */
    public B framing(Framing framing) {
        Objects.requireNonNull(framing, "framing");
        new FrameWriter<>(endpoint.outbound, framing); // every connection writes in it too: refused here, not on each
        endpoint.framing = framing;
        return self();
    }

    /**
     * The largest frame accepted, in bytes; unless set, what the schema declares ({@code maxFrameLength}
     * on {@code @Message}/{@code @Protocol}), else 16 MiB.
     */
    public B maxFrameLength(int maxFrameLength) {
        endpoint.maxFrameLength = maxFrameLength;
        return self();
    }

    /**
     * What to do with bytes that are not a valid frame; unless set, what the schema declares ({@code
     * resync} on {@code @Message}/{@code @Protocol}), else fail.
     */
    public B resync(Resync resync) {
        endpoint.resync = Objects.requireNonNull(resync, "resync");
        return self();
    }

    /**
     * Reads each connection with a reader made by {@code frames}, e.g.
     * {@code () -> DeviceBlockReader.builder().onDropped(listener).build()}: a generated reader's
     * preset, listeners, payload sinks. It replaces the framing, limit and resync set here.
     */
    public B frames(Supplier<FrameReader<I>> frames) {
        endpoint.frames = Objects.requireNonNull(frames, "frames");
        return self();
    }
}

package io.wireform.runtime.net;

import io.wireform.annotations.Resync;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** What both ends of a connection are set up with: codecs, framing, limits, resync. */
final class Endpoint<I, O> {
    final WireCodec<I> inbound;
    final WireCodec<O> outbound;
    Framing framing = Framing.schema();
    int maxFrameLength = FrameReader.DEFAULT_MAX_FRAME_LENGTH;
    Resync resync = Resync.FAIL;
    Duration readTimeout = Duration.ZERO;
    /** Makes each connection's reader, when set: overrides framing, limit and resync. */
    Supplier<FrameReader<I>> frames;

    Endpoint(WireCodec<I> inbound, WireCodec<O> outbound) {
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.outbound = Objects.requireNonNull(outbound, "outbound");
    }

    FrameReader<I> reader() {
        if (frames != null) {
            return Objects.requireNonNull(frames.get(), "the frames supplier returned null");
        }
        return FrameReader.builder(inbound).framing(framing).maxFrameLength(maxFrameLength).resync(resync).build();
    }

    FrameWriter<O> writer() {
        return new FrameWriter<>(outbound, framing);
    }

    static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}

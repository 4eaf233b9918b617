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
    /** The largest frame, as set on the builder; null unless set: each codec's schema decides. */
    Integer maxFrameLength;
    /** The resync policy, as set on the builder; null unless set: the inbound codec's schema decides. */
    Resync resync;
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
        FrameReader.Builder<I> reader = builder(inbound);
        if (resync != null) {
            reader.resync(resync);
        }
        return reader.build();
    }

    /** A reader builder for {@code codec} in this framing, with the frame limit set here or the schema's. */
    <M> FrameReader.Builder<M> builder(WireCodec<M> codec) {
        FrameReader.Builder<M> reader = FrameReader.builder(codec).framing(framing);
        if (maxFrameLength != null) {
            reader.maxFrameLength(maxFrameLength);
        }
        return reader;
    }

    /** The largest frame of {@code codec}'s read here: as set on the builder, else its schema's, else 16 MiB. */
    int maxFrameLength(WireCodec<?> codec) {
        if (maxFrameLength != null) {
            return maxFrameLength;
        }
        int declared = codec.declaredMaxFrameLength();
        return declared > 0 ? declared : FrameReader.DEFAULT_MAX_FRAME_LENGTH;
    }

    FrameWriter<O> writer() {
        return new FrameWriter<>(outbound, framing);
    }

    static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}

package io.wireform.gateway;

import io.wireform.kafka.WireSerde;
import io.wireform.kafka.WireSerdes;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A Kafka Streams topology over the gateway's topic: the number of device blocks of each kind
 * ({@code Realtime}, {@code Extra}, {@code ExtraLong}), from all devices, updated on the output topic
 * ({@value #OUTPUT} by default) as a changelog (key the kind, value the count so far) and kept in the store {@value #STORE}. The
 * blocks are read, and re-keyed by kind through a repartition topic, with the gateway's own codec as
 * a {@link WireSerde}.
 */
public final class FrameCounts {
    public static final String OUTPUT = "frames-per-kind";
    public static final String STORE = "frames-per-kind-store";

    private FrameCounts() {}

    /** Counts the blocks on {@code input} by kind, into {@value #OUTPUT}. */
    public static Topology topology(String input) {
        return topology(input, OUTPUT);
    }

    public static Topology topology(String input, String output) {
        WireSerde<DeviceBlock> blocks = WireSerdes.serde(DeviceBlockCodec.INSTANCE);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), blocks))
                .groupBy((device, block) -> kind(block), Grouped.with("by-kind", Serdes.String(), blocks))
                .count(Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.Long()))
                .toStream()
                .to(output, Produced.with(Serdes.String(), Serdes.Long()));
        return builder.build();
    }

    /** The block's kind: its record's name. */
    public static String kind(DeviceBlock block) {
        if (block instanceof Realtime) {
            return "Realtime";
        }
        if (block instanceof Extra) {
            return "Extra";
        }
        if (block instanceof ExtraLong) {
            return "ExtraLong";
        }
        throw new IllegalArgumentException("not a seeds/004 block: " + block);
    }
}

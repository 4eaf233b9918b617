package io.wireform.kafka;

import io.wireform.runtime.WireCodec;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A {@link WireSerializer} and a {@link WireDeserializer} over one codec, for Kafka Streams:
 * {@code Consumed.with(Serdes.String(), WireSerdes.serde(DeviceBlockCodec.INSTANCE))}, or by class
 * name as {@code default.value.serde} with {@link WireSerdes#VALUE_CODEC_CONFIG}.
 *
 * @param <T> the message type
 */
public final class WireSerde<T> implements Serde<T> {
    private final WireSerializer<T> serializer;
    private final WireDeserializer<T> deserializer;

    /** For configuration by class name: {@link #configure} takes the codec from the configuration. */
    public WireSerde() {
        this.serializer = new WireSerializer<>();
        this.deserializer = new WireDeserializer<>();
    }

    public WireSerde(WireCodec<T> codec) {
        this.serializer = new WireSerializer<>(codec);
        this.deserializer = new WireDeserializer<>(codec);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public WireSerializer<T> serializer() {
        return serializer;
    }

    @Override
    public WireDeserializer<T> deserializer() {
        return deserializer;
    }
}

package io.wireform.kafka;

import io.wireform.runtime.WireCodec;

/**
 * Kafka serializers, deserializers and serdes over generated codecs, in the manner of Kafka's own
 * {@code Serdes}:
 *
 * <pre>{@code
 * Serde<DeviceBlock> blocks = WireSerdes.serde(DeviceBlockCodec.INSTANCE);
 * KStream<String, DeviceBlock> stream = builder.stream("device-blocks", Consumed.with(Serdes.String(), blocks));
 * }</pre>
 *
 * <p>Where Kafka makes them from configuration, name the class and the codec:
 * {@code value.deserializer=io.wireform.kafka.WireDeserializer} and
 * {@code wireform.value.codec=com.example.DeviceBlockCodec}.
 */
public final class WireSerdes {
    /** The codec for keys, when a serializer, deserializer or serde is made by class name: a generated codec's class name. */
    public static final String KEY_CODEC_CONFIG = "wireform.key.codec";
    /** The codec for values, when a serializer, deserializer or serde is made by class name: a generated codec's class name. */
    public static final String VALUE_CODEC_CONFIG = "wireform.value.codec";

    private WireSerdes() {}

    public static <T> WireSerde<T> serde(WireCodec<T> codec) {
        return new WireSerde<>(codec);
    }

    public static <T> WireSerializer<T> serializer(WireCodec<T> codec) {
        return new WireSerializer<>(codec);
    }

    public static <T> WireDeserializer<T> deserializer(WireCodec<T> codec) {
        return new WireDeserializer<>(codec);
    }
}

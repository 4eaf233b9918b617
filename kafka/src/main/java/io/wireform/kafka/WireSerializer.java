package io.wireform.kafka;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serializer} that writes each value with a generated codec: the record value is
 * exactly the frame the codec encodes, the bytes a device or peer would send. A null value is a
 * null record value (a tombstone on a compacted topic). Stateless and thread-safe once configured.
 *
 * <pre>{@code
 * new KafkaProducer<>(props, new StringSerializer(), new WireSerializer<>(DeviceBlockCodec.INSTANCE));
 * }</pre>
 *
 * @param <T> the message type
 */
public final class WireSerializer<T> implements Serializer<T> {
    private WireCodec<T> codec;

    /**
     * For configuration by class name ({@code value.serializer}): {@link #configure} takes the codec
     * from {@link WireSerdes#VALUE_CODEC_CONFIG} (or {@link WireSerdes#KEY_CODEC_CONFIG} for keys).
     */
    public WireSerializer() {}

    public WireSerializer(WireCodec<T> codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** Takes the codec from the configuration unless one was given to the constructor. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (codec == null) {
            codec = Codecs.fromConfig(configs, isKey);
        }
    }

    /**
     * The value's frame, in a new array of exactly its size; null for null.
     *
     * @throws SerializationException if the value cannot be encoded (a number out of its wire range, a
     *     text too long for its field, a null); its cause is the codec's {@code WireEncodeException},
     *     which names the field
     */
    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        WireCodec<T> c = codec();
        try {
            return c.encode(value);
        } catch (WireException e) {
            throw new SerializationException("Cannot serialize a " + value.getClass().getSimpleName()
                    + " for topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /** The codec in use. */
    public WireCodec<T> codec() {
        return Codecs.require(codec);
    }
}

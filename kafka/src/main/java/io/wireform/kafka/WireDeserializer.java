package io.wireform.kafka;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A Kafka {@link Deserializer} that reads each record value as exactly one frame of a generated
 * codec. A null record value (a tombstone) gives null. The consumer hands record values over as
 * {@link ByteBuffer}s over its fetch buffer; {@link #deserialize(String, Headers, ByteBuffer)} decodes
 * from that buffer in place, without first copying the value into an array.
 *
 * <p>Bytes that are not one valid frame (bad markers, an unknown tag, too few or too many bytes) are a
 * {@link SerializationException} whose cause is the codec's {@link WireException}, with the offset in
 * the value and the field path. The consumer reports it as a {@code RecordDeserializationException}
 * naming the partition and offset; {@link MalformedRecords#poll} skips such a record and reports it.
 *
 * @param <T> the message type
 */
public final class WireDeserializer<T> implements Deserializer<T> {
    private WireCodec<T> codec;

    /**
     * For configuration by class name ({@code value.deserializer}): {@link #configure} takes the codec
     * from {@link WireSerdes#VALUE_CODEC_CONFIG} (or {@link WireSerdes#KEY_CODEC_CONFIG} for keys).
     */
    public WireDeserializer() {}

    public WireDeserializer(WireCodec<T> codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** Takes the codec from the configuration unless one was given to the constructor. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (codec == null) {
            codec = Codecs.fromConfig(configs, isKey);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : decode(topic, ByteBuffer.wrap(data));
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        return deserialize(topic, data);
    }

    /**
     * Decodes the buffer's remaining bytes, which must be exactly one frame, where they are. The
     * buffer's position and limit are as they were afterwards, whether it decoded or not.
     */
    @Override
    public T deserialize(String topic, Headers headers, ByteBuffer data) {
        return data == null ? null : decode(topic, data);
    }

    private T decode(String topic, ByteBuffer data) {
        WireCodec<T> c = codec();
        int start = data.position();
        try {
            T value = c.decode(data, data.limit());
            if (data.hasRemaining()) {
                throw new WireDecodeException(data, start, data.position(), value.getClass().getSimpleName(),
                        "end of frame after " + (data.position() - start) + " bytes", data.remaining() + " more bytes");
            }
            return value;
        } catch (WireException e) {
            throw new SerializationException("Cannot deserialize a record of topic " + topic + " with "
                    + c.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } finally {
            data.position(start);
        }
    }

    /** The codec in use. */
    public WireCodec<T> codec() {
        return Codecs.require(codec);
    }
}

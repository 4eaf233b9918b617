package io.wireform.kafka;

import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;

/**
 * A record on a topic that its deserializer refused: where it is, its bytes as they are on the topic,
 * and why.
 *
 * @param partition the topic and partition
 * @param offset the record's offset in the partition
 * @param error the consumer's exception; its cause is the deserializer's
 */
public record MalformedRecord(TopicPartition partition, long offset, RecordDeserializationException error) {

    MalformedRecord(RecordDeserializationException error) {
        this(error.topicPartition(), error.offset(), error);
    }

    /** The record value as it is on the topic (key bytes: {@code error().keyBuffer()}), e.g. for a dead-letter topic; null for a tombstone. */
    public ByteBuffer value() {
        return error.valueBuffer();
    }

    /** The Wireform exception that says where in the value and in which field decoding failed, when the deserializer was Wireform's. */
    public Optional<WireException> wireException() {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WireException wire) {
                return Optional.of(wire);
            }
        }
        return Optional.empty();
    }

    /** {@code device-blocks-2@1041: Malformed frame at offset 0 (DeviceBlock.<magic>): expected ...}. */
    @Override
    public String toString() {
        return partition + "@" + offset + ": " + wireException().map(Throwable::getMessage)
                .orElseGet(() -> String.valueOf(error.getCause() != null ? error.getCause() : error));
    }
}

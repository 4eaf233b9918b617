package io.wireform.kafka;

import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.RecordDeserializationException;

/**
 * The recommended way for a plain consumer to meet a record its deserializer refuses: report it and
 * go on after it. {@code KafkaConsumer.poll} throws a {@link RecordDeserializationException} for such
 * a record (after handing out the records before it), and would throw it again at every poll: the
 * consumer's position stays on the bad record until something seeks past it.
 *
 * <pre>{@code
 * while (running) {
 *     for (ConsumerRecord<String, DeviceBlock> r : MalformedRecords.poll(consumer, Duration.ofMillis(500),
 *             bad -> log.warn("skipped " + bad))) {   // device-blocks-2@1041: Malformed frame at offset 0 ...
 *         handle(r.key(), r.value());
 *     }
 *     consumer.commitSync();
 * }
 * }</pre>
 *
 * <p>Kafka Streams has its own setting for the same decision:
 * {@code deserialization.exception.handler=org.apache.kafka.streams.errors.LogAndContinueExceptionHandler}.
 */
public final class MalformedRecords {
    private MalformedRecords() {}

    /**
     * {@code consumer.poll(timeout)}; if the next record cannot be deserialized, tells
     * {@code onMalformed} about it, moves the consumer past it and returns no records (poll again).
     */
    public static <K, V> ConsumerRecords<K, V> poll(Consumer<K, V> consumer, Duration timeout,
                                                    java.util.function.Consumer<? super MalformedRecord> onMalformed) {
        Objects.requireNonNull(onMalformed, "onMalformed");
        try {
            return consumer.poll(timeout);
        } catch (RecordDeserializationException e) {
            onMalformed.accept(new MalformedRecord(e));
            consumer.seek(e.topicPartition(), e.offset() + 1);
            return ConsumerRecords.empty();
        }
    }
}

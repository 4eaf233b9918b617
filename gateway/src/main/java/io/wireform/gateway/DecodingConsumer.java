package io.wireform.gateway;

import io.wireform.kafka.MalformedRecord;
import io.wireform.kafka.MalformedRecords;
import java.io.Closeable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer of one topic on a thread of its own, values decoded by a deserializer (the gateway's
 * codec through {@code WireDeserializer}): every record goes to {@code onRecord}, every record that
 * does not decode to {@code onMalformed} (with its partition and offset) and is skipped. Offsets are
 * committed after the records of each poll were handled: at least once, so after a crash or a
 * rebalance some records may come again, never fewer.
 *
 * @param <V> the value type
 */
public final class DecodingConsumer<V> implements Closeable {
    private final KafkaConsumer<String, V> consumer;
    private final Thread thread;
    private volatile Throwable failure;

    private DecodingConsumer(Map<String, Object> config, String topic, Deserializer<V> values,
                             Consumer<ConsumerRecord<String, V>> onRecord, Consumer<MalformedRecord> onMalformed) {
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
        consumer.subscribe(List.of(topic));
        this.thread = new Thread(() -> run(onRecord, onMalformed), "consumer-" + topic);
        thread.setDaemon(true);
    }

    /**
     * Starts consuming {@code topic} from its beginning (for a new group) as a member of {@code group}.
     */
    public static <V> DecodingConsumer<V> start(String bootstrapServers, String group, String topic,
                                                Deserializer<V> values, Consumer<ConsumerRecord<String, V>> onRecord,
                                                Consumer<MalformedRecord> onMalformed) {
        Objects.requireNonNull(onRecord, "onRecord");
        Objects.requireNonNull(onMalformed, "onMalformed");
        DecodingConsumer<V> started = new DecodingConsumer<>(config(bootstrapServers, group), topic, values, onRecord,
                onMalformed);
        started.thread.start();
        return started;
    }

    public static Map<String, Object> config(String bootstrapServers, String group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    private void run(Consumer<ConsumerRecord<String, V>> onRecord, Consumer<MalformedRecord> onMalformed) {
        try {
            while (true) {
                var records = MalformedRecords.poll(consumer, Duration.ofMillis(200), onMalformed);
                for (ConsumerRecord<String, V> record : records) {
                    onRecord.accept(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException closing) {
            // close() was called
        } catch (Throwable e) {
            failure = e;
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    /** What stopped the consumer other than {@link #close()}, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Stops the consumer and waits up to 10 s for its thread. */
    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

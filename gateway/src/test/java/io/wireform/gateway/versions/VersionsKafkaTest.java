package io.wireform.gateway.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wireform.gateway.DecodingConsumer;
import io.wireform.gateway.KafkaBroker;
import io.wireform.gateway.broker.LocalKafka;
import io.wireform.gateway.versions.v1.Reading;
import io.wireform.kafka.MalformedRecord;
import io.wireform.kafka.WireSerdes;
import io.wireform.runtime.UnknownTagException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two releases of an application on one topic of the real broker: the old one writes and reads
 * version 1; the new one writes versions 1 and 2 and reads both. The new consumer reads every record;
 * the old consumer reads every version-1 record, whoever wrote it, and reports each version-2 record
 * (unknown tag 2, with partition and offset) and goes on.
 */
@ExtendWith(KafkaBroker.class)
class VersionsKafkaTest {
    private static final int EACH = 60;

    /** Where a record went, and what was in it. */
    private record Placed(int partition, long offset, Object value) {}

    @Test
    void oldAndNewConsumersShareATopic(LocalKafka kafka) throws Exception {
        String topic = KafkaBroker.topic("telemetry");
        kafka.createTopic(topic, 2);
        String bootstrap = kafka.bootstrapServers();
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);

        // what each release should read at each place: the new one every record, the old one version 1 only
        List<Placed> newView = new ArrayList<>();
        List<Placed> oldView = new ArrayList<>();
        List<Placed> versionTwo = new ArrayList<>();
        try (KafkaProducer<String, io.wireform.gateway.versions.v1.Telemetry> oldProducer = new KafkaProducer<>(
                     producerConfig, new StringSerializer(), WireSerdes.serializer(io.wireform.gateway.versions.v1.TelemetryCodec.INSTANCE));
             KafkaProducer<String, io.wireform.gateway.versions.v2.Telemetry> newProducer = new KafkaProducer<>(
                     producerConfig, new StringSerializer(), WireSerdes.serializer(io.wireform.gateway.versions.v2.TelemetryCodec.INSTANCE))) {
            for (int i = 0; i < EACH; i++) {
                String key = "sensor-" + i % 5;
                float celsius = 20 + i / 4f;
                RecordMetadata at = oldProducer.send(new ProducerRecord<>(topic, key, new Reading(i, celsius))).get();
                oldView.add(placed(at, new Reading(i, celsius)));
                newView.add(placed(at, new io.wireform.gateway.versions.v2.Reading(i, celsius)));

                at = newProducer.send(new ProducerRecord<>(topic, key, new io.wireform.gateway.versions.v2.Reading(100 + i, celsius))).get();
                oldView.add(placed(at, new Reading(100 + i, celsius)));
                newView.add(placed(at, new io.wireform.gateway.versions.v2.Reading(100 + i, celsius)));

                var humid = new io.wireform.gateway.versions.v2.ReadingWithHumidity(200 + i, celsius, i % 100);
                at = newProducer.send(new ProducerRecord<>(topic, key, humid)).get();
                newView.add(placed(at, humid));
                versionTwo.add(placed(at, humid));
            }
        }

        Queue<Placed> oldRead = new ConcurrentLinkedQueue<>();
        Queue<MalformedRecord> oldSkipped = new ConcurrentLinkedQueue<>();
        Queue<Placed> newRead = new ConcurrentLinkedQueue<>();
        Queue<MalformedRecord> newSkipped = new ConcurrentLinkedQueue<>();
        try (DecodingConsumer<io.wireform.gateway.versions.v1.Telemetry> oldConsumer = DecodingConsumer.start(bootstrap,
                     "old-release", topic, WireSerdes.deserializer(io.wireform.gateway.versions.v1.TelemetryCodec.INSTANCE),
                     (ConsumerRecord<String, io.wireform.gateway.versions.v1.Telemetry> r) -> oldRead.add(placed(r)), oldSkipped::add);
             DecodingConsumer<io.wireform.gateway.versions.v2.Telemetry> newConsumer = DecodingConsumer.start(bootstrap,
                     "new-release", topic, WireSerdes.deserializer(io.wireform.gateway.versions.v2.TelemetryCodec.INSTANCE),
                     (ConsumerRecord<String, io.wireform.gateway.versions.v2.Telemetry> r) -> newRead.add(placed(r)), newSkipped::add)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((oldRead.size() + oldSkipped.size() < 3 * EACH || newRead.size() < 3 * EACH)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertNull(oldConsumer.failure());
            assertNull(newConsumer.failure());
        }

        Comparator<Placed> order = Comparator.comparingInt(Placed::partition).thenComparingLong(Placed::offset);
        // the new release reads everything, as written
        assertEquals(sorted(newView, order), sorted(newRead, order));
        assertEquals(List.of(), List.copyOf(newSkipped));
        // the old release reads every version-1 record, its own and the new release's, as the same values
        assertEquals(sorted(oldView, order), sorted(oldRead, order));
        // ... and reports each version-2 record where it is, as an unknown tag, and goes on
        List<MalformedRecord> skipped = new ArrayList<>(oldSkipped);
        skipped.sort(Comparator.comparingInt((MalformedRecord m) -> m.partition().partition()).thenComparingLong(MalformedRecord::offset));
        versionTwo.sort(order);
        assertEquals(versionTwo.size(), skipped.size());
        for (int i = 0; i < skipped.size(); i++) {
            assertEquals(versionTwo.get(i).partition(), skipped.get(i).partition().partition());
            assertEquals(versionTwo.get(i).offset(), skipped.get(i).offset());
            UnknownTagException unknown = assertInstanceOf(UnknownTagException.class, skipped.get(i).wireException().orElseThrow());
            assertEquals(2, unknown.tag());
        }
    }

    private static Placed placed(RecordMetadata metadata, Object value) {
        return new Placed(metadata.partition(), metadata.offset(), value);
    }

    private static Placed placed(ConsumerRecord<String, ?> record) {
        return new Placed(record.partition(), record.offset(), record.value());
    }

    private static List<Placed> sorted(java.util.Collection<Placed> placed, Comparator<Placed> order) {
        List<Placed> list = new ArrayList<>(placed);
        list.sort(order);
        return list;
    }
}

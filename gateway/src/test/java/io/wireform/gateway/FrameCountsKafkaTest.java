package io.wireform.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.gateway.broker.LocalKafka;
import io.wireform.samples.runnable.DeviceSimulator;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link FrameCounts} as a Kafka Streams application on the real broker, counting what devices sent through a gateway. */
@ExtendWith(KafkaBroker.class)
class FrameCountsKafkaTest {

    @Test
    void countsWhatTheDevicesSent(LocalKafka kafka, @TempDir Path state) throws Exception {
        Gateway.Topics topics = new Gateway.Topics(KafkaBroker.topic("blocks"), KafkaBroker.topic("requests"));
        String output = KafkaBroker.topic("frames-per-kind");
        kafka.createTopic(topics.devices(), 3);
        kafka.createTopic(topics.modbus(), 1);
        kafka.createTopic(output, 1);
        Properties config = FrameCountsTest.streamsConfig(KafkaBroker.topic("frame-counts"), state);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);

        Map<String, Integer> expected = new TreeMap<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        try (KafkaStreams streams = new KafkaStreams(FrameCounts.topology(topics.devices(), output), config);
             Gateway gateway = Gateway.start(kafka.bootstrapServers(), topics, InetAddress.getLoopbackAddress(), 0, 0,
                     (peer, e) -> errors.add(e))) {
            streams.start();
            for (int device = 0; device < 2; device++) {
                DeviceSimulator.Sent sent = DeviceSimulator.send("127.0.0.1", gateway.deviceAddress().getPort(), 3000,
                        device == 1, 7 + device);
                sent.blocks().forEach((kind, n) -> expected.merge(kind, n, Integer::sum));
            }

            Map<String, Integer> counted = new TreeMap<>();
            Map<String, Object> consumerConfig = new HashMap<>(DecodingConsumer.config(kafka.bootstrapServers(), "counts-reader"));
            try (KafkaConsumer<String, Long> counts = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                    new LongDeserializer())) {
                counts.subscribe(List.of(output));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (!counted.equals(expected) && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, Long> r : counts.poll(Duration.ofMillis(200))) {
                        counted.put(r.key(), r.value().intValue());   // a changelog: the latest count per kind
                    }
                }
            }
            assertEquals(expected, counted);
            assertEquals(List.of(), List.copyOf(errors));
            assertTrue(streams.state().isRunningOrRebalancing(), streams.state().toString());
        }
    }
}

package io.wireform.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.kafka.WireSerdes;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FrameCounts} in Kafka's {@link TopologyTestDriver}: counts by kind through the Serde, and a bad record skipped. */
class FrameCountsTest {

    static Properties streamsConfig(String application, Path state) {
        Properties config = new Properties();
        config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        // what Kafka 5 will do by default, and asks for now
        config.put("processing.exception.handler.global.enabled", true);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");   // not contacted by the test driver
        // the recommended handler: a record that does not decode is logged and skipped
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        return config;
    }

    @Test
    void countsBlocksByKind(@TempDir Path state) {
        try (TopologyTestDriver driver = new TopologyTestDriver(FrameCounts.topology("blocks"), streamsConfig("counts", state))) {
            TestInputTopic<String, DeviceBlock> blocks = driver.createInputTopic("blocks", new StringSerializer(),
                    WireSerdes.serializer(DeviceBlockCodec.INSTANCE));
            TestInputTopic<String, byte[]> raw = driver.createInputTopic("blocks", new StringSerializer(),
                    new ByteArraySerializer());
            blocks.pipeInput("device@a", new Realtime(new byte[150]));
            blocks.pipeInput("device@a", new Extra(new byte[190]));
            raw.pipeInput("device@b", new byte[] {(byte) 0xFD, (byte) 0xAA, 1, 2});   // a cut-off block: skipped
            blocks.pipeInput("device@b", new Realtime(new byte[150]));
            blocks.pipeInput("device@b", new ExtraLong(new byte[192]));
            blocks.pipeInput("device@a", new Realtime(new byte[150]));

            Map<String, Long> latest = driver.createOutputTopic(FrameCounts.OUTPUT, new StringDeserializer(),
                    new LongDeserializer()).readKeyValuesToMap();
            assertEquals(Map.of("Realtime", 3L, "Extra", 1L, "ExtraLong", 1L), latest);
            KeyValueStore<String, ValueAndTimestamp<Long>> store = driver.getTimestampedKeyValueStore(FrameCounts.STORE);
            assertEquals(3L, store.get("Realtime").value());
            assertEquals(1L, store.get("ExtraLong").value());
            assertEquals(1.0, driver.metrics().entrySet().stream()
                    .filter(e -> e.getKey().name().equals("dropped-records-total"))
                    .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum());
        }
    }
}

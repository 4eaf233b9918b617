package io.wireform.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The README's "an idempotent producer ({@code acks=all})": what {@link Gateway#producerConfig} gives
 * both of the gateway's producers, as Kafka's own {@link ProducerConfig} reads it.
 * ({@link GatewayAtLeastOnceKafkaTest} sees both settings at work on the broker.)
 */
class GatewayProducerConfigTest {

    @Test
    void everyRecordIsAcknowledgedByAllInSyncReplicasAndWrittenOnce() {
        for (int linger : List.of(0, 5)) {
            Map<String, Object> given = new HashMap<>(Gateway.producerConfig("127.0.0.1:9092", linger));
            given.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            given.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            ProducerConfig config = new ProducerConfig(given);
            assertEquals("-1", config.getString(ProducerConfig.ACKS_CONFIG), "acks=all");
            assertTrue(config.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG), "enable.idempotence");
            assertTrue(config.getInt(ProducerConfig.RETRIES_CONFIG) > 0, "retries");
            assertTrue(config.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION) <= 5,
                    "at most 5 requests in flight: idempotence keeps their order");
            assertEquals(linger, config.getLong(ProducerConfig.LINGER_MS_CONFIG).intValue());
        }
    }
}

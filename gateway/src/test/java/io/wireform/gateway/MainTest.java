package io.wireform.gateway;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.gateway.broker.LocalKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's one command, as {@code -Pgateway} runs it, on the tests' broker: devices and a Modbus client through the gateway to the consumer. */
@ExtendWith(KafkaBroker.class)
class MainTest {

    @Test
    void runsDevicesThroughTheGatewayToTheConsumer(LocalKafka kafka) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Main.main(new String[] {"bootstrap=" + kafka.bootstrapServers(), "devices=3", "blocks=400", "modbus=30"});
        } finally {
            System.setOut(stdout);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        stdout.print(out);
        assertTrue(out.contains("3 devices sent 1200 blocks with "), out);
        assertTrue(out.contains("the Modbus client sent 30 requests"), out);
        assertTrue(out.contains("consumer decoded 1200 blocks and 30 Modbus requests from Kafka"), out);
        assertTrue(out.lines().filter(line -> line.startsWith("  device@127.0.0.1:")).count() == 3, out);
    }
}

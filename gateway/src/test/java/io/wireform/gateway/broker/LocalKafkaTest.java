package io.wireform.gateway.broker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A broker does not outlive the JVM that started it, even one killed without a chance to close it. */
class LocalKafkaTest {

    /** The JVM the test kills: starts a broker, says its process id and directory, and waits. */
    public static final class Parent {
        public static void main(String[] args) throws Exception {
            LocalKafka kafka = LocalKafka.start();
            System.out.println("broker " + kafka.pid() + " " + kafka.log().getParent());
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));   // killed long before
        }
    }

    @Test
    void brokerExitsWhenItsParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Parent.class.getName())
                .redirectErrorStream(true).start();
        ProcessHandle broker = null;
        Path directory = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String said = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("broker ")) {
                            return line;
                        }
                    }
                    return null;
                } catch (IOException e) {
                    return null;
                }
            }).get(120, TimeUnit.SECONDS);
            assertNotNull(said, "the parent JVM did not start a broker");
            List<String> words = List.of(said.split(" "));
            broker = ProcessHandle.of(Long.parseLong(words.get(1))).orElse(null);
            directory = Path.of(words.get(2));
            assertNotNull(broker, "no broker process");
            assertTrue(broker.isAlive());

            parent.destroyForcibly();   // SIGKILL: no shutdown hook, no close()
            parent.waitFor(30, TimeUnit.SECONDS);

            broker.onExit().get(60, TimeUnit.SECONDS);
            assertFalse(broker.isAlive());
        } finally {
            parent.destroyForcibly();
            if (broker != null) {
                broker.destroyForcibly();
            }
            if (directory != null) {
                LocalKafka.delete(directory);   // the killed parent could not
            }
        }
    }
}

package io.wireform.gateway.broker;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

/**
 * The main class of the broker JVM that {@link LocalKafka} starts: Kafka's own {@code kafka.Kafka},
 * plus a watchdog that ends the broker when its standard input closes. {@link LocalKafka} holds that
 * input open, so a broker cannot outlive the JVM that started it, even one that was killed.
 *
 * <p>Arguments: those of {@code kafka.Kafka} (the server properties file).
 */
public final class BrokerMain {
    private BrokerMain() {}

    public static void main(String[] args) throws Throwable {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; only end of input matters
                }
            } catch (IOException e) {
                // as good as end of input
            }
            System.exit(0);   // Kafka's shutdown hook stops the broker
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            // by name: the broker is on this JVM's class path, not on the one this class is compiled against
            Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

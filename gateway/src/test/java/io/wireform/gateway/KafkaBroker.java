package io.wireform.gateway;

import io.wireform.gateway.broker.LocalKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link LocalKafka}: one real broker for the whole test run, started on first use and
 * stopped (by its process id) when the run ends, as the root store closes what it holds. Tests
 * share it, each on topics of its own ({@link #topic}).
 */
public final class KafkaBroker implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBroker.class);
    private static final AtomicInteger TOPICS = new AtomicInteger();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(LocalKafka.class, type -> {
            try {
                return LocalKafka.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, LocalKafka.class);
    }

    /** A topic name no other test uses. */
    public static String topic(String name) {
        return name + "-" + TOPICS.incrementAndGet();
    }
}

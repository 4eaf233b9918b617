package io.wireform.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the processor jar declares about itself: javac finds the processor as a service, and Gradle's
 * incremental compilation is told it is isolating (README, "Gradle").
 */
class ProcessorDeclarationTest {

    @Test
    void javacFindsItAsAService() throws IOException {
        assertEquals(List.of(WireformProcessor.class.getName()),
                lines("META-INF/services/javax.annotation.processing.Processor"));
    }

    @Test
    void gradleIsToldItIsIsolating() throws IOException {
        assertEquals(List.of(WireformProcessor.class.getName() + ",isolating"),
                lines("META-INF/gradle/incremental.annotation.processors"));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = WireformProcessor.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is in the processor jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}

package io.wireform.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where things are: this checkout, the test's class path, the jars that hold a class, scratch folders. */
final class Build {
    private Build() {}

    /** The root of the Wireform checkout. */
    static Path root() {
        return Path.of(System.getProperty("wireform.root", "..")).toAbsolutePath().normalize();
    }

    /** The version being built: what the README's snippets must name. */
    static String version() {
        String version = System.getProperty("wireform.version");
        if (version == null) {
            throw new IllegalStateException("run through Maven, which sets wireform.version");
        }
        return version;
    }

    /** An empty folder under target/ for one test's files. */
    static Path scratch(String name) {
        Path dir = Path.of(System.getProperty("wireform.work", "target/usage")).toAbsolutePath().resolve(name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar or classes folder {@code type} was loaded from. */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test's class path; Surefire runs tests from a jar that only names it in its manifest. */
    static List<Path> testClassPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(java.io.File.pathSeparator)).filter(s -> !s.isEmpty()).map(Path::of)
                .collect(Collectors.toList());
    }

    /** The processor path a user's build has: the processor, its annotations and JavaPoet. */
    static List<Path> processorPath() {
        return List.of(locationOf(io.wireform.processor.WireformProcessor.class),
                locationOf(io.wireform.annotations.Message.class),
                locationOf(com.palantir.javapoet.JavaFile.class));
    }

    /** Every {@code .java} file under {@code dir}. */
    static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }
}

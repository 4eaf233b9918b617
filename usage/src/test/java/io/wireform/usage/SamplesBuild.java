package io.wireform.usage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The samples module's sources (its protocols, and its tests' schemas for every field kind), compiled
 * again here with the processor by javac and by the Eclipse compiler. Each is compiled once per test
 * run and shared by the tests that look at it.
 */
final class SamplesBuild {
    private SamplesBuild() {}

    private static final Path MAIN = Build.root().resolve("samples/src/main/java");
    private static final Path TEST = Build.root().resolve("samples/src/test/java");

    private static Compilers.Result javacMain;
    private static Compilers.Result javacTest;
    private static Compilers.Result ecjMain;
    private static Compilers.Result ecjTest;

    static synchronized Compilers.Result javacMain() {
        if (javacMain == null) {
            javacMain = Compilers.javac(Build.javaFiles(MAIN), classPath(), Build.scratch("javac-samples"));
        }
        return javacMain;
    }

    static synchronized Compilers.Result javacTest() {
        if (javacTest == null) {
            javacTest = Compilers.javac(Build.javaFiles(TEST), testClassPath(javacMain()), Build.scratch("javac-samples-test"));
        }
        return javacTest;
    }

    static synchronized Compilers.Result ecjMain() {
        if (ecjMain == null) {
            ecjMain = Compilers.ecj(Build.javaFiles(MAIN), classPath(), Build.scratch("ecj-samples"));
        }
        return ecjMain;
    }

    static synchronized Compilers.Result ecjTest() {
        if (ecjTest == null) {
            ecjTest = Compilers.ecj(Build.javaFiles(TEST), testClassPath(ecjMain()), Build.scratch("ecj-samples-test"));
        }
        return ecjTest;
    }

    /** The samples' own dependencies (runtime, annotations, SQLite): the test's class path without the samples jar. */
    static List<Path> classPath() {
        Path samplesJar = Build.locationOf(io.wireform.samples.device.DeviceFrame.class);
        List<Path> path = new ArrayList<>(Build.testClassPath());
        path.removeIf(p -> p.toAbsolutePath().normalize().equals(samplesJar.toAbsolutePath().normalize()));
        return path;
    }

    private static List<Path> testClassPath(Compilers.Result main) {
        List<Path> path = new ArrayList<>(classPath());
        path.add(0, main.classes());
        return path;
    }
}

package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor's output is warning-free under {@code javac -Xlint:all} and under the Eclipse
 * compiler's default warnings, for every protocol of the samples and every schema of their tests
 * (which between them cover every field kind). Warnings in hand-written sources are not this test's
 * business; those in generated files are, since a user cannot fix them.
 */
class GeneratedCodeWarningsTest {

    @Test
    void javacLintAllWarnsOfNothingInGeneratedCode() {
        check("javac -Xlint:all, samples", SamplesBuild.javacMain());
        check("javac -Xlint:all, samples' tests", SamplesBuild.javacTest());
    }

    @Test
    void eclipseCompilerWarnsOfNothingInGeneratedCode() {
        check("ecj, samples", SamplesBuild.ecjMain());
        check("ecj, samples' tests", SamplesBuild.ecjTest());
    }

    private static void check(String what, Compilers.Result result) {
        assertTrue(result.success(), () -> what + " failed:\n" + result.output() + result.errors());
        // the processor ran: a test that compiled no generated code would prove nothing
        long generated = Build.javaFiles(result.generated()).size();
        assertTrue(generated >= 20, what + ": only " + generated + " generated sources");
        List<Compilers.Problem> warnings = result.generatedWarnings();
        assertEquals(List.of(), warnings, () -> what + ": " + warnings.size() + " warnings in generated code");
        assertTrue(Files.isDirectory(result.classes()));
    }
}

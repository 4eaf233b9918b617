package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.wireform.runtime.stream.FrameReader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code maxFrameLength} on {@code @Message} and {@code @Protocol}: 0 (the default) or 1 to {@code
 * FrameReader.LARGEST_MAX_FRAME_LENGTH}, else one compile error on the value, with the fix. A reader builder
 * refuses a codec that declares more, so a larger value would compile into a codec no reader can take.
 */
class MaxFrameLengthDiagnosticsTest {

    private static Compilation compile(String... lines) {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Foo", lines);
        return Compiler.javac().withProcessors(new WireformProcessor()).compile(source);
    }

    @Test
    void negative() {
        Compilation compilation = compile(
                "package test;",
                "import io.wireform.annotations.*;",
                "@Message(maxFrameLength = -1)",
                "record Foo(int a) {}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("maxFrameLength = -1 on Foo is negative; give the largest frame in "
                + "bytes, or 0 for the default of 16 MiB").inFile(JavaFileObjects.forSourceLines("test.Foo", "")).onLine(3);
    }

    @Test
    void moreThanAReaderHolds() {
        Compilation compilation = compile(
                "package test;",
                "import io.wireform.annotations.*;",
                "@Protocol(maxFrameLength = 2147483647)",
                "sealed interface Foo permits Foo.A {",
                "    @Tag(1) record A(int a) implements Foo {}",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("maxFrameLength = 2147483647 on Foo is more than a reader can hold "
                + "in one buffer; give at most 2147483575 (FrameReader.LARGEST_MAX_FRAME_LENGTH), or 0 for the default "
                + "of 16 MiB").inFile(JavaFileObjects.forSourceLines("test.Foo", "")).onLine(3);
    }

    @Test
    void theLargestAReaderHoldsCompiles() {
        Compilation compilation = compile(
                "package test;",
                "import io.wireform.annotations.*;",
                "@Message(maxFrameLength = " + FrameReader.LARGEST_MAX_FRAME_LENGTH + ")",
                "record Foo(int a) {}");
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void theProcessorsBoundIsTheRuntimes() {
        Compilation compilation = compile(
                "package test;",
                "import io.wireform.annotations.*;",
                "@Message(maxFrameLength = " + (FrameReader.LARGEST_MAX_FRAME_LENGTH + 1) + ")",
                "record Foo(int a) {}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("give at most " + FrameReader.LARGEST_MAX_FRAME_LENGTH + " ");
    }
}

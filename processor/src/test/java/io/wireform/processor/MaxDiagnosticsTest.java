package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Max} where it cannot apply is a compile error on the annotation, with the fix. */
class MaxDiagnosticsTest {

    private static Compilation compile(String... lines) {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Foo", lines);
        return Compiler.javac().withProcessors(new WireformProcessor()).compile(source);
    }

    @Test
    void maxOnANumber() {
        Compilation compilation = compile(
                "package test;",
                "import io.wireform.annotations.*;",
                "@Message",
                "record Foo(",
                "    @Max(3)",
                "    int count) {}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "@Max on 'count' applies to byte[], String, List and Payload components only; remove it")
                .inFile(JavaFileObjects.forSourceLines("test.Foo", "")).onLine(5);
    }

    @Test
    void maxOnAFixedSize() {
        Compilation compilation = compile(
                "package test;",
                "import io.wireform.annotations.*;",
                "@Message",
                "record Foo(",
                "    @Max(3) @Fixed(4)",
                "    byte[] data) {}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "@Max on 'data' has no use: the component's size is fixed by @Fixed or @Count; remove it")
                .inFile(JavaFileObjects.forSourceLines("test.Foo", "")).onLine(5);
    }

    /** {@code @Max}'s Javadoc: "the most bytes or elements, at least 0". */
    @Test
    void maxBelowZero() {
        Compilation compilation = compile(
                "package test;",
                "import io.wireform.annotations.*;",
                "@Message",
                "record Foo(",
                "    @Max(-1) @Prefixed(Width.UINT8)",
                "    byte[] data) {}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("@Max on 'data' must be 0 or more, not -1; remove it")
                .inFile(JavaFileObjects.forSourceLines("test.Foo", "")).onLine(5).atColumn(10);
    }
}

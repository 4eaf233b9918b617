package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Helpers for {@link DiagnosticsTest}: sources whose line numbers are easy to read off, compilation
 * through the Wireform processor, and checks shared by every failing case.
 */
final class DiagnosticsSupport {
    /** The first two lines of every test source; the test's own lines start at line 3. */
    static final String PACKAGE = "package test;";
    static final String IMPORTS = "import io.wireform.annotations.*;";

    /** The start of {@link io.wireform.processor.diag.Diag#PROCESSOR_BUG}: must never appear. */
    static final String CRASH = "Wireform processor failed";

    private DiagnosticsSupport() {}

    /**
     * A source {@code test.<simpleName>}: line 1 is the package, line 2 imports the annotations, and
     * {@code lines[i]} is line {@code i + 3}.
     */
    static JavaFileObject source(String simpleName, String... lines) {
        List<String> all = new ArrayList<>();
        all.add(PACKAGE);
        all.add(IMPORTS);
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceLines("test." + simpleName, all);
    }

    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new WireformProcessor()).compile(sources);
    }

    /**
     * The compilation failed with exactly {@code errors} errors, none of them a Wireform crash.
     * Checked before the message and position so that a failure lists every diagnostic.
     */
    static void assertFailedWith(Compilation compilation, int errors) {
        assertThat(compilation).failed();
        assertNoCrash(compilation);
        assertThat(compilation).hadErrorCount(errors);
    }

    static void assertNoCrash(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            assertTrue(!message.contains(CRASH), () -> "the processor crashed:\n" + describe(compilation));
        }
    }

    /** Every diagnostic as {@code KIND file:line:column message}, for failure messages and bug reports. */
    static String describe(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "<no file>" : d.getSource().getName())
                        + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    /** The 1-based column of the first occurrence of {@code text} in {@code line}. */
    static long columnOf(String line, String text) {
        int index = line.indexOf(text);
        if (index < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in '" + line + "'");
        }
        return index + 1;
    }
}

package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaCompiler.CompilationTask;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Helpers for the diagnostics tests ({@link DiagnosticsTest}, {@link VariableLayoutDiagnosticsTest},
 * {@link ProtocolDiagnosticsTest}, {@link ValidSchemasTest}): sources whose line numbers are easy to
 * read off, an {@link Expectation} that compiles them through the Wireform processor and checks the
 * errors, and a check that a valid schema compiles cleanly.
 */
final class DiagnosticsSupport {
    /** The start of {@link io.wireform.processor.diag.Diag#PROCESSOR_BUG}: must never appear. */
    static final String CRASH = "Wireform processor failed";

    /** For an error on an element (not an annotation): where on the line it sits is not part of the contract. */
    static final long ANY_COLUMN = -1;

    private DiagnosticsSupport() {}

    /**
     * A source {@code test.<simpleName>}: line 1 is {@code package test;}, line 2 imports the
     * annotations, and {@code lines[i]} is line {@code i + 3}.
     */
    static JavaFileObject source(String simpleName, String... lines) {
        List<String> all = new ArrayList<>();
        all.add("package test;");
        all.add("import io.wireform.annotations.*;");
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceLines("test." + simpleName, all);
    }

    /** The 1-based column of the first occurrence of {@code text} in {@code line}. */
    static long columnOf(String line, String text) {
        int index = line.indexOf(text);
        if (index < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in '" + line + "'");
        }
        return index + 1;
    }

    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new WireformProcessor()).compile(sources);
    }

    static void assertNoCrash(Compilation compilation) {
        assertFalse(compilation.diagnostics().stream().anyMatch(d -> d.getMessage(Locale.ROOT).contains(CRASH)),
                () -> "the processor crashed:\n" + describe(compilation));
    }

    /** Every diagnostic as {@code KIND file:line:column message}, for failure messages and bug reports. */
    static String describe(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "<no file>" : d.getSource().getName())
                        + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    static Expectation compiling(JavaFileObject... sources) {
        return new Expectation(sources);
    }

    /** What compiling some sources must report: exactly these errors, each at its place. */
    static final class Expectation {
        /** An error whose message contains every fragment, in {@code file} on {@code line} (at {@code column}). */
        private record Expected(List<String> fragments, JavaFileObject file, int line, long column) {
            boolean matches(Diagnostic<? extends JavaFileObject> d) {
                String message = d.getMessage(Locale.ROOT);
                return d.getKind() == Diagnostic.Kind.ERROR
                        && fragments.stream().allMatch(message::contains)
                        && d.getSource() != null && d.getSource().toUri().equals(file.toUri())
                        && d.getLineNumber() == line
                        && (column == ANY_COLUMN || d.getColumnNumber() == column);
            }

            @Override
            public String toString() {
                return "ERROR " + file.getName() + ":" + line + ":" + (column == ANY_COLUMN ? "*" : column)
                        + " containing " + fragments;
            }
        }

        private final JavaFileObject[] sources;
        private final List<Expected> errors = new ArrayList<>();
        private final List<String> absent = new ArrayList<>();
        private final List<String> notGenerated = new ArrayList<>();

        private Expectation(JavaFileObject[] sources) {
            this.sources = sources;
        }

        /** An error containing {@code message} in {@code file} on {@code line} at {@code column}. */
        Expectation error(String message, JavaFileObject file, int line, long column) {
            return error(List.of(message), file, line, column);
        }

        /** An error on an element: line only. */
        Expectation error(String message, JavaFileObject file, int line) {
            return error(message, file, line, ANY_COLUMN);
        }

        /**
         * An error containing every one of {@code fragments}: for a message that is partly wrong, the
         * parts that are right (a disabled test states the whole message).
         */
        Expectation error(List<String> fragments, JavaFileObject file, int line, long column) {
            errors.add(new Expected(fragments, file, line, column));
            return this;
        }

        /** No diagnostic contains {@code text}: wording that must not appear. */
        Expectation nowhere(String text) {
            absent.add(text);
            return this;
        }

        /** A type the processor must not generate, e.g. {@code test.OuterCodec}. */
        Expectation notGenerating(String qualifiedName) {
            notGenerated.add(qualifiedName);
            return this;
        }

        /** Fails, with exactly the expected errors, each at its line and column, and no crash. */
        Compilation verify() {
            Compilation compilation = compile(sources);
            assertThat(compilation).failed();
            assertNoCrash(compilation);
            assertEquals(errors.size(), compilation.errors().size(),
                    () -> "expected " + errors.size() + " error(s): " + errors + "\nbut got:\n" + describe(compilation));
            for (Expected e : errors) {
                assertTrue(compilation.errors().stream().anyMatch(e::matches),
                        () -> "expected " + e + "\nbut got:\n" + describe(compilation));
            }
            for (String text : absent) {
                assertFalse(compilation.diagnostics().stream().anyMatch(d -> d.getMessage(Locale.ROOT).contains(text)),
                        () -> "no diagnostic may contain \"" + text + "\", but got:\n" + describe(compilation));
            }
            List<String> generated = notGenerated.isEmpty() ? List.of() : generatedTypes(sources);
            for (String name : notGenerated) {
                assertFalse(generated.contains(name), () -> name + " was generated, although a type it needs is "
                        + "broken; generated: " + generated + "\n" + describe(compilation));
            }
            return compilation;
        }
    }

    /**
     * Compiles a valid schema: it must succeed without a warning, and the processor must write
     * exactly {@code expected} (qualified names, in any order). A failure shows javac's diagnostics
     * and, for an error in generated code, the generated lines around it.
     */
    static Compilation assertCompilesCleanly(List<String> expected, JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        assertTrue(compilation.status() == Compilation.Status.SUCCESS && compilation.warnings().isEmpty(),
                () -> "expected a clean compilation, but got:\n" + describeWithGeneratedCode(compilation));
        List<String> generated = generatedTypes(sources);
        // every message and protocol also gets a reader beside its codec: checked here, not listed by each test
        List<String> readers = generated.stream().filter(n -> n.endsWith("Reader")).collect(Collectors.toList());
        for (String reader : readers) {
            String codec = reader.substring(0, reader.length() - "Reader".length()) + "Codec";
            assertTrue(generated.contains(codec), reader + " was generated without " + codec);
        }
        assertEquals(expected.stream().sorted().collect(Collectors.toList()),
                generated.stream().filter(n -> !readers.contains(n)).sorted().collect(Collectors.toList()));
        return compilation;
    }

    /** {@link #describe}, plus the lines around every diagnostic that sits in a generated file. */
    static String describeWithGeneratedCode(Compilation compilation) {
        StringBuilder text = new StringBuilder(describe(compilation));
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            JavaFileObject file = d.getSource();
            if (file == null || !file.toUri().toString().contains("SOURCE_OUTPUT") || d.getLineNumber() < 1) {
                continue;
            }
            try {
                String[] lines = file.getCharContent(true).toString().split("\n", -1);
                int at = (int) d.getLineNumber();
                text.append("\n--- ").append(file.getName()).append(" around line ").append(at).append(":");
                for (int i = Math.max(1, at - 6); i <= Math.min(lines.length, at + 2); i++) {
                    text.append(String.format("%n%5d%s %s", i, i == at ? ">" : " ", lines[i - 1]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    /**
     * The qualified names of the sources the processor writes for {@code sources}. Compile-testing
     * hides generated files once a compilation has failed, but a codec written from a broken model
     * matters even then, so this runs javac directly ({@code -proc:only}), keeping output in memory.
     */
    static List<String> generatedTypes(JavaFileObject... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> generated = new ArrayList<>();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaFileManager inMemory = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className,
                                                           JavaFileObject.Kind kind, FileObject sibling) {
                    if (location == StandardLocation.SOURCE_OUTPUT) {
                        generated.add(className);
                    }
                    return new InMemoryOutput(className, kind);
                }
            };
            CompilationTask task = javac.getTask(null, inMemory, diagnostics, List.of("-proc:only"), null,
                    List.of(sources));
            task.setProcessors(List.of(new WireformProcessor()));
            task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return generated;
    }

    private static final class InMemoryOutput extends SimpleJavaFileObject {
        private final ByteArrayOutputStream content = new ByteArrayOutputStream();

        InMemoryOutput(String className, Kind kind) {
            super(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind);
        }

        @Override
        public OutputStream openOutputStream() {
            content.reset();
            return content;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content.toString(StandardCharsets.UTF_8);
        }
    }
}

package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject.DiagnosticAtColumn;
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
 * Helpers for {@link DiagnosticsTest}: sources whose line numbers are easy to read off, and an
 * {@link Expectation} that compiles them through the Wireform processor and checks the errors.
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
        private record Expected(String message, JavaFileObject file, int line, long column) {}

        private final JavaFileObject[] sources;
        private final List<Expected> errors = new ArrayList<>();
        private final List<String> notGenerated = new ArrayList<>();

        private Expectation(JavaFileObject[] sources) {
            this.sources = sources;
        }

        /** An error containing {@code message} in {@code file} on {@code line} at {@code column}. */
        Expectation error(String message, JavaFileObject file, int line, long column) {
            errors.add(new Expected(message, file, line, column));
            return this;
        }

        /** An error on an element: line only. */
        Expectation error(String message, JavaFileObject file, int line) {
            return error(message, file, line, ANY_COLUMN);
        }

        /** A type the processor must not generate, e.g. {@code test.OuterCodec}. */
        Expectation notGenerating(String qualifiedName) {
            notGenerated.add(qualifiedName);
            return this;
        }

        /** Fails, with exactly the expected errors, each at its line and column, and no crash. */
        Compilation verify() {
            Compilation compilation = verifyTextAndCount();
            for (Expected e : errors) {
                DiagnosticAtColumn at = assertThat(compilation).hadErrorContaining(e.message)
                        .inFile(e.file).onLine(e.line);
                if (e.column != ANY_COLUMN) {
                    at.atColumn(e.column);
                }
            }
            return compilation;
        }

        /** Like {@link #verify()}, but not where the errors are. */
        Compilation verifyTextAndCount() {
            Compilation compilation = compile(sources);
            assertThat(compilation).failed();
            assertNoCrash(compilation);
            assertThat(compilation).hadErrorCount(errors.size());
            for (Expected e : errors) {
                assertThat(compilation).hadErrorContaining(e.message);
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

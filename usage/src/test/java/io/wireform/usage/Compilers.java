package io.wireform.usage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;

/**
 * Compiles sources with the Wireform processor, with javac (in-process, through javax.tools) or the
 * Eclipse compiler (in-process, through its batch compiler, as Eclipse's own build does), and
 * reports what each said.
 */
final class Compilers {
    private Compilers() {}

    /** One diagnostic: error or warning, the file (null for none), its line, the message. */
    record Problem(boolean error, Path file, long line, String message) {
        @Override
        public String toString() {
            return (error ? "error " : "warning ") + file + ":" + line + ": " + message;
        }
    }

    /** What a compilation produced and said. */
    record Result(boolean success, List<Problem> problems, Path classes, Path generated, String output) {
        List<Problem> errors() {
            return problems.stream().filter(Problem::error).toList();
        }

        /** Warnings about the processor's output, in {@link #generated}. */
        List<Problem> generatedWarnings() {
            return problems.stream().filter(p -> !p.error() && p.file() != null
                    && p.file().toAbsolutePath().normalize().startsWith(generated.toAbsolutePath().normalize())).toList();
        }
    }

    /**
     * javac with {@code -Xlint:all}: classes into {@code out/classes}, generated sources into
     * {@code out/generated}.
     */
    static Result javac(List<Path> sources, List<Path> classPath, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("-classpath", Build.joined(classPath),
                "-processorpath", Build.joined(Build.processorPath())));
        args.addAll(List.of(options));
        return runJavac(sources, args, out);
    }

    /**
     * javac with {@code -Xlint:all} on one module's sources, {@code modulePath} its module path and
     * the processor found through {@code processorOption}: {@code --processor-module-path} (as a
     * module, by its {@code provides}) or {@code --processor-path} (by its service file).
     */
    static Result javacModule(List<Path> sources, List<Path> modulePath, String processorOption, Path out) {
        // -proc:full: through this API, JDK 23 and later do not count --processor-module-path as asking
        // for annotation processing (on the command line they do), and would skip the processor
        return runJavac(sources, List.of("-proc:full", "--module-path", Build.joined(modulePath), processorOption,
                Build.joined(Build.processorPath())), out);
    }

    private static Result runJavac(List<Path> sources, List<String> options, Path out) {
        Path classes = out.resolve("classes");
        Path generated = out.resolve("generated");
        mkdirs(classes, generated);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-encoding", "UTF-8",
                "-d", classes.toString(), "-s", generated.toString()));
        args.addAll(options);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(output, files, diagnostics, args, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            return new Result(ok, problems(diagnostics), classes, generated, output.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Problem> problems(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER) {
                continue;
            }
            // a diagnostic about a class in a jar has a jar: URI, which names no file of ours
            Path file = d.getSource() == null || !"file".equals(d.getSource().toUri().getScheme()) ? null
                    : Path.of(d.getSource().toUri());
            problems.add(new Problem(d.getKind() == Diagnostic.Kind.ERROR, file, d.getLineNumber(),
                    d.getMessage(Locale.ROOT)));
        }
        return problems;
    }

    private static final Pattern EMACS = Pattern.compile("^(.+?):(\\d+): (warning|error): (.*)$", Pattern.MULTILINE);

    /**
     * The Eclipse compiler with its default warnings, the processor found on its processor path as
     * Eclipse finds it: classes into {@code out/classes}, generated sources into {@code out/generated}.
     */
    static Result ecj(List<Path> sources, List<Path> classPath, Path out) {
        Path classes = out.resolve("classes");
        Path generated = out.resolve("generated");
        mkdirs(classes, generated);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-Xemacs",
                "-d", classes.toString(), "-s", generated.toString(),
                "-cp", Build.joined(classPath), "-processorpath", Build.joined(Build.processorPath())));
        sources.forEach(s -> args.add(s.toString()));
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output);
        boolean ok = BatchCompiler.compile(args.toArray(String[]::new), writer, writer, null);
        writer.flush();
        List<Problem> problems = new ArrayList<>();
        Matcher m = EMACS.matcher(output.toString());
        while (m.find()) {
            problems.add(new Problem(m.group(3).equals("error"), Path.of(m.group(1)), Long.parseLong(m.group(2)),
                    m.group(4)));
        }
        return new Result(ok, problems, classes, generated, output.toString());
    }

    private static void mkdirs(Path... dirs) {
        try {
            for (Path dir : dirs) {
                java.nio.file.Files.createDirectories(dir);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.wireform.samples.struct;

import io.wireform.processor.WireformProcessor;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles sources held in strings with javax.tools and the Wireform processor, warnings as errors. */
final class InMemoryJavac {
    private InMemoryJavac() {}

    /**
     * Compiles {@code sources} (qualified type name to source) in one javac run into {@code work}; a
     * loader of the classes. A failure is an AssertionError with javac's diagnostics and {@code context}.
     */
    static ClassLoader compile(Map<String, String> sources, Path work, String context) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path generated = Files.createDirectories(work.resolve("generated"));
        List<JavaFileObject> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            files.add(new SimpleJavaFileObject(URI.create("string:///" + source.getKey().replace('.', '/') + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source.getValue();
                }
            });
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
                List.of("-d", classes.toString(), "-s", generated.toString(), "-Xlint:all,-processing", "-Werror",
                        "--class-path", System.getProperty("java.class.path")), null, files);
        task.setProcessors(List.of(new WireformProcessor()));
        if (!task.call()) {
            throw new AssertionError(context + ": the sources did not compile: " + diagnostics.getDiagnostics());
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InMemoryJavac.class.getClassLoader());
    }
}

package io.wireform.conformance.compile;

import io.wireform.annotations.Message;
import io.wireform.processor.WireformProcessor;
import io.wireform.runtime.WireCodec;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources through the Wireform processor in memory: the processor is an instance handed to
 * javac (not discovered), generated sources are compiled in the same task with {@code -Xlint:all},
 * class files stay in memory and load from a {@link ClassLoader} of their own.
 */
public final class InMemoryCompiler {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private InMemoryCompiler() {}

    /** The outcome of one javac run. */
    public record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, Map<String, String> generated,
                         Map<String, byte[]> classes, String output, ClassLoader loader, Map<String, String> resources) {

        public List<Diagnostic<? extends JavaFileObject>> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        }

        /** Warnings of any kind: lint, mandatory and processor warnings. */
        public List<Diagnostic<? extends JavaFileObject>> warnings() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING).toList();
        }

        /** Diagnostics (errors and warnings) whose source is in {@code pkg}, or that name no source. */
        public List<Diagnostic<? extends JavaFileObject>> problemsIn(String pkg) {
            List<Diagnostic<? extends JavaFileObject>> found = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
                if (d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER) {
                    continue;
                }
                if (d.getSource() == null || packageOf(d.getSource()).equals(pkg)) {
                    found.add(d);
                }
            }
            return found;
        }

        /** The generated sources of one package, by class name. */
        public Map<String, String> generatedIn(String pkg) {
            Map<String, String> found = new TreeMap<>();
            generated.forEach((name, text) -> {
                if (name.startsWith(pkg + ".") && name.lastIndexOf('.') == pkg.length()) {
                    found.put(name, text);
                }
            });
            return found;
        }
    }

    /** One source file: its binary class name ({@code gen.s1.Point}) and text. */
    public record Source(String className, String text) {}

    public static Result compile(List<Source> sources) {
        return compile(sources, List.of());
    }

    /**
     * Compiles with more javac options, such as {@code -Awireform.dissectors=true}; the resources the
     * processor writes ({@code META-INF/wireform/wireshark/Point.lua}) are kept in {@link Result#resources}.
     */
    public static Result compile(List<Source> sources, List<String> moreOptions) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        MemoryFileManager files = new MemoryFileManager(standard);
        List<JavaFileObject> units = new ArrayList<>();
        for (Source source : sources) {
            units.add(new SourceFile(source.className(), source.text()));
        }
        List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Xmaxwarns", "10000", "-Xmaxerrs", "10000",
                "--release", "17", "-classpath", classPath(), "-implicit:class", "-encoding", "UTF-8"));
        options.addAll(moreOptions);
        StringWriter output = new StringWriter();
        JavaCompiler.CompilationTask task = JAVAC.getTask(output, files, diagnostics, options, null, units);
        task.setProcessors(List.of(new WireformProcessor()));
        task.call();
        Map<String, byte[]> classes = Map.copyOf(files.classes);
        // one loader of the classes compiled, in front of the test's own
        return new Result(List.copyOf(diagnostics.getDiagnostics()), Map.copyOf(files.generated), classes,
                output.toString(), new MemoryLoader(classes, InMemoryCompiler.class.getClassLoader()),
                Map.copyOf(files.resources));
    }

    private static String packageOf(JavaFileObject source) {
        String path = source.toUri().getPath();
        if (source instanceof SourceFile s) {
            String name = s.className;
            return name.substring(0, Math.max(0, name.lastIndexOf('.')));
        }
        if (source instanceof GeneratedFile g) {
            String name = g.className;
            return name.substring(0, Math.max(0, name.lastIndexOf('.')));
        }
        return path;
    }

    /** The annotations and runtime, where this JVM loaded them from. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        // the field codecs of @Using components are written by hand in this module, as a user would
        for (Class<?> type : List.of(Message.class, WireCodec.class,
                io.wireform.conformance.schema.UsingCodecs.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static URI uri(String className, JavaFileObject.Kind kind) {
        return URI.create("mem:///" + className.replace('.', '/') + kind.extension);
    }

    private static final class SourceFile extends SimpleJavaFileObject {
        final String className;
        private final String text;

        SourceFile(String className, String text) {
            super(uri(className, Kind.SOURCE), Kind.SOURCE);
            this.className = className;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** A source the processor writes: kept as text, read back by javac for the next round. */
    private static final class GeneratedFile extends SimpleJavaFileObject {
        final String className;
        private final Map<String, String> store;

        GeneratedFile(String className, Map<String, String> store) {
            super(uri(className, Kind.SOURCE), Kind.SOURCE);
            this.className = className;
            this.store = store;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    store.put(className, toString(StandardCharsets.UTF_8));
                }
            };
        }

        @Override
        public java.io.Writer openWriter() {
            return new StringWriter() {
                @Override
                public void close() {
                    store.put(className, toString());
                }
            };
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return store.get(className);
        }
    }

    private static final class ClassFile extends SimpleJavaFileObject {
        private final String className;
        private final Map<String, byte[]> store;

        ClassFile(String className, Map<String, byte[]> store) {
            super(uri(className, Kind.CLASS), Kind.CLASS);
            this.className = className;
            this.store = store;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    store.put(className, toByteArray());
                }
            };
        }
    }

    /** A resource the processor writes (a dissector, a layout document): kept as text, by its path. */
    private static final class ResourceFile extends SimpleJavaFileObject {
        private final String name;
        private final Map<String, String> store;

        ResourceFile(String name, Map<String, String> store) {
            super(URI.create("mem:///" + name), Kind.OTHER);
            this.name = name;
            this.store = store;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    store.put(name, toString(StandardCharsets.UTF_8));
                }
            };
        }

        @Override
        public java.io.Writer openWriter() {
            return new StringWriter() {
                @Override
                public void close() {
                    store.put(name, toString());
                }
            };
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, String> generated = new ConcurrentHashMap<>();
        final Map<String, byte[]> classes = new ConcurrentHashMap<>();
        final Map<String, String> resources = new ConcurrentHashMap<>();

        MemoryFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location, String className,
                                                   JavaFileObject.Kind kind, FileObject sibling) {
            if (kind == JavaFileObject.Kind.SOURCE) {
                return new GeneratedFile(className, generated);
            }
            if (kind == JavaFileObject.Kind.CLASS && location == StandardLocation.CLASS_OUTPUT) {
                return new ClassFile(className, classes);
            }
            throw new IllegalArgumentException("unexpected output " + location + " " + className + " " + kind);
        }

        @Override
        public FileObject getFileForOutput(JavaFileManager.Location location, String packageName, String relativeName,
                                           FileObject sibling) {
            if (location != StandardLocation.CLASS_OUTPUT) {
                throw new IllegalArgumentException("unexpected output " + location + " " + relativeName);
            }
            String name = packageName.isEmpty() ? relativeName : packageName.replace('.', '/') + "/" + relativeName;
            return new ResourceFile(name, resources);
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            return a.toUri().equals(b.toUri());
        }
    }

    private static final class MemoryLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}

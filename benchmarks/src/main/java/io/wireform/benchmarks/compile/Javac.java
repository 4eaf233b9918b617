package io.wireform.benchmarks.compile;

import io.wireform.annotations.Message;
import io.wireform.processor.WireformProcessor;
import io.wireform.runtime.WireCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.JavaFileObject.Kind;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * One javac, in this JVM, over a fixed set of sources, with or without the Wireform processor. Each
 * {@link #compile} is a whole, fresh compilation, as a build tool runs one: a new file manager and
 * task over the same sources. Sources, class files and generated sources live in memory: written
 * to disk, the 1,375 output files of the processor run made the filesystem (and whatever else was
 * writing to it) the largest and noisiest part of the time, which is not what is being measured.
 */
public final class Javac {
    private final JavaCompiler compiler;
    private final List<JavaFileObject> sources;
    private final List<File> classPath;
    private final boolean processor;
    private Map<String, MemoryFile> outputs = Map.of();

    public Javac(Map<String, String> files, boolean processor) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
        }
        this.processor = processor;
        List<JavaFileObject> list = new ArrayList<>();
        files.forEach((path, text) -> list.add(new MemoryFile(URI.create("mem:///src/" + path), Kind.SOURCE, text)));
        this.sources = List.copyOf(list);
        // the jars (or, under Maven's tests, the class folders) the annotations and runtime come from,
        // not java.class.path, which under surefire is a manifest-only jar
        this.classPath = List.of(location(Message.class), location(WireCodec.class));
    }

    private static File location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from");
        }
        try {
            return new File(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles every source; throws, with the compiler's messages, unless it succeeded without errors. */
    public void compile() {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8"));
        if (!processor) {
            options.add("-proc:none");
        } else if (Runtime.version().feature() >= 21) {
            options.add("-proc:full"); // JDK 23+ runs no processors by default; say it is meant
        }
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             Outputs files = new Outputs(standard)) {
            standard.setLocation(StandardLocation.CLASS_PATH, classPath);
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options, null, sources);
            if (processor) {
                task.setProcessors(List.of(new WireformProcessor()));
            }
            boolean ok = task.call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource() == null ? d.getMessage(Locale.ROOT)
                            : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.toList());
            if (!ok || !errors.isEmpty()) {
                throw new IllegalStateException("javac failed (" + errors.size() + " errors): "
                        + String.join("\n", errors.subList(0, Math.min(10, errors.size()))));
            }
            outputs = files.written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files the last {@link #compile} wrote whose name ends with {@code suffix}, e.g. {@code "Codec.class"}. */
    public int written(String suffix) {
        return (int) outputs.keySet().stream().filter(name -> name.endsWith(suffix)).count();
    }

    /**
     * The Java sources the last {@link #compile} generated, by path relative to the source root (as
     * {@link #Javac} takes them): the processor's codecs and readers, to compile as ordinary sources.
     */
    public Map<String, String> generatedSources() {
        String root = "/" + StandardLocation.SOURCE_OUTPUT.getName() + "/";
        Map<String, String> sources = new TreeMap<>();
        outputs.forEach((path, file) -> {
            if (path.startsWith(root) && path.endsWith(Kind.SOURCE.extension)) {
                sources.put(path.substring(root.length()), file.getCharContent(true).toString());
            }
        });
        return sources;
    }

    /** Keeps every output in memory, by name. */
    private static final class Outputs extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, MemoryFile> written = new HashMap<>();

        Outputs(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, Kind kind, FileObject sibling) {
            return keep(location, className.replace('.', '/') + kind.extension, kind);
        }

        @Override
        public FileObject getFileForOutput(Location location, String packageName, String relativeName, FileObject sibling) {
            String path = packageName.isEmpty() ? relativeName : packageName.replace('.', '/') + "/" + relativeName;
            return keep(location, path, Kind.OTHER);
        }

        private MemoryFile keep(Location location, String path, Kind kind) {
            MemoryFile file = new MemoryFile(URI.create("mem:///" + location.getName() + "/" + path), kind, null);
            written.put(file.toUri().getPath(), file);
            return file;
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            return a.toUri().equals(b.toUri());
        }
    }

    /** A source given as text, or an output held as bytes. */
    private static final class MemoryFile extends SimpleJavaFileObject {
        private final String text;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        MemoryFile(URI uri, Kind kind, String text) {
            super(uri, kind);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text != null ? text : bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(text != null ? text.getBytes(StandardCharsets.UTF_8) : bytes.toByteArray());
        }

        @Override
        public OutputStream openOutputStream() {
            bytes.reset();
            return bytes;
        }
    }
}

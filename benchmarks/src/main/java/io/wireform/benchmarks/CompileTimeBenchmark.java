package io.wireform.benchmarks;

import io.wireform.benchmarks.compile.Javac;
import io.wireform.benchmarks.compile.RecordSources;
import io.wireform.processor.WireformProcessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Compile time: javac over {@code records} annotated records (200 by default; see {@link
 * RecordSources} for the mix of field kinds, enums, markers, checksums, lengths and protocols), with
 * the Wireform processor ({@code compile_wireform}: {@link WireformProcessor} given to the task,
 * generating and compiling a codec and a reader per message) against the same sources without it
 * ({@code compile_javac}: {@code -proc:none}). Target (issue 6): at most 2× plain javac.
 *
 * <p>A third measure tells the processor's own cost apart from that of compiling what it writes:
 * {@code compile_handwritten} compiles the same records together with the very codecs and readers
 * the processor generates for them, given to javac as ordinary sources with {@code -proc:none}: what
 * the build costs when a person has written those codecs by hand. Wireform / hand-written is the
 * processor's overhead; hand-written / javac is the price of the codec code itself, some twenty
 * times the lines of the records.
 *
 * <p>One operation is one whole compilation in this JVM through {@code
 * ToolProvider.getSystemJavaCompiler()}: a fresh file manager and task, {@code --release 17}, the
 * sources, class files and generated sources held in memory (see {@link Javac} for why), nothing
 * written to disk. The class path is where {@code wireform-annotations} and {@code
 * wireform-runtime} were loaded from. Mode: average time in ms per compilation; the warm-up (8 × 3 s,
 * a dozen compilations or more) lets javac's own code be compiled by the JIT, as in a long-lived
 * build daemon; the first cold compilation happens in setup. Setup also checks that the compilation
 * succeeds with no error and that the processor made one codec per message, and every operation
 * throws on an error, so a failing compile cannot be timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
public class CompileTimeBenchmark {
    /** Annotated top-level types compiled per operation. */
    @Param("200")
    public int records;

    private Javac javac;

    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) {
        if (records < 8) {
            throw new IllegalArgumentException("records must be at least 8, to hold every shape once, not " + records);
        }
        String benchmark = params.getBenchmark();
        boolean processor = benchmark.endsWith("_wireform");
        Map<String, String> sources = RecordSources.generate(records);
        if (benchmark.endsWith("_handwritten")) {
            Javac generating = new Javac(sources, true);
            generating.compile();
            sources = new LinkedHashMap<>(sources);
            sources.putAll(generating.generatedSources());
        }
        javac = new Javac(sources, processor);
        javac.compile();
        int codecs = javac.written("Codec.class");
        int expected = benchmark.endsWith("_javac") ? 0 : RecordSources.codecs(records);
        if (codecs != expected) {
            throw new IllegalStateException("the compilation made " + codecs + " codecs, not " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        javac = null;
    }

    @Benchmark
    public void compile_wireform() {
        javac.compile();
    }

    @Benchmark
    public void compile_javac() {
        javac.compile();
    }

    @Benchmark
    public void compile_handwritten() {
        javac.compile();
    }
}

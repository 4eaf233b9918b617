package io.wireform.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.conformance.compile.InMemoryCompiler;
import io.wireform.conformance.dissector.DissectorLaw;
import io.wireform.conformance.schema.Decls.Schema;
import io.wireform.conformance.schema.Equality;
import io.wireform.conformance.schema.SchemaGenerator;
import io.wireform.conformance.schema.SchemaLaws;
import io.wireform.conformance.schema.Values;
import io.wireform.runtime.WireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Random valid schemas over the whole vocabulary, compiled through the processor: each must compile
 * with no error and no warning under {@code -Xlint:all}, and its codec must obey {@link SchemaLaws}
 * for random values and for bytes that are not encodings; a sample of them, {@link DissectorLaw} with
 * tshark.
 *
 * <p>{@code -Dconformance.schemas=5000} runs more schemas; {@code -Dconformance.seed=n} starts
 * elsewhere; {@code -Dconformance.only=<schema seed>} runs the one schema a failure names.
 */
class SchemaSpaceTest {
    private static final int BATCH = 40;
    private static final int VALUES = 12;

    @Test
    void randomValidSchemasCompileCleanlyAndRoundTrip() {
        int count = Integer.getInteger("conformance.schemas", 300);
        long seed = Long.getLong("conformance.seed", 20251202L);
        String only = System.getProperty("conformance.only", "");
        List<Schema> schemas = new ArrayList<>();
        if (!only.isBlank()) {
            schemas.add(SchemaGenerator.generate(Long.parseLong(only.trim()), "gen.s0"));
        } else {
            Random seeds = new Random(seed);
            for (int i = 0; i < count; i++) {
                schemas.add(SchemaGenerator.generate(seeds.nextLong(), "gen.s" + i));
            }
        }
        Failures failures = new Failures("SchemaSpaceTest (seed " + seed + ", " + schemas.size() + " schemas)");
        Stats stats = new Stats();
        dissectors = new DissectorLaw(schemas.size(), failures);
        for (int from = 0; from < schemas.size(); from += BATCH) {
            runBatch(schemas.subList(from, Math.min(schemas.size(), from + BATCH)), failures, stats);
        }
        dissectors.flush();
        System.out.println("SchemaSpaceTest: " + dissectors.summary());
        System.out.println("SchemaSpaceTest: " + stats.regionReads + " of " + schemas.size()
                + " schemas read a record at its region's bounds (decodeRegion)");
        if (only.isBlank() && schemas.size() >= 100 && failures.isEmpty()) {
            assertTrue(stats.regionReads > 0, "no schema reads a record at its region's bounds (decodeRegion)");
        }
        String summary = String.format(Locale.ROOT, "%d schemas: %d compiled cleanly, %d values checked, "
                        + "%d refused as documented edge cases; %d canonical schemas; %d javac runs took %.1f s; "
                        + "%d failing explanations showed a list of records read partway; "
                        + "%d decode errors were a record's constructor refusing its values, %d a value outside its @Range",
                schemas.size(), stats.clean, stats.values, stats.refused, stats.canonical, stats.compilations,
                stats.compileNanos / 1e9, SchemaLaws.partwayLists(), SchemaLaws.refusals(), SchemaLaws.outOfRange());
        System.out.println("SchemaSpaceTest: " + summary);
        if (!failures.isEmpty()) {
            java.nio.file.Path file = failures.write("schema-space.txt");
            fail(summary + "\n" + failures.report(60_000) + "\nfull report: " + file.toAbsolutePath());
        }
        assertTrue(stats.values > 0, "no value was checked");
        if (schemas.size() >= 100) {
            assertTrue(SchemaLaws.partwayLists() > 0, "no explanation of a list of records failing partway was checked");
            assertTrue(SchemaLaws.refusals() > 0, "no record's constructor refused a decoded value");
            assertTrue(SchemaLaws.outOfRange() > 0, "no mutant's value was refused as outside its @Range");
        }
        if (dissectors.active() && only.isBlank() && dissectors.schemas() >= 20) {
            // the law cannot pass by comparing nothing: most schemas' rows and refused mutants are compared
            assertTrue(dissectors.fields() >= 30 * dissectors.schemas(), dissectors.summary());
            assertTrue(dissectors.refused() >= 3 * dissectors.schemas(), dissectors.summary());
        }
    }

    /**
     * With {@code -Dconformance.dump=<folder>}, writes the schema's sources and the code generated for
     * them there, to look at or compile by hand.
     */
    private static void dump(Schema schema, InMemoryCompiler.Result result) {
        String folder = System.getProperty("conformance.dump", "");
        if (folder.isBlank()) {
            return;
        }
        java.util.Map<String, String> files = new java.util.TreeMap<>(schema.sources());
        files.putAll(result.generatedIn(schema.pkg));
        files.forEach((name, text) -> {
            java.nio.file.Path file = java.nio.file.Path.of(folder, name.replace('.', '/') + ".java");
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static final class Stats {
        int clean;
        int values;
        int refused;
        int canonical;
        int regionReads;
        long compileNanos;
        int compilations;
    }

    private static void runBatch(List<Schema> batch, Failures failures, Stats stats) {
        current = stats;
        List<Schema> compilable = new ArrayList<>(batch);
        // javac reports every schema's errors, but one schema's processor error hides the generated code of
        // the others, so compile again without the broken ones until the rest is clean
        for (int round = 0; round < 4 && !compilable.isEmpty(); round++) {
            InMemoryCompiler.Result result = compile(compilable);
            if (result == null) {
                break;
            }
            List<Schema> broken = new ArrayList<>();
            for (Schema schema : compilable) {
                List<Diagnostic<? extends JavaFileObject>> problems = result.problemsIn(schema.pkg);
                if (problems.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
                    reportCompile(schema, problems, result, failures);
                    broken.add(schema);
                }
            }
            if (broken.isEmpty() && result.errors().isEmpty()) {
                for (Schema schema : compilable) {
                    List<Diagnostic<? extends JavaFileObject>> warnings = result.problemsIn(schema.pkg);
                    if (!warnings.isEmpty()) {
                        reportCompile(schema, warnings, result, failures);
                    }
                    check(schema, result, failures, stats);
                }
                return;
            }
            compilable.removeAll(broken);
            if (broken.isEmpty()) {
                break; // errors that name no schema: find whose one at a time
            }
        }
        for (Schema schema : compilable) {
            InMemoryCompiler.Result alone = compile(List.of(schema));
            if (alone == null) {
                failures.add("the processor crashed", seedLine(schema) + schema.text(), 0);
            } else if (!alone.errors().isEmpty()) {
                reportCompile(schema, alone.problemsIn(schema.pkg).isEmpty() ? alone.errors()
                        : alone.problemsIn(schema.pkg), alone, failures);
            } else {
                if (!alone.problemsIn(schema.pkg).isEmpty()) {
                    reportCompile(schema, alone.problemsIn(schema.pkg), alone, failures);
                }
                check(schema, alone, failures, stats);
            }
        }
    }

    private static Stats current = new Stats();
    private static DissectorLaw dissectors;

    private static InMemoryCompiler.Result compile(List<Schema> schemas) {
        long started = System.nanoTime();
        try {
            return compileNow(schemas);
        } finally {
            current.compileNanos += System.nanoTime() - started;
            current.compilations++;
        }
    }

    private static InMemoryCompiler.Result compileNow(List<Schema> schemas) {
        List<InMemoryCompiler.Source> sources = new ArrayList<>();
        for (Schema schema : schemas) {
            schema.sources().forEach((name, text) -> sources.add(new InMemoryCompiler.Source(name, text)));
        }
        try {
            return InMemoryCompiler.compile(sources, dissectors == null ? List.of() : dissectors.compilerOptions());
        } catch (RuntimeException e) {
            if (schemas.size() == 1) {
                return null;
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(Schema schema, InMemoryCompiler.Result result, Failures failures, Stats stats) {
        dump(schema, result);
        if (result.problemsIn(schema.pkg).isEmpty()) {
            stats.clean++;
        }
        if (schema.canonical()) {
            stats.canonical++;
        }
        // a record filling its region read at its bounds by the codec around it, not through its decode
        if (result.generatedIn(schema.pkg).values().stream().anyMatch(code -> code.contains("Codec.decodeRegion(in, "))) {
            stats.regionReads++;
        }
        ClassLoader loader = result.loader();
        WireCodec<Object> codec;
        try {
            codec = (WireCodec<Object>) Class.forName(schema.rootCodec(), true, loader).getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            failures.add("the generated codec does not load: " + e.getClass().getSimpleName(),
                    seedLine(schema) + e + "\n" + schema.text(), 0);
            return;
        }
        SchemaLaws laws = new SchemaLaws(schema, codec, loader);
        Random random = new Random(schema.seed);
        for (int i = 0; i < VALUES; i++) {
            Values values = new Values(random, loader, schema.pkg);
            Object value;
            try {
                value = values.value(schema.root(), i % 5);
            } catch (RuntimeException e) {
                failures.add("harness: cannot make a value: " + e, seedLine(schema) + schema.text(), 0);
                return;
            }
            try {
                if (laws.check(value, random) == SchemaLaws.Outcome.REFUSED_EDGE) {
                    stats.refused++;
                } else {
                    stats.values++;
                }
            } catch (SchemaLaws.Violation v) {
                Object smallest = shrink(schema, laws, loader, v.law, value);
                failures.add(v.law, violationReport(schema, v, value, smallest, result), Equality.show(smallest).length());
                return;
            }
        }
        if (dissectors != null && dissectors.chosen(Integer.parseInt(schema.pkg.substring(schema.pkg.lastIndexOf('s') + 1)))) {
            dissectors.add(schema, result, codec);
        }
    }

    /** A smaller value that breaks the same law, from fresh values of the smallest sizes. */
    private static Object shrink(Schema schema, SchemaLaws laws, ClassLoader loader, String law, Object failing) {
        Object best = failing;
        Random random = new Random(schema.seed ^ 0x5DEECE66DL);
        for (int attempt = 0; attempt < 60; attempt++) {
            Values values = new Values(random, loader, schema.pkg);
            Object candidate;
            try {
                candidate = values.value(schema.root(), attempt < 40 ? 0 : 1);
            } catch (RuntimeException e) {
                return best;
            }
            try {
                laws.check(candidate, new Random(attempt));
            } catch (SchemaLaws.Violation v) {
                if (v.law.equals(law) && Equality.show(candidate).length() < Equality.show(best).length()) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static String violationReport(Schema schema, SchemaLaws.Violation v, Object value, Object smallest,
                                          InMemoryCompiler.Result result) {
        StringBuilder s = new StringBuilder(seedLine(schema));
        s.append("law: ").append(v.law).append('\n');
        s.append("what happened: ").append(v.getMessage()).append('\n');
        s.append("value: ").append(Equality.show(value)).append('\n');
        if (smallest != value) {
            s.append("smallest value breaking the same law: ").append(Equality.show(smallest)).append('\n');
        }
        if (v.input != null) {
            s.append("input bytes: ").append(hex(v.input)).append('\n');
        }
        if (v.getCause() != null) {
            s.append("exception: ").append(v.getCause()).append('\n');
            StackTraceElement[] trace = v.getCause().getStackTrace();
            for (int i = 0; i < Math.min(6, trace.length); i++) {
                s.append("    at ").append(trace[i]).append('\n');
            }
        }
        s.append("canonical: ").append(schema.canonical() ? "yes" : "no " + schema.notCanonical()).append('\n');
        s.append("schema:\n").append(schema.text());
        return s.toString();
    }

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    private static void reportCompile(Schema schema, List<Diagnostic<? extends JavaFileObject>> problems,
                                      InMemoryCompiler.Result result, Failures failures) {
        for (Diagnostic<? extends JavaFileObject> d : problems) {
            String where = d.getSource() == null ? "no source" : d.getSource().getName().contains("Codec")
                    || d.getSource().getName().contains("Reader") || d.getSource().getName().contains("Codes")
                    ? "generated code" : "the schema";
            String message = d.getMessage(Locale.ROOT);
            String signature = d.getKind() == Diagnostic.Kind.ERROR
                    ? "compile error in " + where + ": " + (where.equals("the schema")
                        ? QUOTED.matcher(firstLine(message)).replaceAll("'…'") : d.getCode())
                    : "compile warning in " + where + ": " + d.getCode();
            StringBuilder s = new StringBuilder(seedLine(schema));
            s.append(d.getKind()).append(" at ").append(d.getSource() == null ? "?" : d.getSource().getName())
                    .append(':').append(d.getLineNumber()).append(": ").append(message).append('\n');
            s.append("schema:\n").append(schema.text());
            if (where.equals("generated code")) {
                String name = d.getSource().getName();
                for (Map.Entry<String, String> e : result.generatedIn(schema.pkg).entrySet()) {
                    if (name.endsWith(e.getKey().replace('.', '/') + ".java")) {
                        s.append("generated ").append(e.getKey()).append(" around line ").append(d.getLineNumber())
                                .append(":\n").append(around(e.getValue(), (int) d.getLineNumber()));
                    }
                }
            }
            failures.add(signature, s.toString(), schema.text().length());
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String around(String text, int line) {
        String[] lines = text.split("\n", -1);
        StringBuilder s = new StringBuilder();
        for (int i = Math.max(1, line - 6); i <= Math.min(lines.length, line + 3); i++) {
            s.append(String.format("%5d%s %s%n", i, i == line ? ">" : " ", lines[i - 1]));
        }
        return s.toString();
    }

    private static String seedLine(Schema schema) {
        return "schema seed " + schema.seed + " (rerun: mvn -pl conformance -am verify -Dtest=SchemaSpaceTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dconformance.only=" + schema.seed + ")\n";
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("%02x", b & 0xFF));
        }
        return s.toString();
    }
}

package io.wireform.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.annotations.Resync;
import io.wireform.conformance.compile.InMemoryCompiler;
import io.wireform.conformance.schema.Decls.Schema;
import io.wireform.conformance.schema.Equality;
import io.wireform.conformance.schema.SchemaGenerator;
import io.wireform.conformance.schema.Values;
import io.wireform.conformance.stream.Feeds;
import io.wireform.conformance.stream.Observation;
import io.wireform.conformance.stream.Samples;
import io.wireform.conformance.stream.Subject;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every reader must make the same of the same bytes however they arrive: random streams of valid
 * frames, garbage and corrupted frames, fed to a push reader whole, a byte at a time and in random
 * chunks, to pull readers over an InputStream and a channel, and to the Netty decoder, under every
 * resync policy. Same messages, same dropped-byte total, same final error (class, offset, field
 * path); nothing but a {@link WireException} escapes.
 *
 * <p>{@code -Dconformance.streams=n} streams per protocol and policy (40 unless set);
 * {@code -Dconformance.seed=n} starts elsewhere.
 */
class StreamDifferentialTest {
    private static final Resync[] POLICIES = Resync.values();

    @Test
    void sampleProtocolsReadTheSameHoweverFed() {
        Failures failures = new Failures("StreamDifferentialTest, samples");
        int streams = Integer.getInteger("conformance.streams", 40);
        long seed = Long.getLong("conformance.seed", 20251202L);
        int runs = 0;
        for (Subject<?> subject : Samples.all()) {
            runs += differential(subject, streams, new Random(seed ^ subject.name().hashCode()), failures);
        }
        finish(failures, runs, "stream-samples.txt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void generatedSchemasWithMarkersOrChecksumsReadTheSameHoweverFed() throws Exception {
        Failures failures = new Failures("StreamDifferentialTest, generated schemas");
        int streams = Math.max(4, Integer.getInteger("conformance.streams", 40) / 4);
        long seed = Long.getLong("conformance.seed", 20251202L);
        Random seeds = new Random(seed + 1);
        List<Schema> chosen = new ArrayList<>();
        for (int i = 0; chosen.size() < 24 && i < 3000; i++) {
            Schema schema = SchemaGenerator.generate(seeds.nextLong(), "gen.d" + i);
            if (schema.markedOrChecked() && schema.selfDelimiting()) {
                chosen.add(schema);
            }
        }
        // one javac run for all; schemas the processor cannot compile are SchemaSpaceTest's to report
        List<Schema> compilable = new ArrayList<>(chosen);
        InMemoryCompiler.Result result = null;
        for (int round = 0; round < 5 && !compilable.isEmpty(); round++) {
            List<InMemoryCompiler.Source> sources = new ArrayList<>();
            for (Schema schema : compilable) {
                schema.sources().forEach((name, text) -> sources.add(new InMemoryCompiler.Source(name, text)));
            }
            result = InMemoryCompiler.compile(sources);
            InMemoryCompiler.Result compiledNow = result;
            List<Schema> broken = compilable.stream().filter(schema -> compiledNow.problemsIn(schema.pkg).stream()
                    .anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)).toList();
            if (broken.isEmpty() && result.errors().isEmpty()) {
                break;
            }
            compilable.removeAll(broken);
            result = null;
        }
        int runs = 0;
        int compiled = 0;
        for (Schema schema : result == null ? List.<Schema>of() : compilable) {
            compiled++;
            ClassLoader loader = result.loader();
            Class<?> reader = Class.forName(schema.rootReader(), true, loader);
            WireCodec<Object> codec = (WireCodec<Object>) Class.forName(schema.rootCodec(), true, loader)
                    .getField("INSTANCE").get(null);
            Subject<Object> subject = new Subject<>("schema seed " + schema.seed + "\n" + schema.text(), () -> {
                try {
                    return (FrameReader.Builder<Object>) reader.getMethod("builder").invoke(null);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }, r -> {
                for (int attempt = 0; ; attempt++) {
                    Object value = new Values(r, loader, schema.pkg).value(schema.root(), r.nextInt(3));
                    try {
                        return codec.encode(value);
                    } catch (WireException e) {
                        if (attempt > 20) {
                            throw e;
                        }
                    }
                }
            }, null, Equality::show);
            runs += differential(subject, streams, new Random(schema.seed), failures);
        }
        System.out.println("StreamDifferentialTest: " + compiled + " of " + chosen.size()
                + " generated schemas with markers or checksums compiled and were read");
        assertTrue(compiled > 0, "no generated schema compiled");
        finish(failures, runs, "stream-generated.txt");
    }

    private static void finish(Failures failures, int runs, String file) {
        System.out.println("StreamDifferentialTest: " + runs + " streams, each read in " + Feeds.values().length
                + " ways");
        if (!failures.isEmpty()) {
            java.nio.file.Path path = failures.write(file);
            fail(failures.report(60_000) + "\nfull report: " + path.toAbsolutePath());
        }
    }

    /** Reads {@code streams} random streams of the subject in every way under every policy; returns how many. */
    private static <T> int differential(Subject<T> subject, int streams, Random random, Failures failures) {
        int runs = 0;
        for (Resync policy : POLICIES) {
            for (int i = 0; i < streams; i++) {
                long streamSeed = random.nextLong();
                Random r = new Random(streamSeed);
                byte[] stream;
                try {
                    stream = stream(subject, r);
                } catch (RuntimeException e) {
                    failures.add("[" + firstLine(subject.name()) + "] harness: cannot make a frame: " + e,
                            subject.name(), 0);
                    return runs;
                }
                int limit = r.nextInt(10) < 3 ? 16 + r.nextInt(600) : 0;
                long chunkSeed = r.nextLong();
                Observation reference = null;
                for (Feeds feed : Feeds.values()) {
                    Observation seen = feed.run(subject, policy, limit, stream, chunkSeed);
                    if (seen.unexpected() != null) {
                        failures.add("[" + firstLine(subject.name()) + "] " + seen.unexpected().getClass().getName()
                                        + " escapes (" + feed + ")",
                                report(subject, policy, limit, streamSeed, stream, feed, seen, null, null)
                                        + "\n" + trace(seen.unexpected()), stream.length);
                    }
                    if (reference == null) {
                        reference = seen;
                        continue;
                    }
                    String difference = reference.difference(seen);
                    if (difference != null) {
                        failures.add("[" + firstLine(subject.name()) + "] " + feed + " disagrees with "
                                        + Feeds.PUSH_WHOLE + " on " + what(reference, seen),
                                report(subject, policy, limit, streamSeed, stream, feed, seen, reference, difference),
                                stream.length);
                    }
                }
                runs++;
            }
        }
        return runs;
    }

    private static String what(Observation a, Observation b) {
        List<String> parts = new ArrayList<>();
        if (!a.messages().equals(b.messages())) {
            parts.add("messages");
        }
        if (a.dropped() != b.dropped()) {
            parts.add("dropped bytes");
        }
        if (!java.util.Objects.equals(a.error(), b.error())) {
            parts.add("the error");
        }
        return String.join(", ", parts);
    }

    private static String report(Subject<?> subject, Resync policy, int limit, long seed, byte[] stream, Feeds feed,
                                 Observation seen, Observation reference, String difference) {
        StringBuilder s = new StringBuilder();
        s.append("protocol: ").append(subject.name()).append('\n');
        s.append("resync: ").append(policy).append(limit > 0 ? ", maxFrameLength " + limit : "").append('\n');
        s.append("stream seed: ").append(seed).append(" (").append(stream.length).append(" bytes)\n");
        s.append("stream: ").append(HexFormat.of().formatHex(stream)).append('\n');
        if (reference != null) {
            s.append(Feeds.PUSH_WHOLE).append(": ").append(reference).append('\n');
        }
        s.append(feed).append(": ").append(seen).append('\n');
        if (difference != null) {
            s.append("difference: ").append(difference).append('\n');
        }
        return s.toString();
    }

    private static String trace(Throwable t) {
        StringBuilder s = new StringBuilder(String.valueOf(t)).append('\n');
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            s.append("    at ").append(trace[i]).append('\n');
        }
        return s.toString();
    }

    /** The subject's name as failures are grouped: generated schemas as one. */
    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).replaceAll("schema seed -?\\d+", "generated schema");
    }

    /** Valid frames, garbage, corrupted, truncated and over-long frames, in random order. */
    static byte[] stream(Subject<?> subject, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int segments = 1 + r.nextInt(10);
        for (int i = 0; i < segments; i++) {
            int pick = r.nextInt(100);
            byte[] frame = subject.frames().apply(r);
            if (pick < 50 || frame.length == 0) {
                out.writeBytes(frame);
            } else if (pick < 62) {
                byte[] garbage = new byte[1 + r.nextInt(40)];
                r.nextBytes(garbage);
                if (r.nextBoolean() && frame.length > 2) {
                    // garbage that looks like the start of a frame
                    int n = 1 + r.nextInt(Math.min(frame.length - 1, garbage.length));
                    System.arraycopy(frame, 0, garbage, 0, n);
                }
                out.writeBytes(garbage);
            } else if (pick < 80) {
                // a wrong byte: near the end (end marker, checksum), at the start (magic, tag) or anywhere
                int at = switch (r.nextInt(3)) {
                    case 0 -> frame.length - 1 - r.nextInt(Math.min(frame.length, 4));
                    case 1 -> r.nextInt(Math.min(frame.length, 3));
                    default -> r.nextInt(frame.length);
                };
                frame[at] ^= (byte) (1 + r.nextInt(255));
                out.writeBytes(frame);
            } else if (pick < 92) {
                out.write(frame, 0, r.nextInt(frame.length));
            } else {
                // a header byte at its largest: lengths and counts far beyond any limit
                frame[r.nextInt(Math.min(frame.length, 8))] = (byte) 0xFF;
                out.writeBytes(frame);
            }
        }
        return out.toByteArray();
    }
}

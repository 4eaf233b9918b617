package io.wireform.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.annotations.Resync;
import io.wireform.conformance.compile.InMemoryCompiler;
import io.wireform.conformance.schema.Decls.Schema;
import io.wireform.conformance.schema.Equality;
import io.wireform.conformance.schema.SchemaGenerator;
import io.wireform.conformance.schema.UnknownFrames;
import io.wireform.conformance.schema.Values;
import io.wireform.conformance.stream.Feeds;
import io.wireform.conformance.stream.Observation;
import io.wireform.conformance.stream.OverLimitFrames;
import io.wireform.conformance.stream.ReaderOffsets;
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
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
        ReaderOffsets.Tally tally = new ReaderOffsets.Tally();
        for (Subject<?> subject : Samples.all()) {
            runs += differential(subject, streams, new Random(seed ^ subject.name().hashCode()), failures, tally);
        }
        placedEnough(tally, runs, failures);
        if (tally.skippedOverLimit < Math.max(1, streams / 2)) {
            failures.add("too few streams with a frame over the limit under SKIP_FRAME", tally + " in " + runs
                    + " streams", 0);
        }
        finish(failures, runs, "stream-samples.txt");
    }

    @Test
    void generatedSchemasWithMarkersOrChecksumsReadTheSameHoweverFed() throws Exception {
        readGenerated("generated schemas", 1, "gen.d", 24, 3000,
                schema -> schema.markedOrChecked() && schema.selfDelimiting(), null, Equality::show,
                "generated schemas with markers or checksums", "stream-generated.txt");
    }

    /**
     * Generated schemas whose frames end with a streamed {@code @Remaining} payload inside a length region
     * (the record's own or its protocol's): the payload, whose length the region says, is streamed to the
     * push readers' sink and handed out by the pull readers, the same however the stream arrives.
     */
    @Test
    void generatedSchemasWithPayloadsEndingLengthRegionsReadTheSameHoweverFed() throws Exception {
        readGenerated("payloads ending length regions", 2, "gen.p", 12, 6000, Schema::streamsRegionPayload,
                StreamDifferentialTest::payloadOf, m -> Equality.show(withoutPayload(m)),
                "generated schemas with payloads ending length regions", "stream-payloads.txt");
    }

    /**
     * Compiles up to {@code count} generated schemas that {@code which} accepts and feeds random streams of
     * each through every reader, however cut; {@code payloadOf} (or null) takes a message's streamed payload.
     */
    @SuppressWarnings("unchecked")
    private static void readGenerated(String title, int seedOffset, String pkg, int count, int tries,
                                      Predicate<Schema> which, Function<Object, io.wireform.runtime.Payload> payloadOf,
                                      Function<Object, String> describe, String what, String report) throws Exception {
        Failures failures = new Failures("StreamDifferentialTest, " + title);
        int streams = Math.max(4, Integer.getInteger("conformance.streams", 40) / 4);
        long seed = Long.getLong("conformance.seed", 20251202L);
        List<Schema> chosen = choose(seed + seedOffset, pkg, count, tries, which);
        List<Schema> compilable = new ArrayList<>(chosen);
        InMemoryCompiler.Result result = compileAll(compilable);
        int runs = 0;
        int compiled = 0;
        ReaderOffsets.Tally tally = new ReaderOffsets.Tally();
        for (Schema schema : result == null ? List.<Schema>of() : compilable) {
            compiled++;
            ClassLoader loader = result.loader();
            Class<?> reader = Class.forName(schema.rootReader(), true, loader);
            WireCodec<Object> codec = (WireCodec<Object>) Class.forName(schema.rootCodec(), true, loader)
                    .getField("INSTANCE").get(null);
            Subject<Object> subject = new Subject<>("schema seed " + schema.seed + "\n" + schema.text(), codec,
                    readers(reader), r -> {
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
            }, payloadOf, describe);
            runs += differential(subject, streams, new Random(schema.seed), failures, tally);
        }
        System.out.println("StreamDifferentialTest: " + compiled + " of " + chosen.size() + " " + what
                + " compiled and were read");
        assertTrue(compiled > 0, "none of the " + what + " compiled");
        placedEnough(tally, runs, failures);
        finish(failures, runs, report);
    }

    /** The payload a decoded record ends with, or null. */
    private static io.wireform.runtime.Payload payloadOf(Object message) {
        if (message instanceof Record record) {
            for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    if (c.getAccessor().invoke(record) instanceof io.wireform.runtime.Payload p) {
                        return p;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    /** The record's components but its payload, which the harness reads and compares by content. */
    private static Object withoutPayload(Object message) {
        if (!(message instanceof Record record)) {
            return message;
        }
        List<Object> values = new ArrayList<>();
        values.add(record.getClass().getSimpleName());
        for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(record);
                values.add(value instanceof io.wireform.runtime.Payload ? "<payload>" : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /** The first {@code count} of {@code tries} generated schemas that {@code fit}. */
    private static List<Schema> choose(long seed, String pkg, int count, int tries,
                                       Predicate<Schema> fit) {
        Random seeds = new Random(seed);
        List<Schema> chosen = new ArrayList<>();
        for (int i = 0; chosen.size() < count && i < tries; i++) {
            Schema schema = SchemaGenerator.generate(seeds.nextLong(), pkg + i);
            if (fit.test(schema)) {
                chosen.add(schema);
            }
        }
        return chosen;
    }

    /** New builders of a generated reader class's preset. */
    @SuppressWarnings("unchecked")
    private static Supplier<FrameReader.Builder<Object>> readers(Class<?> reader) {
        return () -> {
            try {
                return (FrameReader.Builder<Object>) reader.getMethod("builder").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Compiles the schemas in one javac run, leaving out those with errors (SchemaSpaceTest's to report);
     * {@code schemas} keeps those that compiled; null when none did.
     */
    private static InMemoryCompiler.Result compileAll(List<Schema> schemas) {
        for (int round = 0; round < 5 && !schemas.isEmpty(); round++) {
            List<InMemoryCompiler.Source> sources = new ArrayList<>();
            for (Schema schema : schemas) {
                schema.sources().forEach((name, text) -> sources.add(new InMemoryCompiler.Source(name, text)));
            }
            InMemoryCompiler.Result result = InMemoryCompiler.compile(sources);
            List<Schema> broken = schemas.stream().filter(schema -> result.problemsIn(schema.pkg).stream()
                    .anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)).toList();
            if (broken.isEmpty() && result.errors().isEmpty()) {
                return result;
            }
            schemas.removeAll(broken);
        }
        return null;
    }

    /**
     * Protocols whose frames all say their length, read with {@code Resync.SKIP_UNKNOWN}: streams of
     * valid frames with frames of unknown tags between them give exactly the valid frames' messages, no
     * error, and the drop listener is told of exactly the unknown frames' bytes, in every reader.
     */
    @Test
    @SuppressWarnings("unchecked")
    void skipUnknownSkipsExactlyTheUnknownFramesHoweverFed() throws Exception {
        Failures failures = new Failures("StreamDifferentialTest, SKIP_UNKNOWN");
        int streams = Math.max(4, Integer.getInteger("conformance.streams", 40) / 4);
        long seed = Long.getLong("conformance.seed", 20251202L);
        List<Schema> chosen = choose(seed + 2, "gen.u", 12, 4000,
                schema -> UnknownFrames.applicable(schema) && schema.selfDelimiting());
        InMemoryCompiler.Result result = compileAll(chosen);
        int runs = 0;
        ReaderOffsets.Tally tally = new ReaderOffsets.Tally();
        for (Schema schema : result == null ? List.<Schema>of() : chosen) {
            ClassLoader loader = result.loader();
            Class<?> readerClass = Class.forName(schema.rootReader(), true, loader);
            WireCodec<Object> codec = (WireCodec<Object>) Class.forName(schema.rootCodec(), true, loader)
                    .getField("INSTANCE").get(null);
            Subject<Object> subject = new Subject<>("schema seed " + schema.seed + "\n" + schema.text(), codec,
                    readers(readerClass), null, null, Equality::show);
            Random random = new Random(schema.seed);
            for (int i = 0; i < streams; i++) {
                long streamSeed = random.nextLong();
                Random r = new Random(streamSeed);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                List<String> expected = new ArrayList<>();
                List<long[]> regions = new ArrayList<>(); // [at, bytes] of each run of unknown frames
                int frames = 1 + r.nextInt(8);
                for (int k = 0; k < frames; k++) {
                    if (r.nextInt(5) < 2) {
                        byte[] unknown = UnknownFrames.frame(schema, r);
                        if (!regions.isEmpty() && regions.get(regions.size() - 1)[0]
                                + regions.get(regions.size() - 1)[1] == out.size()) {
                            regions.get(regions.size() - 1)[1] += unknown.length;
                        } else {
                            regions.add(new long[] {out.size(), unknown.length});
                        }
                        out.writeBytes(unknown);
                    } else {
                        byte[] frame;
                        try {
                            frame = codec.encode(new Values(r, loader, schema.pkg).value(schema.root(), r.nextInt(3)));
                        } catch (WireException e) {
                            continue; // a documented edge case, which SchemaSpaceTest counts
                        }
                        expected.add(Equality.show(codec.decode(frame)));
                        out.writeBytes(frame);
                    }
                }
                byte[] stream = out.toByteArray();
                long unknownBytes = regions.stream().mapToLong(x -> x[1]).sum();
                Observation want = new Observation(expected, unknownBytes, null, null);
                long chunkSeed = r.nextLong();
                for (Feeds feed : Feeds.values()) {
                    Observation seen = feed.run(subject, Resync.SKIP_UNKNOWN, 0, stream, chunkSeed);
                    placed(subject, Resync.SKIP_UNKNOWN, 0, streamSeed, stream, feed, seen, null, tally, failures);
                    String difference = want.difference(seen);
                    if (difference != null || seen.unexpected() != null) {
                        failures.add("[SKIP_UNKNOWN] " + feed + " does not skip exactly the unknown frames",
                                report(subject, Resync.SKIP_UNKNOWN, 0, streamSeed, stream, feed, seen, want,
                                        difference) + (seen.unexpected() == null ? "" : trace(seen.unexpected())),
                                stream.length);
                    }
                }
                // the listener hears of each run of unknown frames once, where it starts
                List<long[]> heard = new ArrayList<>();
                FrameReader<Object> reader = subject.readers().get().resync(Resync.SKIP_UNKNOWN)
                        .onDropped((bytes, at, cause) -> heard.add(new long[] {at, bytes})).build();
                try {
                    reader.feed(java.nio.ByteBuffer.wrap(stream), m -> { });
                    reader.endOfStream(m -> { });
                } catch (RuntimeException e) {
                    heard.add(new long[] {-1, -1});
                }
                String wantRegions = regions.stream().map(java.util.Arrays::toString).toList().toString();
                String heardRegions = heard.stream().map(java.util.Arrays::toString).toList().toString();
                if (!wantRegions.equals(heardRegions)) {
                    failures.add("[SKIP_UNKNOWN] the drop listener hears other regions than the unknown frames'",
                            "protocol: " + subject.name() + "\nstream: " + HexFormat.of().formatHex(stream)
                                    + "\nunknown frames at [offset, bytes]: " + wantRegions + "\nheard: " + heardRegions
                                    + "\n", stream.length);
                }
                runs++;
            }
        }
        System.out.println("StreamDifferentialTest: " + (result == null ? 0 : chosen.size())
                + " generated protocols with lengths read with SKIP_UNKNOWN");
        assertTrue(result != null && !chosen.isEmpty(), "no generated protocol with a length compiled");
        System.out.println("StreamDifferentialTest: reader errors checked against the stream's bytes: " + tally);
        if (tally.dropped < runs) {
            failures.add("the reader offsets law checked too few errors", "a stream of unknown frames each: "
                    + tally + " in " + runs + " streams read in " + Feeds.values().length + " ways", 0);
        }
        finish(failures, runs, "stream-skip-unknown.txt");
    }

    /**
     * REFERENCE, {@code resync(Resync)}: "{@code SKIP_FRAME}: drop a bad frame whose length is known". Streams
     * of the samples' valid frames read with a limit between their lengths: every reader gives exactly the
     * messages of the frames within it, drops exactly the bytes of those over it whose length the codec tells
     * (no error), and, fed whole, tells its listener of each run of them once, where it starts, with a {@code
     * FrameTooLargeException}.
     */
    @Test
    void skipFrameDropsExactlyTheFramesOverTheLimitHoweverFed() {
        Failures failures = new Failures("StreamDifferentialTest, SKIP_FRAME over the limit");
        int streams = Integer.getInteger("conformance.streams", 40);
        long seed = Long.getLong("conformance.seed", 20251202L);
        int runs = 0;
        ReaderOffsets.Tally tally = new ReaderOffsets.Tally();
        for (Subject<?> subject : Samples.all()) {
            if (OverLimitFrames.applicable(subject)) {
                runs += skipOverLimit(subject, streams, new Random(seed ^ subject.name().hashCode()), failures, tally);
            }
        }
        System.out.println("StreamDifferentialTest: SKIP_FRAME over the limit: " + tally);
        if (tally.dropped < runs) {
            failures.add("the reader offsets law checked too few errors", "a frame over the limit each: " + tally
                    + " in " + runs + " streams read in " + Feeds.values().length + " ways", 0);
        }
        assertTrue(runs >= streams, "too few streams with frames over the limit: " + runs);
        finish(failures, runs, "stream-skip-over-limit.txt");
    }

    private static <T> int skipOverLimit(Subject<T> subject, int streams, Random random, Failures failures,
                                         ReaderOffsets.Tally tally) {
        int runs = 0;
        for (int i = 0; i < streams; i++) {
            long streamSeed = random.nextLong();
            Random r = new Random(streamSeed);
            OverLimitFrames.Stream s = OverLimitFrames.stream(subject, r);
            if (s == null) {
                continue;
            }
            byte[] stream = s.bytes();
            Observation want = new Observation(s.messages(), s.droppedBytes(), null, null);
            long chunkSeed = r.nextLong();
            for (Feeds feed : Feeds.values()) {
                Observation seen = feed.run(subject, Resync.SKIP_FRAME, s.limit(), stream, chunkSeed);
                placed(subject, Resync.SKIP_FRAME, s.limit(), streamSeed, stream, feed, seen, null, tally, failures);
                String difference = want.difference(seen);
                if (difference != null || seen.unexpected() != null) {
                    failures.add("[" + firstLine(subject.name()) + "] " + feed + " does not drop exactly the frames over"
                                    + " the limit",
                            report(subject, Resync.SKIP_FRAME, s.limit(), streamSeed, stream, feed, seen, want, difference)
                                    + (seen.unexpected() == null ? "" : trace(seen.unexpected())), stream.length);
                }
            }
            List<String> heard = new ArrayList<>();
            FrameReader<T> reader = subject.readers().get().resync(Resync.SKIP_FRAME).maxFrameLength(s.limit())
                    .onDropped((bytes, at, cause) -> heard.add("[" + at + ", " + bytes + "]"
                            + (cause instanceof io.wireform.runtime.FrameTooLargeException ? "" : " " + cause))).build();
            try {
                reader.feed(java.nio.ByteBuffer.wrap(stream), m -> { });
                reader.endOfStream(m -> { });
            } catch (RuntimeException e) {
                heard.add("threw " + e);
            }
            String wantRegions = s.regions().stream().map(java.util.Arrays::toString).toList().toString();
            if (!wantRegions.equals(heard.toString())) {
                failures.add("[" + firstLine(subject.name()) + "] the drop listener hears other regions than the frames"
                        + " over the limit", "protocol: " + subject.name() + "\nlimit: " + s.limit() + "\nstream: "
                        + HexFormat.of().formatHex(stream) + "\nover the limit at [offset, bytes]: " + wantRegions
                        + "\nheard: " + heard + "\n", stream.length);
            }
            runs++;
        }
        return runs;
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
    private static <T> int differential(Subject<T> subject, int streams, Random random, Failures failures,
                                        ReaderOffsets.Tally tally) {
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
                    placed(subject, policy, limit, streamSeed, stream, feed, seen, reference, tally, failures);
                    if (seen.unexpected() != null) {
                        failures.add("[" + firstLine(subject.name()) + "] " + seen.unexpected().getClass().getName()
                                        + " escapes (" + feed + ")",
                                report(subject, policy, limit, streamSeed, stream, feed, seen, null, null)
                                        + "\n" + trace(seen.unexpected()), stream.length);
                    }
                    if (reference == null) {
                        reference = seen;
                        if (policy == Resync.SKIP_FRAME && limit > 0 && seen.reported().stream().anyMatch(e -> !e.thrown()
                                && e.error() instanceof io.wireform.runtime.FrameTooLargeException f && f.limit() == limit)) {
                            tally.skippedOverLimit++; // a frame over the reader's limit dropped: the others are compared on it
                        }
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

    /**
     * Every error the reader reported, thrown or told to its drop listener, is where its bytes are in the
     * stream and under decode's field path ({@link ReaderOffsets}). A thrown error whose frame start the
     * harness cannot see (pull and Netty readers) is placed at the reference reader's, when it is the same error.
     */
    private static void placed(Subject<?> subject, Resync policy, int limit, long streamSeed, byte[] stream, Feeds feed,
                               Observation seen, Observation reference, ReaderOffsets.Tally tally, Failures failures) {
        ReaderOffsets.Reported known = reference == null ? null : reference.thrown();
        for (ReaderOffsets.Reported r : seen.reported()) {
            long start = r.thrown() && known != null
                    && Observation.describe(known.error()).equals(Observation.describe(r.error())) ? known.frameStart() : -1;
            boolean streamed = subject.codec() instanceof io.wireform.runtime.StreamedCodec<?>
                    && (subject.payloadOf() != null || feed == Feeds.PULL_STREAM || feed == Feeds.PULL_CHANNEL);
            ReaderOffsets.Problem problem = ReaderOffsets.problem(r, start, stream, subject.codec(), streamed, limit, tally);
            if (problem != null) {
                failures.add("[" + firstLine(subject.name()) + "] " + (r.thrown() ? "a thrown error" : "a dropped frame's cause")
                                + ": " + problem.kind(),
                        report(subject, policy, limit, streamSeed, stream, feed, seen, null, null) + "error: "
                                + r.error().getMessage() + "\n" + problem.detail() + "\n", stream.length);
            }
        }
    }

    /**
     * The reader offsets law is not vacuous: streams hold corrupted frames and garbage, so at least one
     * error in ten streams must have been thrown and placed, and as many told to a drop listener.
     */
    private static void placedEnough(ReaderOffsets.Tally tally, int runs, Failures failures) {
        System.out.println("StreamDifferentialTest: reader errors checked against the stream's bytes: " + tally);
        if (tally.thrown < runs / 10 || tally.dropped + tally.garbage < runs / 10 || tally.compared < runs / 10) {
            failures.add("the reader offsets law checked too few errors", tally + " in " + runs + " streams read in "
                    + Feeds.values().length + " ways", 0);
        }
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

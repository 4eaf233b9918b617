package io.wireform.netty.serverdiff;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Servers on every transport treat bad input alike. Random streams of valid requests of a sample
 * (Modbus under {@code Resync.FAIL}; {@code Beat} and the device blocks under {@code SCAN_TO_MAGIC}),
 * with garbage or an oversize frame header spliced in at random places and sometimes cut short
 * inside the last frame, written in random chunks (all at once, a byte at a time, random sizes), go
 * to the blocking transport, to Netty and to Netty answering on its event loops, each answering with
 * {@code respond(...)} and with a {@code handler(...)}. Every one must give what the blocking
 * transport's {@code respond(...)} gives: the same answers in the same order, the same errors
 * reported (class, offset, message), the same messages counted in and out, and the connection
 * closed by the server after them.
 *
 * <p>{@code -Dwireform.serverdiff.streams=N} runs N streams (60 unless set), {@code
 * -Dwireform.serverdiff.seed=S} from another seed; a failure names its stream's seed, which {@code
 * -Dwireform.serverdiff.case=HEX} runs alone.
 */
class ServerDifferentialTest {
    private static final int MOST_FAILURES = 5;

    private final Map<Sample<?, ?>, List<Subject<?, ?>>> servers = new LinkedHashMap<>();

    @Test
    void everyTransportAndModeAnswersReportsAndClosesAsTheBlockingRespond() throws Exception {
        long seed = Long.getLong("wireform.serverdiff.seed", 20251203L);
        int count = Integer.getInteger("wireform.serverdiff.streams", 60);
        String only = System.getProperty("wireform.serverdiff.case", "");
        List<Long> cases = new ArrayList<>();
        if (only.isEmpty()) {
            Random seeds = new Random(seed);
            for (int i = 0; i < count; i++) {
                cases.add(seeds.nextLong());
            }
            System.out.println("serverdiff: " + count + " streams from seed " + seed);
        } else {
            cases.add(Long.parseUnsignedLong(only, 16));
            System.out.println("serverdiff: the stream " + only + " alone");
        }

        List<String> failures = new ArrayList<>();
        int failedStreams = 0;
        int run = 0;
        int clean = 0;
        int answeredThenFailed = 0;
        long started = System.nanoTime();
        try {
            for (long one : cases) {
                Stream stream = Stream.of(one);
                run++;
                List<Subject<?, ?>> subjects = servers(stream.sample());
                Observation expected = subjects.get(0).serve(stream);
                if (!expected.end().equals("closed")) {
                    failures.add(stream + "\n  on " + subjects.get(0).name + ": " + expected.end() + replay(one));
                }
                boolean failed = false;
                for (Subject<?, ?> subject : subjects.subList(1, subjects.size())) {
                    Observation observed = subject.serve(stream);
                    if (!expected.equals(observed)) {
                        failures.add(stream + "\n  on " + subject.name + " against " + subjects.get(0).name + ":"
                                + expected.difference(observed) + replay(one));
                        failed = true;
                    }
                }
                if (expected.errors().isEmpty()) {
                    clean++;
                } else if (expected.answerBytes() > 0) {
                    answeredThenFailed++;
                }
                if (failed && ++failedStreams == MOST_FAILURES) {
                    failures.add("(stopped after " + MOST_FAILURES + " streams that differ)");
                    break;
                }
            }
        } finally {
            closeAll();
        }
        System.out.printf("serverdiff: %d streams in %d ms: %d without error, %d answered before an error%n",
                run, (System.nanoTime() - started) / 1_000_000, clean, answeredThenFailed);
        if (!failures.isEmpty()) {
            fail(failures.size() + " differences (seed " + seed + "):\n" + String.join("\n\n", failures));
        }
        if (only.isEmpty() && count >= 30) { // the streams reach the cases the transports must agree on
            assertTrue(clean > 0, "no stream went through without an error");
            assertTrue(answeredThenFailed > 0, "no stream had an answer before its error");
        }
    }

    private static String replay(long seed) {
        return "\n  replay: -Dwireform.serverdiff.case=" + Long.toHexString(seed);
    }

    /** The six servers of a sample, the blocking transport's respond(...) first; started on first use. */
    private List<Subject<?, ?>> servers(Sample<?, ?> sample) throws IOException {
        List<Subject<?, ?>> subjects = servers.get(sample);
        if (subjects == null) {
            subjects = new ArrayList<>();
            servers.put(sample, subjects);
            for (boolean respond : new boolean[] {true, false}) {
                subjects.add(Subject.start(sample, "blocking", ServerTransport.blocking(), respond));
            }
            for (boolean respond : new boolean[] {true, false}) {
                subjects.add(Subject.start(sample, "netty", NettyTransport.withEventLoops(2), respond));
            }
            for (boolean respond : new boolean[] {true, false}) {
                subjects.add(Subject.start(sample, "netty on its event loops",
                        NettyTransport.withEventLoops(2).answeringOnEventLoops(), respond));
            }
        }
        return subjects;
    }

    private void closeAll() throws IOException {
        for (List<Subject<?, ?>> subjects : servers.values()) {
            for (Subject<?, ?> subject : subjects) {
                subject.close();
            }
        }
        servers.clear();
    }
}

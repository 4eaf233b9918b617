package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pause between failed accepts, end to end: while this JVM is out of file descriptors and a few
 * clients (in a JVM of their own) wait to be accepted, the transport retries after pauses that
 * double from 1 ms to 100 ms: about eight failures in the first 300 ms, then about one every 100 ms,
 * and service again within about 100 ms of descriptors being freed. The bounds are loose, for a
 * loaded machine; {@code AcceptPauseTest} (runtime) and {@code AcceptGuardTest} (Netty) check the
 * pauses themselves exactly.
 */
@Timeout(60)
public class AcceptBackoffTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});
    /** Clients waiting to be accepted, so that one is still waiting if a descriptor the JVM frees lets another in. */
    private static final int PENDING = 4;
    /** How much later than the longest pause a waiting client may be accepted on a busy machine. */
    private static final long SLACK_MILLIS = 300;

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    @Test
    void failedAcceptsBackOffFromOneMillisecondToAHundredThenServiceResumes() throws Exception {
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport()).framing(LINES)
                .respond(line -> line).start()) {
            try (WireConnection<Line, Line> warm = WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE,
                    LineCodec.INSTANCE).framing(LINES).readTimeout(Duration.ofSeconds(10)).connect()) {
                assertEquals(new Line("warm"), warm.request(new Line("warm"))); // the classes serving needs are loaded
            }
            // its descriptor freed before this JVM runs out, not after, when a waiting client could take it
            Await.until(() -> server.connections() == 0, Duration.ofSeconds(5), () -> "the warm connection closed");
            Process child = Descriptors.startJvm(PendingClients.class, server.port());
            List<FileChannel> hoard = new ArrayList<>();
            try (BufferedReader childSays = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                OutputStream tellChild = child.getOutputStream();
                assertEquals("ready", childSays.readLine());
                long accepted = server.counters().accepted();
                IOException exhausted = Descriptors.exhaust(hoard);
                assertTrue(String.valueOf(exhausted.getMessage()).contains("Too many open files"), exhausted::toString);
                tellChild.write(("go " + PENDING + "\n").getBytes(StandardCharsets.US_ASCII));
                tellChild.flush();
                long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (server.counters().acceptFailures() == 0 && System.nanoTime() < limit) {
                    holdExhausted(hoard, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1));
                }
                long first = System.nanoTime();
                long atFirst = server.counters().acceptFailures();
                assertTrue(atFirst > 0, "accept never failed");
                holdExhausted(hoard, first + TimeUnit.MILLISECONDS.toNanos(300));
                long at300 = server.counters().acceptFailures();
                holdExhausted(hoard, first + TimeUnit.MILLISECONDS.toNanos(1000));
                long at1000 = server.counters().acceptFailures();
                long acceptedMeanwhile = server.counters().accepted() - accepted;

                long freed = System.nanoTime();
                Descriptors.release(hoard.subList(0, 64)); // enough for the accepts and the connections; the rest later
                limit = freed + TimeUnit.SECONDS.toNanos(5);
                while (server.counters().accepted() == accepted + acceptedMeanwhile && System.nanoTime() < limit) {
                    Thread.sleep(1);
                }
                long resumed = (System.nanoTime() - freed) / 1_000_000;
                Descriptors.release(hoard);
                assertEquals("answered " + PENDING, childSays.readLine());
                System.out.println(transport() + ": out of descriptors, " + (at300 - atFirst) + " failed accepts in the"
                        + " first 300 ms after the first, " + (at1000 - at300) + " in the next 700 ms; a waiting client"
                        + " accepted " + resumed + " ms after the descriptors were freed (" + acceptedMeanwhile + " of "
                        + PENDING + " let in meanwhile by a descriptor the JVM freed)");
                // a descriptor the JVM frees now and then lets a client in; one must still wait
                Assumptions.assumeTrue(acceptedMeanwhile < PENDING,
                        "descriptors the JVM freed meanwhile let every client in early: " + acceptedMeanwhile);

                // 1 + 2 + 4 + ... + 64 = 127 ms, then 100: 8 within 300 ms; a fixed 1 ms would be hundreds,
                // Netty's own pause of a second none
                assertTrue(at300 - atFirst >= 4 && at300 - atFirst <= 40,
                        (at300 - atFirst) + " failed accepts in the 300 ms after the first");
                // then 100 ms each: 7 in 700 ms; doubling without the cap would be 1 (at 511 ms)
                assertTrue(at1000 - at300 >= 4 && at1000 - at300 <= 10,
                        (at1000 - at300) + " failed accepts in the 700 ms after those");
                assertTrue(resumed <= ServerSetup.MAX_ACCEPT_PAUSE_MILLIS + SLACK_MILLIS,
                        "a waiting client accepted " + resumed + " ms after the descriptors were freed");
                assertTrue(Descriptors.quit(child));
            } finally {
                Descriptors.cleanUp(hoard, child);
            }
        }
    }

    /** Keeps this JVM out of descriptors until {@code until} (nanoTime): those it frees meanwhile are taken each millisecond. */
    private static void holdExhausted(List<FileChannel> hoard, long until) throws InterruptedException {
        do {
            Descriptors.exhaust(hoard);
            Thread.sleep(1);
        } while (System.nanoTime() - until < 0);
    }
}

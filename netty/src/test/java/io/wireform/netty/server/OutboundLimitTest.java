package io.wireform.netty.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code maxOutboundBytes} bounds what the Netty transport queues for one peer: a peer that asks for
 * answers and reads none gets as many as the socket buffers and the limit hold, then the server stops
 * reading its requests. Measured against the same peer with a limit 256 times larger, so that the
 * kernel's buffers, whatever their size here, count alike in both.
 */
@Timeout(90)
class OutboundLimitTest {
    private static final String BIG = "x".repeat(64 * 1024);
    private static final int REQUESTS = 1000; // 64 MiB of answers

    @Test
    void aPeerThatReadsNothingIsQueuedNoMoreThanTheLimitAllows() throws Exception {
        long small = queuedFor(64 * 1024);
        long large = queuedFor(16 * 1024 * 1024);
        System.out.println("answers of 64 KiB sent or queued for a peer that reads nothing: " + small
                + " with maxOutboundBytes 64 KiB, " + large + " with 16 MiB");
        assertTrue(large - small >= 128, "16 MiB more room holds far more answers: " + small + " vs " + large);
        assertTrue(small < REQUESTS / 4, "the small limit stops the server reading: " + small + " answers");
    }

    /** Answers sent or queued for a peer that reads none of them, once the server stops answering it. */
    private static long queuedFor(int maxOutboundBytes) throws Exception {
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(NettyTransport.create())
                .framing(Framing.delimited(new byte[] {'\n'}))
                .respond(line -> line.text().equals("big") ? new Line(BIG) : line)
                .maxOutboundBytes(maxOutboundBytes).writeTimeout(Duration.ZERO).start();
             Socket deaf = new Socket()) {
            deaf.setReceiveBufferSize(64 * 1024);
            deaf.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
            Thread asker = new Thread(() -> {
                try {
                    deaf.getOutputStream().write("big\n".repeat(REQUESTS).getBytes(StandardCharsets.US_ASCII));
                } catch (java.io.IOException closed) {
                    // the test ends before every request is taken: the socket closes under the write
                }
            });
            asker.setDaemon(true);
            asker.start();
            // until the server stops answering: the queue is full, or every request is answered. Settled
            // means neither answers nor requests read moved for 1.5 s: on a loaded machine a server can
            // be starved of the processor for a moment without having stopped
            long queued = -1;
            long read = -1;
            int still = 0;
            for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline && still < 5; ) {
                Thread.sleep(300);
                long now = server.counters().framesOut();
                long in = server.counters().bytesIn();
                still = now == queued && in == read ? still + 1 : 0;
                queued = now;
                read = in;
            }
            assertEquals(5, still, "the server settled within 30 s: " + queued + " answers");
            assertEquals(0, server.counters().closedBy(Deadline.WRITE));
            // the peer reads again: the server goes on answering
            InputStream in = deaf.getInputStream();
            assertEquals(BIG + "\n", new String(in.readNBytes(BIG.length() + 1), StandardCharsets.US_ASCII));
            return queued;
        }
    }
}

package io.wireform.netty.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.SelectStrategy;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.IntSupplier;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How the Netty transport's own event loops wait for sockets ({@link YieldingSelect}): they block at
 * once unless a read came from a peer that sent more before its answers went out; then they look
 * once more without blocking first. The strategy alone, then on a server.
 */
@Timeout(30)
class YieldingSelectTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});

    /** A select-now that counts its calls and finds {@code ready} sockets. */
    private static final class SelectNow implements IntSupplier {
        final AtomicInteger calls = new AtomicInteger();
        int ready;

        @Override
        public int get() {
            calls.incrementAndGet();
            return ready;
        }
    }

    @Test
    void withoutAPipelinedReadTheLoopBlocksAtOnce() throws Exception {
        YieldingSelect.Factory factory = new YieldingSelect.Factory();
        SelectStrategy strategy = factory.newSelectStrategy();
        SelectNow selectNow = new SelectNow();
        selectNow.ready = 1;
        assertEquals(SelectStrategy.SELECT, strategy.calculateStrategy(selectNow, false));
        assertEquals(0, selectNow.calls.get(), "looked without a hint");
        assertEquals(0, factory.looks());
    }

    @Test
    void afterAPipelinedReadItLooksOnceWithoutBlockingThenBlocksAgain() throws Exception {
        YieldingSelect.Factory factory = new YieldingSelect.Factory();
        YieldingSelect strategy = (YieldingSelect) factory.newSelectStrategy();
        SelectNow selectNow = new SelectNow();

        strategy.pipelined();
        selectNow.ready = 3;
        assertEquals(3, strategy.calculateStrategy(selectNow, false), "what the look found is processed");
        assertEquals(1, selectNow.calls.get());
        assertEquals(SelectStrategy.SELECT, strategy.calculateStrategy(selectNow, false), "the hint is used once");
        assertEquals(1, selectNow.calls.get());

        strategy.pipelined();
        selectNow.ready = 0;
        assertEquals(SelectStrategy.SELECT, strategy.calculateStrategy(selectNow, false), "nothing found: block");
        assertEquals(2, selectNow.calls.get());
        assertEquals(2, factory.looks());
        assertEquals(1, factory.found());
    }

    @Test
    void waitingTasksAreNeverBlockedOnAsWithNettysDefault() throws Exception {
        SelectStrategy strategy = new YieldingSelect.Factory().newSelectStrategy();
        SelectNow selectNow = new SelectNow();
        assertEquals(0, strategy.calculateStrategy(selectNow, true));
        selectNow.ready = 2;
        assertEquals(2, strategy.calculateStrategy(selectNow, true));
        assertEquals(2, selectNow.calls.get());
    }

    @Test
    void aLoopsStrategyIsCurrentOnThatLoopOnly() throws Exception {
        YieldingSelect strategy = (YieldingSelect) new YieldingSelect.Factory().newSelectStrategy();
        AtomicReference<YieldingSelect> seen = new AtomicReference<>();
        Thread loop = new Thread(() -> {
            try {
                strategy.calculateStrategy(new SelectNow(), true); // the loop's first turn
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            seen.set(YieldingSelect.current());
        });
        loop.start();
        loop.join(5000);
        assertSame(strategy, seen.get());
        AtomicReference<YieldingSelect> elsewhere = new AtomicReference<>(strategy);
        Thread other = new Thread(() -> elsewhere.set(YieldingSelect.current()));
        other.start();
        other.join(5000);
        assertNull(elsewhere.get());
    }

    // ---- on a server

    /** {@code transport}, handing over the binding it makes. */
    private static ServerTransport capturing(ServerTransport transport, AtomicReference<NettyListener<?, ?>> bound) {
        return new ServerTransport() {
            @Override
            public <I, O> Binding bind(ServerSetup<I, O> setup) throws IOException {
                Binding binding = transport.bind(setup);
                bound.set((NettyListener<?, ?>) binding);
                return binding;
            }
        };
    }

    private static WireConnection<Line, Line> client(WireServer<?, ?> server) throws IOException {
        return WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE, LineCodec.INSTANCE).framing(LINES)
                .readTimeout(Duration.ofSeconds(10)).connect();
    }

    @Test
    void aPeerThatSendsAheadOfItsAnswersMakesTheLoopLookAgain() throws Exception {
        AtomicReference<NettyListener<?, ?>> bound = new AtomicReference<>();
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).framing(LINES)
                .transport(capturing(NettyTransport.create(), bound))
                .respond(line -> {
                    if (line.text().equals("first")) {
                        answering.countDown();
                        await(release);
                    }
                    return new Line(line.text() + "!");
                }).start();
             WireConnection<Line, Line> client = client(server)) {
            YieldingSelect.Factory selects = bound.get().selects();
            assertNotNull(selects, "the transport's own event loops have the strategy");

            client.send(new Line("first"));
            assertTrue(answering.await(10, TimeUnit.SECONDS));
            assertEquals(0, selects.looks(), "a lone request is no hint");
            client.send(new Line("second")); // read while the answer to the first is still being made
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (selects.looks() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertTrue(selects.looks() > 0, "the loop blocked at once after a pipelined read");
            release.countDown();
            assertEquals(new Line("first!"), client.receive());
            assertEquals(new Line("second!"), client.receive());

            for (int batch = 0; batch < 50; batch++) { // and answers stay whole and in order
                for (int i = 0; i < 16; i++) {
                    client.send(new Line(batch + "." + i));
                }
                for (int i = 0; i < 16; i++) {
                    assertEquals(new Line(batch + "." + i + "!"), client.receive());
                }
            }
        }
    }

    @Test
    void aPeerThatWaitsForEachAnswerGivesNoHint() throws Exception {
        AtomicReference<NettyListener<?, ?>> bound = new AtomicReference<>();
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).framing(LINES)
                .transport(capturing(NettyTransport.create(), bound))
                .respond(line -> new Line(line.text() + "!")).start();
             WireConnection<Line, Line> client = client(server)) {
            for (int i = 0; i < 500; i++) {
                assertEquals(new Line(i + "!"), client.request(new Line(Integer.toString(i))));
            }
            assertEquals(0, bound.get().selects().looks(), "a request sent only once its answer was there");
        }
    }

    @Test
    void onTheApplicationsEventLoopsTheirOwnStrategyStays() throws Exception {
        NioEventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("app-boss", true));
        NioEventLoopGroup workers = new NioEventLoopGroup(1, new DefaultThreadFactory("app-worker", true));
        AtomicReference<NettyListener<?, ?>> bound = new AtomicReference<>();
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).framing(LINES)
                .transport(capturing(NettyTransport.on(boss, workers), bound))
                .respond(line -> new Line(line.text() + "!")).start();
             WireConnection<Line, Line> client = client(server)) {
            for (int i = 0; i < 16; i++) {
                client.send(new Line(Integer.toString(i)));
            }
            for (int i = 0; i < 16; i++) {
                assertEquals(new Line(i + "!"), client.receive());
            }
            assertNull(bound.get().selects());
            assertNull(workers.submit(YieldingSelect::current).get(5, TimeUnit.SECONDS));
        } finally {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.wireform.netty.server;

import io.netty.channel.SelectStrategy;
import io.netty.channel.SelectStrategyFactory;
import io.netty.util.IntSupplier;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How the event loops a {@link NettyTransport} makes wait for sockets: after a read from a peer that
 * sends its next requests before the answers to its earlier ones have gone out (it pipelines), the
 * loop gives its core away once ({@link Thread#yield()}) and looks for ready sockets without blocking
 * before it blocks; otherwise it blocks at once, as Netty's default strategy does.
 *
 * <p>Why: with {@code respond(...)} answered off the event loop, a loop has little to do for each read,
 * so it blocks again at once and is woken for every segment of a pipelining peer, where a loop that
 * answers itself is still busy when the next segments arrive and reads them together. The yield lets
 * the threads waiting for this core (the peer's, the answering thread) run first; the look that
 * follows then usually finds several segments at once. Measured in benchmarks/LOAD.md: at 16 requests
 * in flight per connection, the event loops read 2.5 requests a wake-up without it, and the transport
 * was 1.24 to 1.42 times slower than a plain Netty pipeline answering on its loops; with it, 12.5 a
 * wake-up, and faster than that pipeline. A peer that waits for each answer gives no hint, and the
 * loop blocks at once as before.
 *
 * <p>An application's own event loops ({@link NettyTransport#on}) keep their strategy: the hint is
 * then dropped. All state belongs to the loop's thread; the counts are for tests.
 */
final class YieldingSelect implements SelectStrategy {
    private static final FastThreadLocal<YieldingSelect> CURRENT = new FastThreadLocal<>();

    private boolean registered;
    /** A read on this loop came from a pipelining peer since the last look. */
    private boolean pipelined;
    private volatile long looks;
    private volatile long found;

    private YieldingSelect() {
    }

    /** This event loop's strategy, or null on a thread that is not one of the transport's own event loops. */
    static YieldingSelect current() {
        return CURRENT.getIfExists();
    }

    /** A read on this loop came from a peer that pipelines: look again before blocking. On the loop. */
    void pipelined() {
        pipelined = true;
    }

    @Override
    public int calculateStrategy(IntSupplier selectNow, boolean hasTasks) throws Exception {
        if (!registered) { // the loop's first turn, before it has run any task (a channel's registration)
            registered = true;
            CURRENT.set(this);
        }
        if (hasTasks) {
            return selectNow.get(); // as Netty's default: tasks wait, so do not block
        }
        if (!pipelined) {
            return SelectStrategy.SELECT;
        }
        pipelined = false;
        Thread.yield();
        int ready = selectNow.get();
        looks++; // one writer, the loop
        if (ready > 0) {
            found++;
            return ready;
        }
        return SelectStrategy.SELECT;
    }

    /** Makes the strategy of each event loop of a group, and keeps them for their counts. */
    static final class Factory implements SelectStrategyFactory {
        private final List<YieldingSelect> made = new CopyOnWriteArrayList<>();

        @Override
        public SelectStrategy newSelectStrategy() {
            YieldingSelect strategy = new YieldingSelect();
            made.add(strategy);
            return strategy;
        }

        /** Times the loops looked again after a pipelined read. */
        long looks() {
            return made.stream().mapToLong(s -> s.looks).sum();
        }

        /** Of those, the times they found a ready socket and did not block. */
        long found() {
            return made.stream().mapToLong(s -> s.found).sum();
        }
    }
}

package io.wireform.netty.server;

import io.netty.channel.EventLoopGroup;
import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import java.io.IOException;
import java.util.Objects;

/**
 * A {@link io.wireform.runtime.net.WireServer} on Netty: a few event loops read, decode and write
 * for every connection, and handlers run on an executor, so a slow handler never holds up a loop.
 *
 * <pre>{@code
 * WireServer<RequestAdu, ResponseAdu> server = new ModbusServer().server()
 *         .transport(NettyTransport.create())
 *         .start();
 * }</pre>
 *
 * <p>A server that answers with {@code respond(...)} holds no thread between messages: a
 * connection's messages are decoded on its event loop and answered off the loop, in order, by one
 * task at a time that answers what arrives while it runs; the task writes the answers to the socket
 * itself while nothing is queued for the peer (else the loop writes them), so that a request costs
 * one hand-off between threads, not two; an idle connection costs a few kilobytes and no thread. The
 * tasks of an event loop's connections run on that loop's answering thread, one after another; a
 * task given while the one running there has run 2 ms, or waiting behind it by then, runs on the
 * server's pool instead. So an answer that blocks holds up its own connection, and the others of its
 * loop for about 2 ms at most. After a read from a peer that sends requests ahead of its answers, the
 * event loops this transport makes give their core away once and look for more bytes before they block,
 * so that a loop with little to do per read is not woken for every segment of a pipelining peer (an
 * application's own loops, given with {@link #on}, keep their strategy). Given the builder's {@code
 * executor(...)}, every task runs on it, with {@link #answeringOnEventLoops()} too. A server with a
 * {@code handler(...)}, or whose messages carry a streamed {@code Payload}, runs each connection's
 * handler on a thread of its own (a virtual thread where the JDK has them), reading the bytes the
 * event loop hands it; a payload reaches it as a stream, and the loop stops reading from that peer
 * while 64 KiB are waiting, so no payload is held whole.
 *
 * <p>Deadlines, limits, counters and errors are those of the builder, as on the blocking transport.
 * A failed accept (too many open files) is reported and retried after a pause that doubles from 1 ms
 * to 100 ms, not Netty's fixed second.
 */
public final class NettyTransport implements ServerTransport {
    private final int eventLoops;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final boolean answerOnEventLoops;

    private NettyTransport(int eventLoops, EventLoopGroup boss, EventLoopGroup workers, boolean answerOnEventLoops) {
        this.eventLoops = eventLoops;
        this.boss = boss;
        this.workers = workers;
        this.answerOnEventLoops = answerOnEventLoops;
    }

    /**
     * Each server gets an accepting event loop and as many event loops for its connections as there
     * are cores, and shuts them down when it closes.
     */
    public static NettyTransport create() {
        return new NettyTransport(Runtime.getRuntime().availableProcessors(), null, null, false);
    }

    /** As {@link #create()}, with {@code eventLoops} event loops for the connections of each server. */
    public static NettyTransport withEventLoops(int eventLoops) {
        if (eventLoops < 1) {
            throw new IllegalArgumentException("at least one event loop, not " + eventLoops);
        }
        return new NettyTransport(eventLoops, null, null, false);
    }

    /**
     * Servers on the application's own groups of NIO event loops, which it shuts down itself: {@code
     * boss} accepts, {@code workers} serve the connections.
     */
    public static NettyTransport on(EventLoopGroup boss, EventLoopGroup workers) {
        return new NettyTransport(0, Objects.requireNonNull(boss, "boss"), Objects.requireNonNull(workers, "workers"), false);
    }

    /**
     * This transport, answering {@code respond(...)} on the event loops themselves instead of the
     * executor: no hand-off between threads (see benchmarks/LOAD.md), for answers that never block.
     * An answer that blocks holds up every connection of its event loop. A server given an {@code
     * executor(...)} on its builder answers on that executor all the same: the executor given to one
     * server outranks the way of answering of a transport that several servers may share.
     */
    public NettyTransport answeringOnEventLoops() {
        return new NettyTransport(eventLoops, boss, workers, true);
    }

    @Override
    public <I, O> Binding bind(ServerSetup<I, O> setup) throws IOException {
        return NettyListener.bind(setup, eventLoops, boss, workers, answerOnEventLoops);
    }

    @Override
    public String toString() {
        return answerOnEventLoops ? "netty, answering on the event loops" : "netty";
    }
}

package io.wireform.runtime.net;

import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * A {@link WireServer}'s settings and the hooks its {@link ServerTransport} calls, so that every
 * transport counts, refuses, reports and serves alike. Made by {@link WireServer.Builder#start()};
 * only transport implementations use it.
 *
 * <p>A transport calls {@link #executor(boolean)} once, before accepting; then, for each connection
 * the kernel hands it: {@link #admit()}, and if that refuses, closes the connection at once; {@link
 * #connectionClosed()} once an admitted connection is closed; bytes, frames and deadlines as they
 * happen; {@link #failed} for every error that ends a connection. The thread that accepts calls
 * {@link #acceptFailed} for each failed accept, and pauses as long as it says before accepting again,
 * and {@link #acceptSucceeded()} for each connection taken.
 */
public final class ServerSetup<I, O> {
    /** Connections a server serves at once unless told otherwise. */
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    /** ... when each holds a platform thread the server made. */
    public static final int DEFAULT_MAX_PLATFORM_THREADS = 256;
    /** The longest pause between two accepts while accepting fails: new clients wait at most this once it works again. */
    public static final long MAX_ACCEPT_PAUSE_MILLIS = 100;

    private final Endpoint<I, O> endpoint;
    private final ConnectionHandler<I, O> handler;
    private final Function<? super I, ? extends O> responder;
    private final ErrorListener errors;
    private final InetSocketAddress bindAddress;
    private final int backlog;
    private final int maxConnectionsSet;
    private final Duration firstByteDeadline;
    private final Duration frameDeadline;
    private final Duration idleTimeout;
    private final Duration writeTimeout;
    private final int maxOutboundBytes;
    private final Duration shutdownGrace;
    private final ExecutorService suppliedExecutor;
    private final ServerCounters counters = new ServerCounters();
    private final Traffic traffic = new Counted();
    private volatile int maxConnections;
    private ExecutorService ownedExecutor;
    private boolean executorChosen;
    private volatile boolean closing;
    /** The pause after the last failed accept (ms), 0 after a successful one; the accepting thread's own. */
    private long acceptPause;

    ServerSetup(WireServer.Builder<I, O> b) {
        this.endpoint = b.endpoint;
        this.handler = b.handler;
        this.responder = b.responder;
        this.errors = b.errors;
        this.bindAddress = new InetSocketAddress(b.address, b.port);
        this.backlog = b.backlog;
        this.maxConnectionsSet = b.maxConnections;
        this.firstByteDeadline = b.firstByteDeadline;
        this.frameDeadline = b.frameDeadline;
        this.idleTimeout = b.idleTimeout;
        this.writeTimeout = b.writeTimeout;
        this.maxOutboundBytes = b.maxOutboundBytes;
        this.shutdownGrace = b.shutdownGrace;
        this.suppliedExecutor = b.executor;
        this.maxConnections = maxConnectionsSet > 0 ? maxConnectionsSet : DEFAULT_MAX_CONNECTIONS;
    }

    /**
     * The executor handlers run on: the application's, or one the server makes and shuts down. Also
     * settles {@link #maxConnections()}. A transport that holds a thread for the whole life of each
     * connection says {@code threadPerConnection}: it then gets a virtual thread per task where the
     * JDK has them, else a pool of {@code maxConnections} platform threads (256 unless set); a
     * transport that runs handlers only while a message is being answered gets a pool of four
     * platform threads a core (at least 16) on every JDK: a task there is short, and waking a pooled
     * platform thread costs less than starting a virtual thread (see benchmarks/LOAD.md).
     */
    public synchronized ExecutorService executor(boolean threadPerConnection) {
        if (executorChosen) {
            throw new IllegalStateException("the executor has been chosen already");
        }
        executorChosen = true;
        boolean platform = suppliedExecutor == null && !Threads.virtual();
        if (maxConnectionsSet <= 0 && threadPerConnection && platform) {
            maxConnections = DEFAULT_MAX_PLATFORM_THREADS;
        }
        if (suppliedExecutor != null) {
            return suppliedExecutor;
        }
        ownedExecutor = Threads.virtual() && threadPerConnection ? Threads.virtualPerTask("wireform-handler-")
                : Threads.pool(threadPerConnection ? maxConnections
                        : Math.max(16, 4 * Runtime.getRuntime().availableProcessors()), "wireform-handler-");
        return ownedExecutor;
    }

    /** Whether the application gave the executor ({@link WireServer.Builder#executor}): handlers are to run on it. */
    public boolean executorGiven() {
        return suppliedExecutor != null;
    }

    /** The executor the server made, to be shut down with it; null if the application gave one. */
    synchronized ExecutorService ownedExecutor() {
        return ownedExecutor;
    }

    /** Whether the JDK has virtual threads (21 and later). */
    public static boolean virtualThreads() {
        return Threads.virtual();
    }

    // ---- settings

    /** The address and port to listen on (port 0: a free one). */
    public InetSocketAddress bindAddress() {
        return bindAddress;
    }

    /** The accept backlog: connections the kernel completes and queues before they are accepted. */
    public int backlog() {
        return backlog;
    }

    /** Connections served at once; more are refused. Settled by {@link #executor(boolean)}. */
    public int maxConnections() {
        return maxConnections;
    }

    /** See {@link Deadline#FIRST_BYTE}; zero for none. */
    public Duration firstByteDeadline() {
        return firstByteDeadline;
    }

    /** See {@link Deadline#FRAME}; zero for none. */
    public Duration frameDeadline() {
        return frameDeadline;
    }

    /** See {@link Deadline#IDLE}; zero for none. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** See {@link Deadline#WRITE}; zero for none. */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** The most bytes queued for one peer beyond what its socket holds, where the transport queues. */
    public int maxOutboundBytes() {
        return maxOutboundBytes;
    }

    /** How long {@link WireServer#close()} lets open connections finish before it closes them. */
    public Duration shutdownGrace() {
        return shutdownGrace;
    }

    public WireCodec<I> inbound() {
        return endpoint.inbound;
    }

    public WireCodec<O> outbound() {
        return endpoint.outbound;
    }

    public Framing framing() {
        return endpoint.framing;
    }

    /** A reader for one connection's bytes: the builder's framing and limits, or its {@code frames} supplier. */
    public FrameReader<I> newReader() {
        return endpoint.reader();
    }

    /** A writer of the outbound messages in the connection's framing. */
    public FrameWriter<O> newWriter() {
        return endpoint.writer();
    }

    /**
     * The answer function of {@code respond(...)}, or null when the server has a {@link
     * ConnectionHandler} of its own. A transport may answer such a server message by message, without
     * a thread per connection.
     */
    public Function<? super I, ? extends O> responder() {
        return responder;
    }

    /**
     * Whether messages either way may carry a streamed payload: a received one only a pull reader on
     * the connection's own thread can hand out, and one sent is read from its source as it goes.
     */
    public boolean streamsPayloads() {
        return endpoint.inbound instanceof StreamedCodec && endpoint.framing instanceof Framing.Schema
                || endpoint.outbound instanceof StreamedCodec && FrameWriter.streamsPayloads(endpoint.framing);
    }

    public ServerCounters counters() {
        return counters;
    }

    /** Whether {@link WireServer#close()} has begun: errors from closing connections are not reported then. */
    public boolean closing() {
        return closing;
    }

    void startClosing() {
        closing = true;
    }

    // ---- hooks

    /** Counts a connection the kernel handed over; false (counted as refused) when {@code maxConnections} are open. */
    public boolean admit() {
        int limit = maxConnections();
        while (true) {
            int open = counters.open.get();
            if (open >= limit) {
                counters.refused.increment();
                return false;
            }
            if (counters.open.compareAndSet(open, open + 1)) {
                counters.accepted.increment();
                return true;
            }
        }
    }

    /** An admitted connection has closed; call once for each. */
    public void connectionClosed() {
        counters.open.decrementAndGet();
    }

    /** A connection for the handler over {@code conduit}, accepted at {@code acceptedAt} ({@link System#nanoTime()}). */
    public WireConnection<I, O> connection(Conduit conduit, long acceptedAt) {
        return new WireConnection<>(conduit, endpoint,
                Reads.server(firstByteDeadline, frameDeadline, idleTimeout, acceptedAt), traffic);
    }

    /**
     * Runs the handler on {@code connection}, on the calling thread, then closes it. What the handler
     * throws is reported before the peer sees its connection close, and ends this connection only.
     */
    public void serve(WireConnection<I, O> connection) {
        try {
            handler.handle(connection);
        } catch (Throwable e) {
            failed(connection.remote(), e);
        } finally {
            try {
                connection.close();
            } catch (Throwable e) {
                failed(connection.remote(), e);
            }
        }
    }

    /**
     * Counts {@code error} by its class and tells the error listener, with the peer (the server's own
     * address for a failed accept). Errors of connections that {@link WireServer#close()} is closing
     * are neither. An error listener that throws is not let stop the transport.
     */
    public void failed(InetSocketAddress peer, Throwable error) {
        if (closing && (error instanceof SocketException || error instanceof ClosedChannelException)) {
            return;
        }
        counters.error(error);
        try {
            errors.onError(peer, error);
        } catch (RuntimeException listenerFailed) {
            // the listener's own failure has nowhere else to go
        }
    }

    /**
     * Accepting failed (too many open files, ...): counted and reported. Returns how long the accepting
     * thread is to pause before it accepts again, in milliseconds: 1 after a success, then twice the
     * pause before while the failures go on, up to {@link #MAX_ACCEPT_PAUSE_MILLIS}: so the accepting
     * loop neither spins nor dies while the failure lasts, and serves again within that once it ends.
     * Call from the accepting thread only.
     */
    public long acceptFailed(InetSocketAddress listener, Throwable error) {
        counters.acceptFailures.increment();
        failed(listener, error);
        acceptPause = Math.min(MAX_ACCEPT_PAUSE_MILLIS, Math.max(1, acceptPause * 2));
        return acceptPause;
    }

    /** A connection was accepted: the next failure pauses 1 ms again. Call from the accepting thread only. */
    public void acceptSucceeded() {
        acceptPause = 0;
    }

    /** A connection is being closed for running past {@code deadline}. */
    public void expired(Deadline deadline) {
        counters.closedBy(deadline, 1);
    }

    public void framesIn(int count) {
        counters.framesIn.add(count);
    }

    public void framesOut(int count) {
        counters.framesOut.add(count);
    }

    public void bytesIn(long count) {
        counters.bytesIn.add(count);
    }

    public void bytesOut(long count) {
        counters.bytesOut.add(count);
    }

    /** The same hooks, as the connections of this package see them. */
    Traffic traffic() {
        return traffic;
    }

    private final class Counted implements Traffic {
        @Override
        public void framesIn(int count) {
            ServerSetup.this.framesIn(count);
        }

        @Override
        public void framesOut(int count) {
            ServerSetup.this.framesOut(count);
        }

        @Override
        public void bytesIn(long count) {
            ServerSetup.this.bytesIn(count);
        }

        @Override
        public void bytesOut(long count) {
            ServerSetup.this.bytesOut(count);
        }

        @Override
        public void expired(Deadline deadline) {
            ServerSetup.this.expired(deadline);
        }
    }
}

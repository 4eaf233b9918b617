package io.wireform.runtime.net;

import io.wireform.runtime.WireCodec;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A TCP server that speaks messages, on a {@link ServerTransport}: the JDK's blocking sockets
 * unless told otherwise, or Netty's event loops with {@code wireform-netty}. A slow, silent or
 * broken peer holds up no other: each connection is held to four {@link Deadline}s, the number of
 * connections is bounded, an error ends its own connection only and is told to the error listener,
 * and the accept loop outlives failures such as running out of file descriptors.
 *
 * <pre>{@code
 * try (WireServer<RequestAdu, ResponseAdu> server = WireServer.builder(RequestAduCodec.INSTANCE, ResponseAduCodec.INSTANCE)
 *         .bind(InetAddress.getLoopbackAddress(), 1502)
 *         .respond(request -> answer(request))
 *         .start()) {
 *     ...
 * }
 * }</pre>
 */
public final class WireServer<I, O> implements Closeable {
    private final ServerSetup<I, O> setup;
    private final ServerTransport transport;
    private final ServerTransport.Binding binding;

    private WireServer(Builder<I, O> b) throws IOException {
        this.setup = new ServerSetup<>(b);
        this.transport = b.transport;
        ServerTransport.Binding bound;
        try {
            bound = transport.bind(setup);
        } catch (IOException | RuntimeException e) {
            shutDownOwnedExecutor();
            throw e;
        }
        this.binding = bound;
    }

    /** A server receiving {@code I} and answering {@code O}. */
    public static <I, O> Builder<I, O> builder(WireCodec<I> inbound, WireCodec<O> outbound) {
        return new Builder<>(inbound, outbound);
    }

    /** A server with one message type both ways. */
    public static <T> Builder<T, T> builder(WireCodec<T> codec) {
        return new Builder<>(codec, codec);
    }

    /** The port the server listens on (the free one chosen, when bound to port 0). */
    public int port() {
        return binding.address().getPort();
    }

    public InetSocketAddress address() {
        return binding.address();
    }

    /** Connections open now. */
    public int connections() {
        return setup.counters().open();
    }

    /** What the server has done so far: connections, refusals, deadlines, frames, bytes, errors. */
    public ServerCounters counters() {
        return setup.counters();
    }

    /** The connections it serves at once; more are refused. */
    public int maxConnections() {
        return setup.maxConnections();
    }

    public ServerTransport transport() {
        return transport;
    }

    /**
     * Stops accepting, gives the connections being served the shutdown grace period to finish,
     * then closes those still open. An executor the server made is shut down; one given to it is not.
     */
    @Override
    public void close() throws IOException {
        setup.startClosing();
        binding.stopAccepting();
        awaitNoConnections(setup.shutdownGrace().toNanos());
        binding.closeConnections();
        awaitNoConnections(TimeUnit.SECONDS.toNanos(5));
        binding.release();
        shutDownOwnedExecutor();
    }

    private void awaitNoConnections(long nanos) {
        long deadline = System.nanoTime() + nanos;
        try {
            while (setup.counters().open() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void shutDownOwnedExecutor() {
        ExecutorService executor = setup.ownedExecutor();
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(setup.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Settings of a server; every duration of zero turns its deadline off. */
    public static final class Builder<I, O> extends EndpointBuilder<I, O, Builder<I, O>> {
        InetAddress address = InetAddress.getLoopbackAddress();
        int port;
        int backlog = 1024;
        ServerTransport transport = ServerTransport.blocking();
        ConnectionHandler<I, O> handler;
        Function<? super I, ? extends O> responder;
        ErrorListener errors = (peer, error) -> { };
        ExecutorService executor;
        int maxConnections;
        Duration firstByteDeadline = Duration.ofSeconds(10);
        Duration frameDeadline = Duration.ofSeconds(30);
        Duration idleTimeout = Duration.ofSeconds(60);
        Duration writeTimeout = Duration.ofSeconds(30);
        int maxOutboundBytes = 1024 * 1024;
        Duration shutdownGrace = Duration.ofSeconds(5);

        private Builder(WireCodec<I> inbound, WireCodec<O> outbound) {
            super(new Endpoint<>(inbound, outbound));
        }

        @Override
        Builder<I, O> self() {
            return this;
        }

        /** Where to listen: the loopback address and a free port unless set. */
        public Builder<I, O> bind(InetAddress address, int port) {
            this.address = Objects.requireNonNull(address, "address");
            this.port = port;
            return this;
        }

        /**
         * The accept backlog: connections the kernel completes and queues until the server takes them;
         * 1024 unless set (the kernel may cap it, at {@code net.core.somaxconn} on Linux). Past it,
         * connecting clients wait for SYN retransmits, seconds each.
         */
        public Builder<I, O> backlog(int backlog) {
            if (backlog < 1) {
                throw new IllegalArgumentException("a backlog is at least 1, not " + backlog);
            }
            this.backlog = backlog;
            return this;
        }

        /**
         * How connections are accepted and served: {@link ServerTransport#blocking()} unless set, or
         * {@code NettyTransport.create()} from {@code wireform-netty}.
         */
        public Builder<I, O> transport(ServerTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Serves each connection with {@code handler}, on a thread it holds for the connection's life
         * (a virtual thread where the JDK has them), on either transport.
         */
        public Builder<I, O> handler(ConnectionHandler<I, O> handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
            this.responder = null;
            return this;
        }

        /**
         * Serves each connection by answering every message with {@code reply} (no answer when it
         * returns null), in order, until the peer closes. On the Netty transport a connection then
         * holds no thread between messages, unless its messages can carry a streamed payload.
         */
        public Builder<I, O> respond(Function<? super I, ? extends O> reply) {
            Objects.requireNonNull(reply, "reply");
            this.handler = connection -> {
                for (I message; (message = connection.receive()) != null; ) {
                    O answer = reply.apply(message);
                    if (answer != null) {
                        connection.send(answer);
                    }
                }
            };
            this.responder = reply;
            return this;
        }

        /** Told of every error that ends a connection, and of every failed accept; nothing unless set. */
        public Builder<I, O> onError(ErrorListener errors) {
            this.errors = Objects.requireNonNull(errors, "errors");
            return this;
        }

        /**
         * Runs the handlers on {@code executor}, which the server does not shut down. Without one, the
         * server makes its own: where each connection holds a thread, a virtual thread per connection
         * on JDK 21 and later, before that a pool of {@link #maxConnections(int)} platform threads;
         * where a transport answers {@code respond(...)} message by message (Netty), a pool of four
         * platform threads a core (at least 16), in front of which each Netty event loop has an
         * answering thread of its own. With an executor given here, every handler and every answer runs
         * on it, also on a Netty transport told to answer on its event loops.
         */
        public Builder<I, O> executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Connections served at once; a connection past them is closed as soon as it is accepted (the
         * peer reads end of stream) and counted as refused. 10,000 unless set; 256 where each connection
         * holds a platform thread of the server's own pool (the blocking transport or a {@code handler}
         * before JDK 21), which is then that many threads.
         */
        public Builder<I, O> maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections is at least 1, not " + maxConnections);
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /** See {@link Deadline#FIRST_BYTE}: a new connection must send a byte within it; 10 s unless set. */
        public Builder<I, O> firstByteDeadline(Duration deadline) {
            this.firstByteDeadline = nonNegative(deadline, "firstByteDeadline");
            return this;
        }

        /**
         * See {@link Deadline#FRAME}: a frame begun must be complete within it, or for a message with a
         * streamed payload its header; 30 s unless set.
         */
        public Builder<I, O> frameDeadline(Duration deadline) {
            this.frameDeadline = nonNegative(deadline, "frameDeadline");
            return this;
        }

        /** See {@link Deadline#IDLE}: the longest silence between frames or inside a streamed payload; 60 s unless set. */
        public Builder<I, O> idleTimeout(Duration idleTimeout) {
            this.idleTimeout = nonNegative(idleTimeout, "idleTimeout");
            return this;
        }

        /** See {@link Deadline#WRITE}: the longest a send waits for the peer to take any byte; 30 s unless set. */
        public Builder<I, O> writeTimeout(Duration writeTimeout) {
            this.writeTimeout = nonNegative(writeTimeout, "writeTimeout");
            return this;
        }

        /**
         * The most bytes queued for one peer on the Netty transport (1 MiB unless set): a handler's
         * {@code send} waits while more are queued, and {@code respond} stops reading the peer's
         * requests; the write timeout disconnects a peer that does not take them. The blocking
         * transport queues nothing: a send waits for the socket's own buffer.
         */
        public Builder<I, O> maxOutboundBytes(int maxOutboundBytes) {
            if (maxOutboundBytes < 1) {
                throw new IllegalArgumentException("maxOutboundBytes is at least 1, not " + maxOutboundBytes);
            }
            this.maxOutboundBytes = maxOutboundBytes;
            return this;
        }

        /** How long {@link WireServer#close()} lets connections finish; 5 s unless set. */
        public Builder<I, O> shutdownGrace(Duration shutdownGrace) {
            this.shutdownGrace = nonNegative(shutdownGrace, "shutdownGrace");
            return this;
        }

        private static Duration nonNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " cannot be negative: " + duration);
            }
            return duration;
        }

        /** Binds and starts accepting. */
        public WireServer<I, O> start() throws IOException {
            Objects.requireNonNull(handler, "a handler: call handler(...) or respond(...)");
            return new WireServer<>(this);
        }
    }
}

package io.wireform.runtime.net;

import io.wireform.runtime.WireCodec;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A TCP server that speaks messages: one accept loop, and each connection served by the handler on
 * its own thread of an executor, so that a slow, silent or broken peer holds up no other. A peer
 * silent for longer than the idle timeout is disconnected; an error ends its own connection only and
 * is told to the error listener.
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
    private final ServerSocket listener;
    private final Endpoint<I, O> endpoint;
    private final ConnectionHandler<I, O> handler;
    private final ErrorListener errors;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final Duration idleTimeout;
    private final Duration shutdownGrace;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closing;

    private WireServer(Builder<I, O> b) throws IOException {
        this.endpoint = b.endpoint;
        this.handler = Objects.requireNonNull(b.handler, "a handler: call handler(...) or respond(...)");
        this.errors = b.errors;
        this.ownsExecutor = b.executor == null;
        this.executor = ownsExecutor ? Executors.newFixedThreadPool(b.maxConnections, r -> {
            Thread t = new Thread(r, "wireform-connection");
            t.setDaemon(true);
            return t;
        }) : b.executor;
        this.idleTimeout = b.idleTimeout;
        this.shutdownGrace = b.shutdownGrace;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(b.address, b.port), b.backlog);
        this.acceptor = new Thread(this::acceptLoop, "wireform-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
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
        return listener.getLocalPort();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** Connections open now. */
    public int connections() {
        return open.size();
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!closing) {
                    errors.onError(address(), e);
                }
                return;
            }
            try {
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(Endpoint.millis(idleTimeout));
                open.add(socket);
                executor.execute(() -> serve(socket));
            } catch (IOException | RejectedExecutionException e) {
                open.remove(socket);
                errors.onError((InetSocketAddress) socket.getRemoteSocketAddress(), e);
                closeQuietly(socket);
            }
        }
    }

    private void serve(Socket socket) {
        InetSocketAddress peer = (InetSocketAddress) socket.getRemoteSocketAddress();
        try {
            handler.handle(new WireConnection<>(socket, endpoint.reader(), endpoint.writer()));
        } catch (Throwable e) {
            // the listener hears of it before the peer sees its connection close
            if (!(closing && e instanceof SocketException)) {
                errors.onError(peer, e);
            }
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    /**
     * Stops accepting, gives the connections being served the shutdown grace period to finish,
     * then closes those still open. An executor the server made is shut down; one given to it is not.
     */
    @Override
    public void close() throws IOException {
        closing = true;
        listener.close();
        try {
            acceptor.join(shutdownGrace.toMillis() + 1000);
            long deadline = System.nanoTime() + shutdownGrace.toNanos();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.forEach(WireServer::closeQuietly);
        if (ownsExecutor) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do with it
        }
    }

    /** Settings of a server. */
    public static final class Builder<I, O> extends EndpointBuilder<I, O, Builder<I, O>> {
        private InetAddress address = InetAddress.getLoopbackAddress();
        private int port;
        private int backlog = 128;
        private ConnectionHandler<I, O> handler;
        private ErrorListener errors = (peer, error) -> { };
        private ExecutorService executor;
        private int maxConnections = 256;
        private Duration idleTimeout = Duration.ofSeconds(60);
        private Duration shutdownGrace = Duration.ofSeconds(5);

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

        /** Serves each connection with {@code handler}. */
        public Builder<I, O> handler(ConnectionHandler<I, O> handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Serves each connection by answering every message with {@code reply} (no answer when it returns
         * null), until the peer closes.
         */
        public Builder<I, O> respond(Function<? super I, ? extends O> reply) {
            Objects.requireNonNull(reply, "reply");
            return handler(connection -> {
                for (I message; (message = connection.receive()) != null; ) {
                    O answer = reply.apply(message);
                    if (answer != null) {
                        connection.send(answer);
                    }
                }
            });
        }

        public Builder<I, O> onError(ErrorListener errors) {
            this.errors = Objects.requireNonNull(errors, "errors");
            return this;
        }

        /**
         * Runs the handlers on {@code executor}, e.g. {@code Executors.newVirtualThreadPerTaskExecutor()}
         * on JDK 21+. Without one, the server uses a pool of {@link #maxConnections} threads.
         */
        public Builder<I, O> executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Threads of the server's own pool: connections served at once; 256 unless set. */
        public Builder<I, O> maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** A peer silent this long is disconnected; 60 s unless set, zero for never. */
        public Builder<I, O> idleTimeout(Duration idleTimeout) {
            this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
            return this;
        }

        /** How long {@link #close()} lets connections finish; 5 s unless set. */
        public Builder<I, O> shutdownGrace(Duration shutdownGrace) {
            this.shutdownGrace = Objects.requireNonNull(shutdownGrace, "shutdownGrace");
            return this;
        }

        /** Binds and starts accepting. */
        public WireServer<I, O> start() throws IOException {
            return new WireServer<>(this);
        }
    }
}

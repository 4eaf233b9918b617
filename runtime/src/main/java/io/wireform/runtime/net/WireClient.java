package io.wireform.runtime.net;

import io.wireform.runtime.WireCodec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** Opens client connections that speak messages. */
public final class WireClient {
    private WireClient() {}

    /** A connection on which the same message type goes both ways, with default settings. */
    public static <T> WireConnection<T, T> connect(String host, int port, WireCodec<T> codec) throws IOException {
        return to(host, port, codec, codec).connect();
    }

    /** Settings for a connection that receives {@code I} and sends {@code O}. */
    public static <I, O> Builder<I, O> to(String host, int port, WireCodec<I> inbound, WireCodec<O> outbound) {
        return new Builder<>(host, port, inbound, outbound);
    }

    /** Settings of a client connection; timeouts of zero wait forever. */
    public static final class Builder<I, O> extends EndpointBuilder<I, O, Builder<I, O>> {
        private final String host;
        private final int port;
        private Duration connectTimeout = Duration.ofSeconds(10);
        /** Makes the unconnected socket {@link #connect()} opens; a test's may record what it is told. */
        private Supplier<Socket> sockets = Socket::new;

        private Builder(String host, int port, WireCodec<I> inbound, WireCodec<O> outbound) {
            super(new Endpoint<>(inbound, outbound));
            this.host = Objects.requireNonNull(host, "host");
            this.port = port;
        }

        @Override
        Builder<I, O> self() {
            return this;
        }

        /** How long to wait for the connection to open; 10 s unless set. */
        public Builder<I, O> connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long {@code receive()} waits for bytes before a {@code SocketTimeoutException}; forever unless set. */
        public Builder<I, O> readTimeout(Duration timeout) {
            endpoint.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** For tests of this package: {@link #connect()} opens a socket {@code sockets} makes, not a plain one. */
        Builder<I, O> sockets(Supplier<Socket> sockets) {
            this.sockets = Objects.requireNonNull(sockets, "sockets");
            return this;
        }

        public WireConnection<I, O> connect() throws IOException {
            Socket socket = sockets.get();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), Endpoint.millis(connectTimeout));
                return new WireConnection<>(SocketConduit.client(socket), endpoint, Reads.client(endpoint.readTimeout),
                        Traffic.NONE);
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        }
    }
}

package io.wireform.runtime.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The transport on the JDK alone: a {@link ServerSocket}, one platform thread accepting, and each
 * admitted connection served by its handler on its own thread of the setup's executor. Reads wait
 * within the deadlines through {@code SO_TIMEOUT}; a watchdog thread keeps the write timeout.
 */
final class BlockingTransport implements ServerTransport {
    static final BlockingTransport INSTANCE = new BlockingTransport();

    private BlockingTransport() {
    }

    @Override
    public <I, O> Binding bind(ServerSetup<I, O> setup) throws IOException {
        return new Listener<>(setup);
    }

    @Override
    public String toString() {
        return "blocking";
    }

    private static final class Listener<I, O> implements Binding {
        private final ServerSetup<I, O> setup;
        private final ExecutorService executor;
        private final ServerSocket listener;
        private final InetSocketAddress address;
        private final Set<SocketConduit> open = ConcurrentHashMap.newKeySet();
        private final Thread acceptor;
        private final Thread watchdog;
        private volatile boolean stopped;

        Listener(ServerSetup<I, O> setup) throws IOException {
            this.setup = setup;
            this.executor = setup.executor(true);
            this.listener = new ServerSocket();
            try {
                listener.setReuseAddress(true);
                listener.bind(setup.bindAddress(), setup.backlog());
            } catch (IOException e) {
                listener.close();
                throw e;
            }
            this.address = (InetSocketAddress) listener.getLocalSocketAddress();
            this.acceptor = Threads.start("wireform-accept-" + address.getPort(), this::acceptLoop);
            this.watchdog = setup.writeTimeout().isZero() ? null
                    : Threads.start("wireform-write-watchdog-" + address.getPort(), this::watchWrites);
        }

        @Override
        public InetSocketAddress address() {
            return address;
        }

        /**
         * Accepts until stopped. A failed accept (too many open files, a connection aborted before it
         * was taken, ...) is reported, then retried after the pause {@link ServerSetup#acceptFailed}
         * gives, doubling from 1 ms up to {@link ServerSetup#MAX_ACCEPT_PAUSE_MILLIS}, so the loop
         * neither dies nor spins while the failure lasts.
         */
        private void acceptLoop() {
            while (!stopped) {
                Socket socket;
                try {
                    socket = listener.accept();
                    setup.acceptSucceeded();
                } catch (IOException | RuntimeException e) {
                    if (stopped || listener.isClosed()) {
                        return;
                    }
                    long pause = setup.acceptFailed(address, e);
                    if (!sleep(pause)) {
                        return;
                    }
                    continue;
                }
                long acceptedAt = System.nanoTime();
                if (!setup.admit()) {
                    closeQuietly(socket);
                    continue;
                }
                dispatch(socket, acceptedAt);
            }
        }

        private void dispatch(Socket socket, long acceptedAt) {
            SocketConduit conduit;
            try {
                socket.setTcpNoDelay(true);
                conduit = new SocketConduit(socket, setup.traffic(), setup.writeTimeout(), this::closed);
            } catch (IOException | RuntimeException e) {
                setup.connectionClosed();
                setup.failed((InetSocketAddress) socket.getRemoteSocketAddress(), e);
                closeQuietly(socket);
                return;
            }
            open.add(conduit);
            try {
                executor.execute(() -> setup.serve(setup.connection(conduit, acceptedAt)));
            } catch (Throwable e) { // rejected, or no thread could be made: this connection only
                setup.failed(conduit.remote(), e);
                conduit.closeQuietly();
            }
        }

        private void closed(SocketConduit conduit) {
            open.remove(conduit);
            setup.connectionClosed();
        }

        /** Looks at every open connection's write a few times per write timeout. */
        private void watchWrites() {
            Duration timeout = setup.writeTimeout();
            long period = Math.max(10, Math.min(250, timeout.toMillis() / 8));
            while (!stopped || !open.isEmpty()) {
                if (!sleep(period)) {
                    return;
                }
                long now = System.nanoTime();
                for (SocketConduit conduit : open) {
                    conduit.checkWrite(now);
                }
            }
        }

        @Override
        public void stopAccepting() {
            stopped = true;
            closeQuietly(listener);
            try {
                acceptor.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void closeConnections() {
            for (SocketConduit conduit : open) {
                conduit.closeQuietly();
            }
        }

        @Override
        public void release() {
            closeConnections();
            open.clear();
            if (watchdog != null) {
                watchdog.interrupt();
            }
        }

        private static boolean sleep(long millis) {
            try {
                Thread.sleep(millis);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static void closeQuietly(java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // closing is all that is left to do with it
            }
        }
    }
}

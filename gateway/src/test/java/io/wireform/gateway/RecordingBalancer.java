package io.wireform.gateway;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP load balancer for tests, as in front of a fleet of gateways: each connection goes to the next
 * backend in turn, and its bytes are copied both ways as they come. It also keeps every byte the
 * client sent, by the address the backend sees the connection come from: what the device put on the
 * wire, to compare with what came out of Kafka.
 */
final class RecordingBalancer implements Closeable {
    private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<InetSocketAddress> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<InetSocketAddress, ByteArrayOutputStream> sent = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    RecordingBalancer(List<InetSocketAddress> backends) throws IOException {
        this.backends = List.copyOf(backends);
        Thread acceptor = new Thread(this::accept, "balancer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** What each client sent, by the local address of the balancer's connection to the backend. */
    Map<InetSocketAddress, byte[]> sent() {
        Map<InetSocketAddress, byte[]> copy = new ConcurrentHashMap<>();
        sent.forEach((address, bytes) -> {
            synchronized (bytes) {
                copy.put(address, bytes.toByteArray());
            }
        });
        return copy;
    }

    private void accept() {
        while (true) {
            try {
                Socket client = listener.accept();
                Socket backend = new Socket();
                backend.connect(backends.get(Math.floorMod(next.getAndIncrement(), backends.size())), 5000);
                open.add(client);
                open.add(backend);
                ByteArrayOutputStream record = new ByteArrayOutputStream();
                sent.put((InetSocketAddress) backend.getLocalSocketAddress(), record);
                pump(client, backend, record);
                pump(backend, client, null);
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Copies {@code from} to {@code to} until end of stream, then half-closes {@code to}. */
    private void pump(Socket from, Socket to, ByteArrayOutputStream record) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (record != null) {
                        synchronized (record) {
                            record.write(buffer, 0, n);
                        }
                    }
                    out.write(buffer, 0, n);
                }
                to.shutdownOutput();
            } catch (IOException e) {
                // either side closed
            }
        }, "balancer-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}

package io.wireform.loadtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Many clients driven by one thread, the way load generators are written: every connection opened at
 * once, each sending its requests one after another and checking each answer, one request outstanding
 * per connection. One thread rather than a thread a client, so that on a machine of two cores what is
 * measured is how fairly the server answers its connections, not how a thousand client threads of this
 * JVM are scheduled against the server's own. A client's first answer is timed from when its first
 * request went out (the server's accept, read, answer and write, and this thread noticing it); the
 * time from its connect to the handshake seen done is reported apart.
 */
final class Clients {
    final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    long answered;
    long slowestFirst;
    long slowestConnect;
    long meanFirst;
    long elapsed;

    private Clients() {
    }

    /** One connection's state. */
    private static final class Client {
        final int index;
        final ByteBuffer answer = ByteBuffer.allocate(ModbusWire.ANSWER_LENGTH);
        ByteBuffer request;
        int sent;
        /** When its connect began. */
        long began;
        /** When its first request went out, which its first answer is counted from. */
        long asked;
        long connected;
        long firstAnswer;

        Client(int index) {
            this.index = index;
        }

        int address() {
            return (index + sent) % 1000;
        }
    }

    static Clients run(int port, int clients, int requests) throws IOException {
        Clients result = new Clients();
        Client[] all = new Client[clients];
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(9);
        int open = 0;
        long start = System.nanoTime();
        try (Selector selector = Selector.open()) {
            for (int c = 0; c < clients; c++) {
                all[c] = new Client(c);
                all[c].began = System.nanoTime();
                SocketChannel channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT, all[c]);
                if (channel.connect(new InetSocketAddress("127.0.0.1", port))) {
                    connected(all[c]);
                    key.interestOps(SelectionKey.OP_WRITE);
                }
                open++;
            }
            while (open > 0) {
                if (System.nanoTime() - deadline > 0) {
                    result.failures.add(new IOException(open + " clients still open after 9 minutes"));
                    break;
                }
                selector.select(100);
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    Client client = (Client) key.attachment();
                    SocketChannel channel = (SocketChannel) key.channel();
                    try {
                        if (step(key, channel, client, requests)) {
                            result.answered += client.sent;
                            channel.close();
                            open--;
                        }
                    } catch (IOException | RuntimeException e) {
                        result.answered += client.sent;
                        result.failures.add(e);
                        channel.close();
                        open--;
                    }
                }
            }
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
        }
        result.elapsed = System.nanoTime() - start;
        long sum = 0;
        for (Client client : all) {
            result.slowestFirst = Math.max(result.slowestFirst, client.firstAnswer);
            result.slowestConnect = Math.max(result.slowestConnect, client.connected);
            sum += client.firstAnswer;
        }
        result.meanFirst = sum / clients;
        return result;
    }

    private static void connected(Client client) {
        client.connected = System.nanoTime() - client.began;
        client.request = ByteBuffer.wrap(ModbusWire.readRequest(client.sent, client.address()));
    }

    /** Moves one client on by what its key is ready for; true once its last answer is checked. */
    private static boolean step(SelectionKey key, SocketChannel channel, Client client, int requests)
            throws IOException {
        if (key.isConnectable()) {
            channel.finishConnect();
            connected(client);
        }
        if (client.request != null) {
            channel.write(client.request);
            if (client.request.hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE);
                return false;
            }
            client.request = null;
            if (client.sent == 0) {
                client.asked = System.nanoTime();
            }
            key.interestOps(SelectionKey.OP_READ);
            return false;
        }
        if (channel.read(client.answer) < 0) {
            throw new IOException("closed by the server after " + client.sent + " answers");
        }
        if (client.answer.hasRemaining()) {
            return false;
        }
        ModbusWire.check(client.answer.array(), client.sent, client.address());
        client.answer.clear();
        if (client.sent == 0) {
            client.firstAnswer = System.nanoTime() - client.asked;
        }
        client.sent++;
        if (client.sent == requests) {
            return true;
        }
        client.request = ByteBuffer.wrap(ModbusWire.readRequest(client.sent, client.address()));
        return step(key, channel, client, requests);
    }
}

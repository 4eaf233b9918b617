package io.wireform.benchmarks.server;

import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import java.io.Closeable;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A check of {@code ServerBenchmark}'s ratios on a machine shared with other work, not a benchmark:
 * the servers run side by side in one JVM, each with four clients as in {@code ServerBenchmark}, and
 * are measured in turn, a second each, round after round, so that a change in the machine's load
 * falls on all of them alike (JMH measures one after the other, minutes apart).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.wireform.benchmarks.server.AlternatingWindows 1 20 netty,netty-pipeline
 * }</pre>
 *
 * Arguments: the depth (requests in flight per client), the number of one-second windows, and the
 * servers (by their names in {@link Servers}); prints each server's
 * requests per second over its windows and each one's ratio to the last.
 */
public final class AlternatingWindows {
    private static final int CLIENTS = 4;

    private AlternatingWindows() {
    }

    public static void main(String[] args) throws Exception {
        int depth = Integer.parseInt(args[0]);
        int windows = Integer.parseInt(args[1]);
        String[] servers = args[2].split(",");
        int n = servers.length;
        int eventLoops = Runtime.getRuntime().availableProcessors();
        Closeable[] running = new Closeable[n];
        int[] ports = new int[n];
        for (int s = 0; s < n; s++) {
            Servers.Running server = Servers.start(servers[s], eventLoops);
            running[s] = server.server();
            ports[s] = server.port();
        }
        AtomicInteger measured = new AtomicInteger(-1); // -1: every server, while warming up
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLongArray requests = new AtomicLongArray(n);
        Thread[] clients = new Thread[CLIENTS * n];
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < CLIENTS; c++) {
                int server = s;
                int client = c;
                clients[s * CLIENTS + c] = new Thread(() -> ask(ports[server], server, client, depth, measured, stop, requests));
                clients[s * CLIENTS + c].start();
            }
        }
        Thread.sleep(6000);
        long[] counted = new long[n];
        long[] nanos = new long[n];
        for (int w = 0; w < windows; w++) {
            int s = w % n;
            measured.set(s);
            Thread.sleep(200); // the others' requests in flight come back
            long before = requests.get(s);
            long start = System.nanoTime();
            Thread.sleep(1000);
            counted[s] += requests.get(s) - before;
            nanos[s] += System.nanoTime() - start;
        }
        stop.set(true);
        measured.set(-1);
        for (Thread client : clients) {
            client.join();
        }
        for (Closeable server : running) {
            server.close();
        }
        double last = counted[n - 1] * 1e9 / nanos[n - 1];
        for (int s = 0; s < n; s++) {
            double rate = counted[s] * 1e9 / nanos[s];
            System.out.printf(Locale.ROOT, "%-15s depth %2d: %,9.0f requests/s, %.2f of %s%n", servers[s], depth, rate,
                    rate / last, servers[n - 1]);
        }
    }

    /** One client: asks while its server is measured (or all are), and counts what it was answered. */
    private static void ask(int port, int server, int client, int depth, AtomicInteger measured, AtomicBoolean stop,
                            AtomicLongArray requests) {
        try (WireConnection<ResponseAdu, RequestAdu> connection = WireClient.to("127.0.0.1", port, ResponseAduCodec.INSTANCE,
                RequestAduCodec.INSTANCE).maxFrameLength(ModbusServer.MAX_ADU_LENGTH).readTimeout(Duration.ofSeconds(10)).connect()) {
            RequestAdu[] asks = new RequestAdu[depth];
            for (int i = 0; i < depth; i++) {
                asks[i] = new RequestAdu(i + 1, 0, 1, new ModbusRequest.ReadHoldingRegisters((client * 31 + i * 7) % ModbusServer.REGISTERS, 1));
            }
            while (!stop.get()) {
                int now = measured.get();
                if (now != server && now != -1) {
                    Thread.sleep(1);
                    continue;
                }
                for (RequestAdu ask : asks) {
                    connection.send(ask);
                }
                for (int i = 0; i < depth; i++) {
                    if (connection.receive().transactionId() != i + 1) {
                        throw new IllegalStateException("an answer out of order");
                    }
                }
                if (now == server) {
                    requests.addAndGet(server, depth);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("client " + client + " of server " + server, e);
        }
    }
}

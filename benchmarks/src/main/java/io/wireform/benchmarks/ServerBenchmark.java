package io.wireform.benchmarks;

import io.wireform.benchmarks.server.Servers;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusResponse;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Request/response over loopback: the Modbus TCP sample server on each transport, side by side in
 * one run, against the same answers from a plain Netty pipeline of {@code wireform-netty}'s decoder
 * and encoder with the handler on the event loop.
 *
 * <ul>
 *   <li>{@code server = blocking}: {@code WireServer} on the JDK's sockets, a thread per connection
 *       (virtual threads on JDK 21 and later, platform threads before);
 *   <li>{@code netty}: {@code WireServer} on {@code NettyTransport}: decoded on the event loop,
 *       answered off the loop (the loop's answering thread, else the handler pool), with the deadlines,
 *       limits and counters;
 *   <li>{@code netty-on-loops}: the same, answering on the event loops ({@code
 *       NettyTransport.answeringOnEventLoops()}), as the baseline does;
 *   <li>{@code netty-pipeline}: the baseline;
 *   <li>{@code netty-pipeline-executor}: the same pipeline with its handler off the event loop the way
 *       Netty offers ({@code pipeline.addLast(new DefaultEventExecutorGroup(16), handler)}), the
 *       like-for-like baseline of {@code netty}: a slow handler does not block the event loop (but
 *       does block the other connections on its executor).
 * </ul>
 *
 * <p>{@code Servers} names more, run with {@code -p server=...}.
 *
 * <p>Each of the {@link Threads} benchmark threads is a client with its own connection ({@code
 * WireClient}); one operation sends {@code depth} read requests (function 3, one register) and reads
 * their {@code depth} answers, checked. Throughput in operations/s: <b>requests/s = score × depth</b>.
 * Depth 1 is ping-pong, each request waiting for the last answer; depth 16 keeps answers queued.
 * Both server and clients share the two cores. Target (issue 15): {@code netty} within 1.2× of
 * {@code netty-pipeline}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(4)
public class ServerBenchmark {

    /** The server under test; see the class comment. */
    @State(Scope.Benchmark)
    public static class Server {
        @Param({"blocking", "netty", "netty-on-loops", "netty-pipeline", "netty-pipeline-executor"})
        public String server;

        Closeable running;
        int port;

        @Setup(Level.Trial)
        public void start() throws Exception {
            Servers.Running started = Servers.start(server, Runtime.getRuntime().availableProcessors());
            running = started.server();
            port = started.port();
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            running.close();
        }
    }

    /** One benchmark thread's connection. */
    @State(Scope.Thread)
    public static class Client {
        @Param({"1", "16"})
        public int depth;

        WireConnection<ResponseAdu, RequestAdu> connection;
        RequestAdu[] requests;
        int[] expected;

        @Setup(Level.Trial)
        public void connect(Server server) throws IOException {
            connection = WireClient.to("127.0.0.1", server.port, ResponseAduCodec.INSTANCE, RequestAduCodec.INSTANCE)
                    .maxFrameLength(ModbusServer.MAX_ADU_LENGTH).readTimeout(Duration.ofSeconds(10)).connect();
            requests = new RequestAdu[depth];
            expected = new int[depth];
            for (int i = 0; i < depth; i++) {
                int address = (int) (Thread.currentThread().getId() * 31 + i * 7) % ModbusServer.REGISTERS;
                requests[i] = new RequestAdu(i + 1, 0, 1, new ModbusRequest.ReadHoldingRegisters(address, 1));
                expected[i] = address;
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            connection.close();
        }
    }

    @Benchmark
    public int requestResponse(Client client) throws IOException {
        for (RequestAdu request : client.requests) {
            client.connection.send(request);
        }
        int sum = 0;
        for (int i = 0; i < client.depth; i++) {
            ResponseAdu answer = client.connection.receive();
            List<Integer> registers = ((ModbusResponse.ReadHoldingRegisters) answer.pdu()).registers();
            if (answer.transactionId() != i + 1 || registers.get(0) != client.expected[i]) {
                throw new IllegalStateException("wrong answer " + answer + " to " + client.requests[i]);
            }
            sum += registers.get(0);
        }
        return sum;
    }
}

package io.wireform.benchmarks.server;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.ResponseAdu;
import java.io.Closeable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Modbus TCP sample server on each transport, and the plain Netty baselines, by name:
 * {@code blocking}, {@code netty} (the default), {@code netty-on-loops}, {@code netty-pipeline} (the
 * baseline, answering on the event loops) and {@code netty-pipeline-executor} (the baseline answering
 * on a {@code DefaultEventExecutorGroup} of as many executors as the default pool has threads).
 *
 * <p>And the Netty transport with handler executors given to it ({@code executor(...)}, so without
 * the event loops' answering threads), measured in benchmarks/LOAD.md: {@code netty-fifo} the
 * server's pool as it was (a {@code ThreadPoolExecutor} of 16 threads whose idle threads wait in
 * turn), {@code netty-fjp} a {@code ForkJoinPool} in async mode and {@code netty-sync} a {@code
 * ThreadPoolExecutor} over a {@code SynchronousQueue} (both wake the thread that went idle last),
 * {@code netty-sticky} one thread per event loop that each connection keeps (a slow answer holds up
 * the connections that share its thread: an experiment, not a server to run), {@code netty-virtual}
 * a virtual thread per task (JDK 21 and later).
 */
public final class Servers {
    private Servers() {
    }

    /** A running server and its port. */
    public record Running(Closeable server, int port) {}

    public static Running start(String name, int eventLoops) throws Exception {
        ModbusServer modbus = new ModbusServer();
        int executors = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
        switch (name) {
            case "netty-pipeline" -> {
                PlainNettyServer plain = new PlainNettyServer(modbus, eventLoops);
                return new Running(plain, plain.port());
            }
            case "netty-pipeline-executor" -> {
                PlainNettyServer plain = new PlainNettyServer(modbus, eventLoops, executors);
                return new Running(plain, plain.port());
            }
            default -> {
                ServerTransport transport = switch (name) {
                    case "netty", "netty-fifo", "netty-fjp", "netty-sync", "netty-sticky", "netty-virtual" -> NettyTransport.withEventLoops(eventLoops);
                    case "netty-on-loops" -> NettyTransport.withEventLoops(eventLoops).answeringOnEventLoops();
                    case "blocking" -> ServerTransport.blocking();
                    default -> throw new IllegalArgumentException("no server " + name);
                };
                WireServer.Builder<RequestAdu, ResponseAdu> builder = modbus.server().transport(transport);
                ExecutorService executor = switch (name) {
                    case "netty-fifo" -> new ThreadPoolExecutor(executors, executors, 30, TimeUnit.SECONDS,
                            new LinkedBlockingQueue<>(), daemons());
                    case "netty-fjp" -> new ForkJoinPool(executors, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
                    case "netty-sync" -> new ThreadPoolExecutor(0, executors, 30, TimeUnit.SECONDS,
                            new SynchronousQueue<>(), daemons());
                    case "netty-sticky" -> new Sticky(eventLoops);
                    case "netty-virtual" -> virtualThreadPerTask();
                    default -> null;
                };
                if (executor != null) {
                    builder.executor(executor);
                }
                WireServer<RequestAdu, ResponseAdu> wire = builder.start();
                return new Running(() -> {
                    wire.close();
                    if (executor != null) {
                        executor.shutdownNow();
                    }
                }, wire.port());
            }
        }
    }

    /** One thread per event loop; a task always goes to the same one (by identity). Experiment. */
    static final class Sticky extends java.util.concurrent.AbstractExecutorService {
        private final ExecutorService[] threads;

        Sticky(int n) {
            threads = new ExecutorService[n];
            for (int i = 0; i < n; i++) {
                threads[i] = java.util.concurrent.Executors.newSingleThreadExecutor(daemons());
            }
        }

        @Override
        public void execute(Runnable task) {
            threads[(System.identityHashCode(task) & 0x7fffffff) % threads.length].execute(task);
        }

        @Override
        public void shutdown() {
            for (ExecutorService t : threads) {
                t.shutdown();
            }
        }

        @Override
        public java.util.List<Runnable> shutdownNow() {
            shutdown();
            return java.util.List.of();
        }

        @Override
        public boolean isShutdown() {
            return threads[0].isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return threads[0].isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    private static ExecutorService virtualThreadPerTask() throws ReflectiveOperationException {
        if (Runtime.version().feature() < 21) {
            throw new IllegalArgumentException("netty-virtual needs JDK 21 or later");
        }
        return (ExecutorService) java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "bench-handler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package io.wireform.runtime.net;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a server makes: virtual threads where the JDK has them (21 and later, found at run
 * time, since the runtime compiles for 17), platform threads otherwise.
 */
final class Threads {
    /** {@code Thread.ofVirtual()}'s builder methods, or null before JDK 21. */
    private static final VirtualThreads VIRTUAL = VirtualThreads.find();

    private Threads() {
    }

    static boolean virtual() {
        return VIRTUAL != null;
    }

    /** A new virtual thread for each task, named {@code prefix} and a number; null before JDK 21. */
    static ExecutorService virtualPerTask(String prefix) {
        return VIRTUAL == null ? null : VIRTUAL.perTask(prefix);
    }

    /**
     * Up to {@code threads} daemon platform threads, made as tasks come and ended after 30 s without
     * work; tasks beyond them wait in a queue.
     */
    static ExecutorService pool(int threads, String prefix) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons(prefix));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One daemon platform thread, started. */
    static Thread start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Reflection over {@code Thread.Builder.OfVirtual}, looked up once. */
    private static final class VirtualThreads {
        private final java.lang.reflect.Method ofVirtual;
        private final java.lang.reflect.Method name;
        private final java.lang.reflect.Method factory;
        private final java.lang.reflect.Method perTaskExecutor;

        private VirtualThreads() throws ReflectiveOperationException {
            ofVirtual = Thread.class.getMethod("ofVirtual");
            Class<?> ofVirtualBuilder = Class.forName("java.lang.Thread$Builder$OfVirtual");
            name = ofVirtualBuilder.getMethod("name", String.class, long.class);
            factory = Class.forName("java.lang.Thread$Builder").getMethod("factory");
            perTaskExecutor = Executors.class.getMethod("newThreadPerTaskExecutor", ThreadFactory.class);
        }

        static VirtualThreads find() {
            if (Runtime.version().feature() < 21) {
                return null; // 19 and 20 have them only as a preview
            }
            try {
                return new VirtualThreads();
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }

        ExecutorService perTask(String prefix) {
            try {
                Object builder = name.invoke(ofVirtual.invoke(null), prefix, 1L);
                return (ExecutorService) perTaskExecutor.invoke(null, (ThreadFactory) factory.invoke(builder));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("virtual threads were found but cannot be made", e);
            }
        }
    }
}

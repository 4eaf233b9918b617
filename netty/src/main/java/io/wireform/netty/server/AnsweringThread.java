package io.wireform.netty.server;

import io.netty.channel.EventLoop;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One event loop's answering thread, in front of the handler executor: the loop's connections hand
 * their answering tasks to it, and it runs them one after another, so that while it is answering one
 * connection the next connection's task waits in its queue and costs no wake-up, and the same warm
 * thread answers a connection each time. A pool wakes a thread for each task.
 *
 * <p>A task that runs long must not hold up the others: a task given while the current one has run
 * for {@link #PATIENCE_NANOS} goes to the executor instead, and when a task is queued behind a running
 * one (or behind one the thread has taken and not started yet, or behind tasks given before the thread
 * woke) the event loop looks again after that time and hands what still waits then to the executor. So
 * a connection waits at most about that long behind another's slow answer (or a run of quick ones),
 * then is answered on the executor as without this thread.
 *
 * <p>A task reports its own errors (the responder, through the server's listener); what one throws
 * all the same (an {@code Error}, a bug) is handed to {@code lost} and the thread goes on with the next.
 *
 * <p>{@link #execute} and the look again run on the event loop only; the thread takes from the queue.
 */
final class AnsweringThread implements Executor {
    /** How long a task may run before the tasks behind it go to the executor. */
    static final long PATIENCE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final EventLoop loop;
    private final Executor executor;
    private final long patience;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final Consumer<Throwable> lost;
    private final Thread thread;
    /** When the running task started ({@link System#nanoTime()}, never 0), 0 while none runs. */
    private volatile long startedAt;
    private volatile boolean parked;
    private volatile boolean stopped;
    /** A look again is scheduled on the loop; the loop's own. */
    private boolean looking;

    AnsweringThread(EventLoop loop, Executor executor, long patienceNanos, String name, Consumer<Throwable> lost) {
        this.loop = loop;
        this.executor = executor;
        this.patience = patienceNanos;
        this.lost = lost;
        this.thread = new Thread(this::work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code task} on this thread, or on the executor if the running task has run too long. */
    @Override
    public void execute(Runnable task) {
        if (stopped) {
            throw new RejectedExecutionException("the answering thread has stopped");
        }
        long started = startedAt;
        if (started != 0 && System.nanoTime() - started >= patience) {
            executor.execute(task);
            return;
        }
        boolean behindOthers = !queue.isEmpty();
        queue.add(task);
        if (parked) { // no task of the thread's own: it takes the queue's from the first
            LockSupport.unpark(thread);
            if (behindOthers) { // given before it woke: this one waits behind them
                lookAgain(patience);
            }
        } else { // a task is running, or about to (taken, not started yet): this one may wait behind it
            lookAgain(patience);
        }
    }

    private void lookAgain(long inNanos) {
        if (!looking) {
            looking = true;
            loop.schedule(this::look, Math.max(inNanos, 0), TimeUnit.NANOSECONDS);
        }
    }

    /**
     * On the loop, the patience after a task was queued behind a running one: if the thread is still
     * busy (with that task, or with others queued before), what waits goes to the executor, so that
     * no task waits much longer than the patience, behind one slow task or many quick ones.
     */
    private void look() {
        looking = false;
        if (queue.isEmpty()) {
            return; // the thread took them
        }
        if (startedAt == 0) { // between two tasks: the next one may run long, so look again
            lookAgain(patience);
            return;
        }
        try {
            for (Runnable task; (task = queue.poll()) != null; ) {
                executor.execute(task);
            }
        } catch (RejectedExecutionException closed) {
            // the server is closing: its connections are being closed too
        }
    }

    private void work() {
        while (!stopped) {
            Runnable task = queue.poll();
            if (task == null) {
                parked = true;
                if (queue.isEmpty() && !stopped) {
                    LockSupport.park(this);
                }
                parked = false;
                continue;
            }
            long now = System.nanoTime();
            startedAt = now == 0 ? 1 : now;
            try {
                task.run();
            } catch (Throwable e) {
                report(e);
            } finally {
                startedAt = 0;
            }
        }
        for (Runnable task; (task = queue.poll()) != null; ) { // the server closes: let them end
            try {
                executor.execute(task);
            } catch (RejectedExecutionException closed) {
                return;
            }
        }
    }

    private void report(Throwable e) {
        try {
            lost.accept(e);
        } catch (Throwable reportFailed) {
            // nowhere else to go: the thread goes on answering
        }
    }

    /** Ends the thread once its task, if any, returns. */
    void stop() {
        stopped = true;
        LockSupport.unpark(thread);
    }
}

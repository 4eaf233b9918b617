package io.wireform.netty.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An event loop's answering thread runs what it is given one after another on one thread, and hands
 * a task to the executor instead when the running task has run too long: given then, or waiting in
 * its queue then. Without the hand-over, the tasks below would wait for the blocked one (30 s).
 */
@Timeout(30)
final class AnsweringThreadTest {
    private static final long PATIENCE = TimeUnit.MILLISECONDS.toNanos(50);

    private final EventLoop loop = new DefaultEventLoop();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "executor");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Throwable> lost = new CopyOnWriteArrayList<>();
    private final AnsweringThread answering = new AnsweringThread(loop, executor, PATIENCE, "answering", lost::add);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        answering.stop();
        executor.shutdownNow();
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    /** As the event loop gives it. */
    private void give(Runnable task) throws Exception {
        loop.submit(() -> answering.execute(task)).get(5, TimeUnit.SECONDS);
    }

    private static Runnable recording(List<String> threads, String name, CountDownLatch done) {
        return () -> {
            threads.add(name + "@" + Thread.currentThread().getName());
            done.countDown();
        };
    }

    private Runnable blocking(CountDownLatch started) {
        return () -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Gives a task that blocks until {@link #release}, and waits until it has run twice the patience. */
    private void blockPastThePatience() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        give(blocking(started));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(PATIENCE) * 2);
    }

    /** What a task throws (a bug, an {@code Error}) is reported, and the thread goes on with the next task. */
    @Test
    void reportsWhatATaskThrowsAndGoesOn() throws Exception {
        AssertionError bug = new AssertionError("a task's bug");
        give(() -> {
            throw bug;
        });
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        give(recording(ran, "next", done));
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("next@answering"), ran);
        assertEquals(List.of(bug), lost);
    }

    @Test
    void runsWhatItIsGivenInOrderOnItsThread() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            give(recording(ran, "t" + i, done));
        }
        assertTrue(done.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 100; i++) {
            assertEquals("t" + i + "@answering", ran.get(i));
        }
    }

    @Test
    void aTaskGivenWhileTheRunningOneHasRunTooLongGoesToTheExecutor() throws Exception {
        blockPastThePatience();
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        give(recording(ran, "late", done));
        assertTrue(done.await(5, TimeUnit.SECONDS), "waited for the blocked task");
        assertEquals(List.of("late@executor"), ran);
    }

    @Test
    void tasksQueuedBehindOneThatRunsTooLongGoToTheExecutorAfterThePatience() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        give(blocking(started));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        long given = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            give(recording(ran, "queued" + i, done)); // within the patience: queued behind it
        }
        assertTrue(done.await(5, TimeUnit.SECONDS), "waited for the blocked task");
        long waited = System.nanoTime() - given;
        assertEquals(3, ran.size());
        for (String r : ran) {
            assertTrue(r.endsWith("@executor"), r);
        }
        assertTrue(waited < TimeUnit.SECONDS.toNanos(2), "handed over after " + waited / 1_000_000 + " ms");
    }

    /**
     * Tasks given together to the idle thread (an event loop reads several connections at once): the
     * first wakes it, and the others, queued behind that one while it wakes, are handed over once it
     * has run the patience, as they would be given later; not left to wait for it to return.
     */
    @Test
    void tasksGivenTogetherToTheIdleThreadDoNotWaitBehindTheFirstWhenItBlocks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        loop.submit(() -> {
            answering.execute(blocking(started));
            for (int i = 0; i < 3; i++) {
                answering.execute(recording(ran, "together" + i, done));
            }
        }).get(5, TimeUnit.SECONDS);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertTrue(done.await(5, TimeUnit.SECONDS), "waited for the blocked task: " + ran);
        for (String r : ran) {
            assertTrue(r.endsWith("@executor"), r);
        }
    }

    /**
     * Two tasks given at once, before the thread has woken for the first: the second is handed over
     * after the patience, not left behind the first while it blocks (as it was when only a task the
     * thread had started could have others handed over from behind it).
     */
    @Test
    void aTaskGivenBeforeTheThreadWokeForTheOneAheadIsHandedOverToo() throws Exception {
        Thread.sleep(50); // the thread is parked
        CountDownLatch started = new CountDownLatch(1);
        Runnable first = blocking(started);
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Runnable second = recording(ran, "second", done);
        long given = System.nanoTime();
        loop.submit(() -> {
            answering.execute(first);
            answering.execute(second);
        }).get(5, TimeUnit.SECONDS);
        assertTrue(done.await(5, TimeUnit.SECONDS), "waited for the blocked task");
        long waited = System.nanoTime() - given;
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("second@executor"), ran);
        assertTrue(waited < TimeUnit.SECONDS.toNanos(2), "handed over after " + waited / 1_000_000 + " ms");
    }

    @Test
    void goesOnAfterAHandOver() throws Exception {
        blockPastThePatience();
        release.countDown();
        Thread.sleep(50);
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        give(recording(ran, "after", done));
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("after@answering"), ran);
    }
}

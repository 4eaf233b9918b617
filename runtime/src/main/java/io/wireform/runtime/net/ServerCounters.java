package io.wireform.runtime.net;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a {@link WireServer} has done since it started, live: read them at any time from any thread
 * ({@code server.counters()}). Each number is exact once the connections it counts have closed;
 * while they run, frames and bytes are counted as they go.
 *
 * <pre>{@code
 * ServerCounters c = server.counters();
 * log.info("{} open, {} refused, {} closed by the frame deadline", c.open(), c.refused(), c.closedBy(Deadline.FRAME));
 * }</pre>
 */
public final class ServerCounters {
    final AtomicInteger open = new AtomicInteger();
    final LongAdder accepted = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder acceptFailures = new LongAdder();
    final LongAdder framesIn = new LongAdder();
    final LongAdder framesOut = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    private final Map<Deadline, LongAdder> closedBy = new EnumMap<>(Deadline.class);
    private final ConcurrentHashMap<Class<? extends Throwable>, LongAdder> errors = new ConcurrentHashMap<>();

    ServerCounters() {
        for (Deadline deadline : Deadline.values()) {
            closedBy.put(deadline, new LongAdder());
        }
    }

    /** Connections open now. */
    public int open() {
        return open.get();
    }

    /** Connections accepted and served. */
    public long accepted() {
        return accepted.sum();
    }

    /** Connections closed as soon as accepted because {@code maxConnections} were open. */
    public long refused() {
        return refused.sum();
    }

    /** Times accepting failed (too many open files, ...) and was retried after a pause. */
    public long acceptFailures() {
        return acceptFailures.sum();
    }

    /** Connections closed because they ran past {@code deadline}. */
    public long closedBy(Deadline deadline) {
        return closedBy.get(deadline).sum();
    }

    /** Messages received, of every connection. */
    public long framesIn() {
        return framesIn.sum();
    }

    /** Messages sent, of every connection. */
    public long framesOut() {
        return framesOut.sum();
    }

    /** Bytes read from the peers. */
    public long bytesIn() {
        return bytesIn.sum();
    }

    /** Bytes written to the peers. */
    public long bytesOut() {
        return bytesOut.sum();
    }

    /**
     * The errors told to the error listener (and those of accepting), by their exact class, e.g.
     * {@code DeadlineExceededException=3, UnknownTagException=1}; a snapshot, ordered by class name.
     */
    public Map<Class<? extends Throwable>, Long> errors() {
        Map<Class<? extends Throwable>, Long> snapshot = new LinkedHashMap<>();
        errors.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Class::getName)))
                .forEach(e -> snapshot.put(e.getKey(), e.getValue().sum()));
        return snapshot;
    }

    /** How many errors of exactly this class. */
    public long errors(Class<? extends Throwable> type) {
        LongAdder count = errors.get(type);
        return count == null ? 0 : count.sum();
    }

    void closedBy(Deadline deadline, int count) {
        closedBy.get(deadline).add(count);
    }

    void error(Throwable error) {
        errors.computeIfAbsent(error.getClass(), type -> new LongAdder()).increment();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append("open ").append(open()).append(", accepted ").append(accepted())
                .append(", refused ").append(refused()).append(", accept failures ").append(acceptFailures());
        for (Deadline deadline : Deadline.values()) {
            s.append(", closed by the ").append(deadline.label()).append(' ').append(closedBy(deadline));
        }
        s.append(", frames in ").append(framesIn()).append(", frames out ").append(framesOut())
                .append(", bytes in ").append(bytesIn()).append(", bytes out ").append(bytesOut());
        Map<Class<? extends Throwable>, Long> errors = errors();
        if (!errors.isEmpty()) {
            s.append(", errors");
            errors.forEach((type, count) -> s.append(' ').append(type.getSimpleName()).append('=').append(count));
        }
        return s.toString();
    }
}

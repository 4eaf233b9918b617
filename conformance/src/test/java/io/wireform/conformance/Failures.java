package io.wireform.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Failures of a generative suite, grouped by kind so that one defect hit a thousand times reads as
 * one entry: its first occurrence in full (seed, schema or stream, value or input, what went wrong),
 * then how often it happened and under which other seeds.
 */
public final class Failures {
    /** One failure: {@code signature} groups failures that are most likely the same defect. */
    public record Failure(String signature, String report, int size) {}

    private final String suite;
    private final Map<String, List<Failure>> bySignature = new LinkedHashMap<>();
    private int total;

    public Failures(String suite) {
        this.suite = suite;
    }

    public synchronized void add(String signature, String report, int size) {
        total++;
        List<Failure> same = bySignature.computeIfAbsent(signature, k -> new ArrayList<>());
        same.add(new Failure(signature, report, size));
    }

    public synchronized boolean isEmpty() {
        return total == 0;
    }

    public synchronized int distinct() {
        return bySignature.size();
    }

    /** The report: each kind once, its smallest example in full. */
    public synchronized String report(int maxChars) {
        StringBuilder s = new StringBuilder();
        s.append(suite).append(": ").append(total).append(" failures of ").append(bySignature.size())
                .append(" kinds\n");
        int index = 1;
        for (Map.Entry<String, List<Failure>> e : bySignature.entrySet()) {
            s.append(String.format("  %2d. [%d x] %s%n", index++, e.getValue().size(), e.getKey()));
        }
        index = 1;
        for (Map.Entry<String, List<Failure>> e : bySignature.entrySet()) {
            Failure smallest = e.getValue().stream().min((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
            s.append("\n===== ").append(index++).append(". ").append(e.getKey()).append(" (")
                    .append(e.getValue().size()).append(" times; smallest example) =====\n")
                    .append(smallest.report()).append('\n');
            if (s.length() > maxChars) {
                s.append("\n... (the rest in the full report)\n");
                break;
            }
        }
        return s.toString();
    }

    /** Writes the whole report under target/conformance and returns its path. */
    public synchronized Path write(String file) {
        try {
            Path dir = Path.of("target", "conformance");
            Files.createDirectories(dir);
            Path path = dir.resolve(file);
            Files.writeString(path, report(Integer.MAX_VALUE));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.wireform.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel's TCP counters of {@code /proc/net/netstat} that explain a slow connect on loopback: a full
 * accept queue ({@code ListenOverflows}, {@code ListenDrops}) and the SYNs sent again after one was
 * dropped ({@code TCPSynRetrans}, the first one a second later). Empty where the file is not there.
 */
final class TcpCounters {
    private static final Path NETSTAT = Path.of("/proc/net/netstat");
    private final Map<String, Long> values;

    private TcpCounters(Map<String, Long> values) {
        this.values = values;
    }

    static TcpCounters now() {
        Map<String, Long> values = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(NETSTAT, StandardCharsets.US_ASCII);
            for (int i = 0; i + 1 < lines.size(); i += 2) {
                String[] names = lines.get(i).trim().split("\\s+");
                String[] numbers = lines.get(i + 1).trim().split("\\s+");
                if (names[0].equals("TcpExt:")) {
                    for (int k = 1; k < names.length && k < numbers.length; k++) {
                        values.put(names[k], Long.parseLong(numbers[k]));
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            values.clear();
        }
        return new TcpCounters(values);
    }

    /** What happened since {@code before}, as {@code "listen overflows 0, SYNs sent again 0"}. */
    String since(TcpCounters before) {
        if (values.isEmpty() || before.values.isEmpty()) {
            return "TCP counters not readable";
        }
        return "listen overflows " + delta(before, "ListenOverflows") + ", SYNs sent again " + delta(before, "TCPSynRetrans");
    }

    private long delta(TcpCounters before, String name) {
        return values.getOrDefault(name, 0L) - before.values.getOrDefault(name, 0L);
    }
}

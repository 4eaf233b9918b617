package io.wireform.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One line per result, printed and appended to {@code target/load-report.md}, from which benchmarks/LOAD.md is written. */
final class Report {
    private static final Path FILE = Path.of("target", "load-report.md");

    private Report() {
    }

    static synchronized void line(String scenario, String transport, String result) {
        String line = "| " + scenario + " | " + transport + " | JDK " + Runtime.version().feature() + " | " + result + " |";
        System.out.println(line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("(could not append to " + FILE + ": " + e + ")");
        }
    }

    static String millis(long nanos) {
        return nanos >= 10_000_000_000L ? String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9)
                : String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}

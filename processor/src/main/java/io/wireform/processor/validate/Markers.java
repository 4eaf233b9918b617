package io.wireform.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses marker strings such as {@code "FD AA"} into unsigned byte values. */
final class Markers {
    private Markers() {}

    /** The bytes, or empty with {@code problem[0]} set to what is wrong. */
    static Optional<List<Integer>> parse(String text, String[] problem) {
        String digits = text.replace(" ", "").replace("_", "");
        if (digits.length() % 2 != 0) {
            problem[0] = "odd number of hex digits (" + digits.length() + ")";
            return Optional.empty();
        }
        List<Integer> bytes = new ArrayList<>();
        for (int i = 0; i < digits.length(); i += 2) {
            int hi = Character.digit(digits.charAt(i), 16);
            int lo = Character.digit(digits.charAt(i + 1), 16);
            if (hi < 0 || lo < 0) {
                problem[0] = "'" + digits.substring(i, i + 2) + "' is not a hex byte";
                return Optional.empty();
            }
            bytes.add(hi << 4 | lo);
        }
        return Optional.of(bytes);
    }

    /** {@code FD AA} for the bytes 0xFD, 0xAA. */
    static String hex(List<Integer> bytes) {
        StringBuilder text = new StringBuilder();
        for (int b : bytes) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02X", b));
        }
        return text.toString();
    }
}

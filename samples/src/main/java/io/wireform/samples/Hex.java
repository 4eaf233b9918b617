package io.wireform.samples;

import java.util.HexFormat;

/** Hex formatting for the demo's output. */
final class Hex {
    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {}

    /** Bytes as hex, a space between groups of {@code group} bytes, cut after {@code max} bytes. */
    static String of(byte[] bytes, int group, int max) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(bytes.length, max);
        for (int i = 0; i < shown; i += group) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(FORMAT.formatHex(bytes, i, Math.min(shown, i + group)));
        }
        if (shown < bytes.length) {
            text.append(" ... (").append(bytes.length).append(" bytes)");
        }
        return text.toString();
    }
}

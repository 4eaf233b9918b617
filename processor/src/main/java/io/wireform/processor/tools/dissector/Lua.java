package io.wireform.processor.tools.dissector;

import java.util.List;
import java.util.Locale;

/** Lua text: literals, names, and a writer that indents. */
final class Lua {
    private Lua() {}

    /** A Lua string literal of {@code text}, printable ASCII kept, everything else escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int u = b & 0xFF;
            if (u == '"' || u == '\\') {
                out.append('\\').append((char) u);
            } else if (u >= 0x20 && u < 0x7F) {
                out.append((char) u);
            } else {
                out.append(String.format("\\%03d", u));
            }
        }
        return out.append('"').toString();
    }

    /** A Lua string literal holding the given unsigned bytes. */
    static String bytes(List<Integer> bytes) {
        StringBuilder out = new StringBuilder("\"");
        for (int b : bytes) {
            out.append(String.format("\\%03d", b));
        }
        return out.append('"').toString();
    }

    /** {@code transactionId} becomes {@code transaction_id}, {@code RequestADU} becomes {@code request_adu}. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean upper = Character.isUpperCase(ch);
            if (upper && i > 0) {
                char before = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before) || Character.isUpperCase(before) && nextLower) {
                    out.append('_');
                }
            }
            out.append(Character.isLetterOrDigit(ch) ? Character.toLowerCase(ch) : '_');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Lines with indentation. */
    static final class Code {
        private final StringBuilder text = new StringBuilder();
        private int depth;

        Code line(String format, Object... args) {
            text.append("  ".repeat(depth)).append(String.format(format, args)).append('\n');
            return this;
        }

        Code open(String format, Object... args) {
            line(format, args);
            depth++;
            return this;
        }

        Code close(String format, Object... args) {
            depth--;
            return line(format, args);
        }

        /** One level out, with no line: before an {@code else} or {@code elseif} written by the caller. */
        Code dedent() {
            depth--;
            return this;
        }

        Code blank() {
            text.append('\n');
            return this;
        }

        Code append(Code other) {
            for (String l : other.text.toString().split("\n", -1)) {
                if (!l.isEmpty()) {
                    text.append("  ".repeat(depth)).append(l).append('\n');
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

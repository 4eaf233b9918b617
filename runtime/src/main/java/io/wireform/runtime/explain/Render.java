package io.wireform.runtime.explain;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireException;
import java.util.List;
import java.util.Optional;

/** The text of an {@link Explanation}: an aligned table, values as a person reads them. */
final class Render {
    /** Bytes shown in the table's bytes column before it is cut with an ellipsis. */
    static final int SHOWN_BYTES = 12;
    private static final int SHOWN_ITEMS = 8;
    private static final String NOT_DECODED = "(not decoded)";

    private Render() {}

    static String table(String name, byte[] frame, List<Explanation.Row> rows, WireException error, String note) {
        int frameLength = frame.length;
        StringBuilder out = new StringBuilder();
        out.append(name).append(": ").append(frameLength).append(frameLength == 1 ? " byte, " : " bytes, ")
                .append(error == null ? "decoded" : "error at offset " + error.offset()).append('\n');
        if (note != null) {
            out.append(note).append('\n');
        }
        int fieldWidth = "field".length();
        int bytesWidth = "bytes".length();
        for (Explanation.Row row : rows) {
            fieldWidth = Math.max(fieldWidth, field(row).length());
            bytesWidth = Math.max(bytesWidth, hex(row.bytes()).length());
        }
        byte[] rest = null;
        long decodedTo = 0;
        for (Explanation.Row row : rows) {
            decodedTo = Math.max(decodedTo, row.offset() + row.length());
        }
        if (error != null && decodedTo < frameLength) {
            rest = new byte[(int) (frameLength - decodedTo)];
            System.arraycopy(frame, (int) decodedTo, rest, 0, rest.length);
            fieldWidth = Math.max(fieldWidth, NOT_DECODED.length());
            bytesWidth = Math.max(bytesWidth, hex(rest).length());
        }
        line(out, "offset", "size", pad("field", fieldWidth), pad("bytes", bytesWidth), "value");
        for (Explanation.Row row : rows) {
            String value = row.shownValue();
            if (row.note() != null) {
                value = value.isEmpty() ? "(" + row.note() + ")" : value + "  (" + row.note() + ")";
            }
            line(out, Long.toString(row.offset()), Integer.toString(row.length()), pad(field(row), fieldWidth),
                    pad(hex(row.bytes()), bytesWidth), value);
        }
        if (rest != null) {
            line(out, Long.toString(decodedTo), Integer.toString(rest.length), pad(NOT_DECODED, fieldWidth),
                    pad(hex(rest), bytesWidth), "");
        }
        if (error != null) {
            out.append("error: ").append(error.getMessage()).append('\n');
        }
        return out.toString();
    }

    private static String field(Explanation.Row row) {
        return row.bits() == null ? row.path() : row.path() + " [" + row.bits() + "]";
    }

    private static void line(StringBuilder out, String offset, String size, String field, String bytes, String value) {
        out.append(String.format("%6s  %4s  %s  %s  %s", offset, size, field, bytes, value).stripTrailing()).append('\n');
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** Up to {@link #SHOWN_BYTES} bytes in hex, then an ellipsis. */
    static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        int shown = bytes.length <= SHOWN_BYTES ? bytes.length : SHOWN_BYTES - 2;
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        if (shown < bytes.length) {
            hex.append(" …");
        }
        return hex.toString();
    }

    static String value(Object value, Explanation.Role role) {
        if (value == null) {
            return "";
        }
        if (value instanceof Optional<?> o) {
            return o.map(inner -> value(inner, role)).orElse("absent");
        }
        if (value instanceof byte[] b) {
            return b.length + (b.length == 1 ? " byte" : " bytes") + (b.length == 0 ? "" : ": " + hex(b));
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Character c) {
            return quote(c.toString());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder().append(list.size()).append(list.size() == 1 ? " item" : " items");
            if (!list.isEmpty()) {
                text.append(": [");
                for (int i = 0; i < Math.min(list.size(), SHOWN_ITEMS); i++) {
                    text.append(i == 0 ? "" : ", ").append(item(list.get(i)));
                }
                text.append(list.size() > SHOWN_ITEMS ? ", …]" : "]");
            }
            return text.toString();
        }
        if (value instanceof Payload p) {
            return "payload, " + p.length() + (p.length() == 1 ? " byte" : " bytes");
        }
        if (value instanceof Record r) {
            return r.getClass().getSimpleName();
        }
        if (role == Explanation.Role.DERIVED && value instanceof Long l && (l < 0 || l > 9)) {
            return l + " (0x" + Long.toHexString(l) + ")";
        }
        return value.toString();
    }

    private static String item(Object item) {
        if (item instanceof Record r) {
            return r.getClass().getSimpleName();
        }
        return value(item, Explanation.Role.FIELD);
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}

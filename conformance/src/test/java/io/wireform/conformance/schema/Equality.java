package io.wireform.conformance.schema;

import io.wireform.runtime.Payload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/** Equality of decoded values as the wire sees them: arrays and payloads by content, records by component. */
public final class Equality {
    private Equality() {}

    /** Null when equal, else where they differ. */
    public static String difference(Object expected, Object actual) {
        return difference("", expected, actual);
    }

    private static String difference(String path, Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual ? null : path + ": expected " + show(expected) + ", got " + show(actual);
        }
        if (expected instanceof byte[] a && actual instanceof byte[] b) {
            return java.util.Arrays.equals(a, b) ? null : path + ": expected " + show(a) + ", got " + show(b);
        }
        if (expected instanceof Payload a && actual instanceof Payload b) {
            return difference(path + ".<payload>", bytes(a), bytes(b));
        }
        if (expected instanceof List<?> a && actual instanceof List<?> b) {
            if (a.size() != b.size()) {
                return path + ": expected " + a.size() + " elements " + show(a) + ", got " + b.size() + " " + show(b);
            }
            for (int i = 0; i < a.size(); i++) {
                String d = difference(path + "[" + i + "]", a.get(i), b.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected instanceof Optional<?> a && actual instanceof Optional<?> b) {
            if (a.isPresent() != b.isPresent()) {
                return path + ": expected " + show(a) + ", got " + show(b);
            }
            return a.isPresent() ? difference(path, a.get(), b.get()) : null;
        }
        if (expected.getClass().isRecord()) {
            if (expected.getClass() != actual.getClass()) {
                return path + ": expected a " + expected.getClass().getSimpleName() + " " + show(expected) + ", got a "
                        + actual.getClass().getSimpleName() + " " + show(actual);
            }
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                String d = difference(path + "." + c.getName(), Values.get(c, expected), Values.get(c, actual));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + show(expected) + ", got " + show(actual);
    }

    private static byte[] bytes(Payload payload) {
        try {
            return payload.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as Java-like text: records with their components, arrays in hex, strings escaped. */
    public static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] b) {
            return "[" + Values.hex(b) + "]";
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            s.codePoints().forEach(cp -> out.append(cp >= 32 && cp < 127 && cp != '"' && cp != '\\'
                    ? String.valueOf((char) cp) : String.format(cp > 0xFFFF ? "\\u{%X}" : "\\u%04X", cp)));
            return out.append('"').toString();
        }
        if (value instanceof Float f) {
            return f + "f(0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
        }
        if (value instanceof Double d) {
            return d + "(0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
        }
        if (value instanceof Payload p) {
            return "Payload" + show(bytes(p));
        }
        if (value instanceof List<?> l) {
            StringBuilder out = new StringBuilder("[");
            for (Object o : l) {
                out.append(out.length() == 1 ? "" : ", ").append(show(o));
            }
            return out.append(']').toString();
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> "Optional[" + show(v) + "]").orElse("Optional.empty");
        }
        if (value.getClass().isRecord()) {
            StringBuilder out = new StringBuilder(value.getClass().getSimpleName()).append('(');
            boolean first = true;
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                out.append(first ? "" : ", ").append(c.getName()).append('=').append(show(Values.get(c, value)));
                first = false;
            }
            return out.append(')').toString();
        }
        return String.valueOf(value);
    }
}

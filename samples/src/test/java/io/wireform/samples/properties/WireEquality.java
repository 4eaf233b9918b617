package io.wireform.samples.properties;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Deep equality for decoded records: byte arrays by content, records component by component
 * through their accessors, lists element by element, optionals by content. Floating-point numbers
 * compare by their bits ({@link Double#equals}), so NaN equals NaN and 0.0 differs from -0.0.
 */
final class WireEquality {
    private WireEquality() {}

    /** Null when equal, else the path of the first difference and both values. */
    static String difference(Object expected, Object actual) {
        return difference(expected, actual, expected == null ? "value" : expected.getClass().getSimpleName());
    }

    static boolean equal(Object expected, Object actual) {
        return difference(expected, actual) == null;
    }

    private static String difference(Object expected, Object actual, String path) {
        if (expected == actual) {
            return null;
        }
        if (expected == null || actual == null) {
            return mismatch(path, expected, actual);
        }
        if (expected instanceof byte[] e) {
            return actual instanceof byte[] a && Arrays.equals(e, a) ? null : mismatch(path, expected, actual);
        }
        if (expected instanceof Optional<?> e) {
            if (!(actual instanceof Optional<?> a) || e.isPresent() != a.isPresent()) {
                return mismatch(path, expected, actual);
            }
            return e.isPresent() ? difference(e.get(), a.get(), path + ".get()") : null;
        }
        if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a) || e.size() != a.size()) {
                return mismatch(path, expected, actual);
            }
            for (int i = 0; i < e.size(); i++) {
                String d = difference(e.get(i), a.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected instanceof Record) {
            if (expected.getClass() != actual.getClass()) {
                return mismatch(path, expected, actual);
            }
            for (RecordComponent component : expected.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    Object e = component.getAccessor().invoke(expected);
                    Object a = component.getAccessor().invoke(actual);
                    String d = difference(e, a, path + "." + component.getName());
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException ex) {
                    throw new AssertionError(ex);
                }
            }
            return null;
        }
        return Objects.equals(expected, actual) ? null : mismatch(path, expected, actual);
    }

    private static String mismatch(String path, Object expected, Object actual) {
        return path + ": expected " + show(expected) + " but was " + show(actual);
    }

    static String show(Object value) {
        if (value instanceof byte[] b) {
            return "bytes[" + Hex.of(b) + "]";
        }
        if (value instanceof Record r) {
            StringBuilder s = new StringBuilder(r.getClass().getSimpleName()).append('(');
            RecordComponent[] components = r.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                try {
                    components[i].getAccessor().setAccessible(true);
                    s.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                            .append(show(components[i].getAccessor().invoke(r)));
                } catch (ReflectiveOperationException ex) {
                    throw new AssertionError(ex);
                }
            }
            return s.append(')').toString();
        }
        if (value instanceof List<?> l) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(show(l.get(i)));
            }
            return s.append(']').toString();
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> "Optional[" + show(v) + "]").orElse("Optional.empty");
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        return String.valueOf(value);
    }
}

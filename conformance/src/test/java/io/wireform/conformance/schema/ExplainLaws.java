package io.wireform.conformance.schema;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.explain.Explanation;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The laws of {@code explain}, checked beside {@link SchemaLaws}: the explanation of an encoding
 * decodes what decode decodes, shows each component of the record with its value, breaks each list of
 * records into its elements and their components, and its rows cover the frame exactly, in order;
 * the explanation of any bytes fails exactly when decode fails, with the same exception, at the same
 * offset and field path, after rows of what decoded before it that follow one another as an
 * encoding's do.
 */
final class ExplainLaws {
    /** Failing explanations that showed a list of records read partway: what the law below saw of them. */
    static final java.util.concurrent.atomic.AtomicLong PARTWAY_LISTS = new java.util.concurrent.atomic.AtomicLong();

    private ExplainLaws() {}

    /** {@code bytes} is an encoding, which decode read as {@code decoded}. */
    static void encoded(WireCodec<Object> codec, byte[] bytes, Object decoded) {
        Explanation explanation = explain(codec, bytes);
        if (!explanation.ok()) {
            throw new SchemaLaws.Violation("explain fails where decode succeeds",
                    explanation.error().orElseThrow().getMessage() + "\n" + explanation, bytes, null);
        }
        String difference = Equality.difference(decoded, explanation.value().orElseThrow());
        if (difference != null) {
            throw new SchemaLaws.Violation("explain decodes another value than decode", difference, bytes, null);
        }
        RecordComponent[] components = decoded.getClass().getRecordComponents();
        List<Explanation.Row> fields = explanation.fields();
        if (fields.size() != components.length) {
            throw new SchemaLaws.Violation("explain shows another number of fields than the record has components",
                    fields.size() + " rows for " + components.length + " components\n" + explanation, bytes, null);
        }
        for (int i = 0; i < components.length; i++) {
            Object component;
            try {
                component = components[i].getAccessor().invoke(decoded);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            Explanation.Row row = fields.get(i);
            if (!row.path().endsWith("." + components[i].getName())) {
                throw new SchemaLaws.Violation("explain's field rows are not the components in order",
                        "row " + row.path() + " for component " + components[i].getName() + "\n" + explanation, bytes,
                        null);
            }
            String different = Equality.difference(component, row.value());
            if (different != null) {
                throw new SchemaLaws.Violation("explain shows a field's value other than the record's component",
                        row.path() + ": " + different + "\n" + explanation, bytes, null);
            }
        }
        long end = follow(explanation, bytes);
        if (end != bytes.length) {
            throw new SchemaLaws.Violation("explain's rows do not cover the frame",
                    "they end at " + end + " of " + bytes.length + " bytes\n" + explanation, bytes, null);
        }
    }

    /**
     * The frame's own rows follow one another from its first byte (the members of a bit group share
     * theirs), and each list of records among them is broken into its elements; returns where they end.
     */
    private static long follow(Explanation explanation, byte[] bytes) {
        List<Explanation.Row> rows = explanation.rows();
        for (int i = 0; i < rows.size(); i++) {
            Explanation.Row row = rows.get(i);
            if (row.depth() == 0 && row.role() == Explanation.Role.FIELD && row.value() instanceof List<?> list
                    && !list.isEmpty() && list.get(0).getClass().isRecord()) {
                elements(explanation, i, list, bytes);
            }
        }
        long end = 0;
        Explanation.Row previous = null;
        for (Explanation.Row row : explanation.rows()) {
            if (row.depth() != 0) {
                continue;
            }
            boolean sameGroup = row.bits() != null && previous != null && previous.bits() != null
                    && previous.offset() == row.offset() && previous.length() == row.length();
            if (!sameGroup && row.offset() != end) {
                throw new SchemaLaws.Violation("explain's rows do not follow one another",
                        row.path() + " at " + row.offset() + ", the rows before it end at " + end + "\n" + explanation,
                        bytes, null);
            }
            end = sameGroup ? end : row.offset() + row.length();
            previous = row;
        }
        return end;
    }

    /**
     * The list of records at row {@code at} is broken down: right after it, a row per element ({@code
     * items[0]}, ...) holding the element, the elements' rows following one another within the list's
     * bytes (after its count, before its terminator), each followed by rows of the element's components
     * ({@code items[0].x}).
     */
    private static void elements(Explanation explanation, int at, List<?> list, byte[] bytes) {
        List<Explanation.Row> rows = explanation.rows();
        Explanation.Row whole = rows.get(at);
        long end = whole.offset();
        int next = at + 1;
        for (int i = 0; i < list.size(); i++) {
            String path = whole.path() + "[" + i + "]";
            while (next < rows.size() && rows.get(next).depth() > 1) {
                next++;
            }
            Explanation.Row element = next < rows.size() ? rows.get(next) : null;
            if (element == null || !element.path().equals(path) || element.depth() != 1) {
                throw new SchemaLaws.Violation("explain does not break a list of records into its elements",
                        "no row " + path + " where expected\n" + explanation, bytes, null);
            }
            if (i == 0 ? element.offset() < end : element.offset() != end) {
                throw new SchemaLaws.Violation("explain's element rows do not follow one another",
                        path + " at " + element.offset() + ", expected " + end + "\n" + explanation, bytes, null);
            }
            String different = Equality.difference(list.get(i), element.value());
            if (different != null) {
                throw new SchemaLaws.Violation("explain shows an element other than the list's",
                        path + ": " + different + "\n" + explanation, bytes, null);
            }
            end = element.offset() + element.length();
            next++;
            for (RecordComponent component : list.get(i).getClass().getRecordComponents()) {
                boolean shown = false;
                for (int j = next; j < rows.size() && rows.get(j).depth() > 1 && !shown; j++) {
                    shown = rows.get(j).depth() >= 2 && rows.get(j).path().startsWith(path + ".")
                            && rows.get(j).path().endsWith("." + component.getName());
                }
                if (!shown) {
                    throw new SchemaLaws.Violation("explain does not show an element's components",
                            "no row for " + path + "..." + component.getName() + "\n" + explanation, bytes, null);
                }
            }
        }
        if (end > whole.offset() + whole.length()) {
            throw new SchemaLaws.Violation("explain's element rows run past their list",
                    "they end at " + end + ", the list at " + (whole.offset() + whole.length()) + "\n" + explanation,
                    bytes, null);
        }
    }

    /** {@code m} is any bytes: explain fails exactly when and as decode fails. */
    static void mutant(WireCodec<Object> codec, byte[] m) {
        Object decoded = null;
        WireException thrown = null;
        try {
            decoded = codec.decode(m);
        } catch (WireException e) {
            thrown = e;
        }
        Explanation explanation = explain(codec, m);
        WireException shown = explanation.error().orElse(null);
        if (thrown == null && shown == null) {
            String difference = Equality.difference(decoded, explanation.value().orElseThrow());
            if (difference != null) {
                throw new SchemaLaws.Violation("explain decodes another value than decode", difference, m, null);
            }
            return;
        }
        if (thrown == null || shown == null) {
            throw new SchemaLaws.Violation("explain fails where decode does not, or the reverse",
                    "decode: " + (thrown == null ? "decoded" : thrown.getMessage()) + "\nexplain:\n" + explanation, m,
                    thrown);
        }
        if (thrown.getClass() != shown.getClass() || thrown.offset() != shown.offset()
                || !thrown.fieldPath().equals(shown.fieldPath())) {
            throw new SchemaLaws.Violation("explain's error is not decode's",
                    "decode: " + thrown.getMessage() + "\nexplain: " + shown.getMessage() + "\n" + explanation, m, thrown);
        }
        for (Explanation.Row row : explanation.rows()) {
            if (row.offset() + row.length() > m.length) {
                throw new SchemaLaws.Violation("explain shows a field past the bytes", row.path() + "\n" + explanation, m,
                        null);
            }
        }
        // what decoded before the error: in order, a list of records that failed partway broken into the
        // elements before the failing one
        follow(explanation, m);
        if (explanation.rows().stream().anyMatch(row -> "read before the error".equals(row.note()))) {
            PARTWAY_LISTS.incrementAndGet();
        }
    }

    private static Explanation explain(WireCodec<Object> codec, byte[] bytes) {
        try {
            return codec.explain(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SchemaLaws.Violation("explain throws " + e.getClass().getSimpleName(), String.valueOf(e), bytes, e);
        }
    }
}

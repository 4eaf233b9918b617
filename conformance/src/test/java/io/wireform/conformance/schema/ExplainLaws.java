package io.wireform.conformance.schema;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.explain.Explanation;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The laws of {@code explain}, checked beside {@link SchemaLaws}: the explanation of an encoding
 * decodes what decode decodes, shows each component of the record with its value, and its rows cover
 * the frame exactly, in order; the explanation of any bytes fails exactly when decode fails, with the
 * same exception, at the same offset and field path.
 */
final class ExplainLaws {
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
        if (end != bytes.length) {
            throw new SchemaLaws.Violation("explain's rows do not cover the frame",
                    "they end at " + end + " of " + bytes.length + " bytes\n" + explanation, bytes, null);
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
    }

    private static Explanation explain(WireCodec<Object> codec, byte[] bytes) {
        try {
            return codec.explain(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SchemaLaws.Violation("explain throws " + e.getClass().getSimpleName(), String.valueOf(e), bytes, e);
        }
    }
}

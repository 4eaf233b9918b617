package io.wireform.conformance.schema;

import java.util.ArrayList;
import java.util.List;

/** What @When tests: a boolean, a bit, a set of values or a range ({@code min}, {@code max}), perhaps negated. */
public record Condition(String field, int bit, long[] anyOf, Long min, Long max, boolean not) {
    Condition(String field, int bit, long[] anyOf) {
        this(field, bit, anyOf, null, null, false);
    }

    String annotation() {
        List<String> parts = new ArrayList<>();
        parts.add("value = \"" + field + "\"");
        if (bit >= 0) {
            parts.add("bit = " + bit);
        }
        if (anyOf != null) {
            StringBuilder values = new StringBuilder();
            for (long v : anyOf) {
                values.append(values.length() == 0 ? "" : ", ").append(Decls.literal(v));
            }
            parts.add("anyOf = {" + values + "}");
        }
        if (min != null) {
            parts.add("min = " + Decls.literal(min));
        }
        if (max != null) {
            parts.add("max = " + Decls.literal(max));
        }
        if (not) {
            parts.add("not = true");
        }
        return parts.size() == 1 ? "@When(\"" + field + "\")" : "@When(" + String.join(", ", parts) + ")";
    }

    boolean holds(Object value) {
        return test(value) != not;
    }

    private boolean test(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        long v = ((Number) value).longValue();
        if (bit >= 0) {
            return (v >>> bit & 1) != 0;
        }
        if (anyOf != null) {
            for (long candidate : anyOf) {
                if (candidate == v) {
                    return true;
                }
            }
            return false;
        }
        return (min == null || v >= min) && (max == null || v <= max);
    }
}

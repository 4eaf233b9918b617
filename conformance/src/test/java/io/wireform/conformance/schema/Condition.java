package io.wireform.conformance.schema;

/** What @When tests: a boolean, a bit, or a set of values. */
public record Condition(String field, int bit, long[] anyOf) {
    String annotation() {
        if (bit >= 0) {
            return "@When(value = \"" + field + "\", bit = " + bit + ")";
        }
        if (anyOf != null) {
            StringBuilder values = new StringBuilder();
            for (long v : anyOf) {
                values.append(values.length() == 0 ? "" : ", ").append(v)
                        .append(v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? "L" : "");
            }
            return "@When(value = \"" + field + "\", anyOf = {" + values + "})";
        }
        return "@When(\"" + field + "\")";
    }

    boolean holds(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        long v = ((Number) value).longValue();
        if (bit >= 0) {
            return (v >>> bit & 1) != 0;
        }
        for (long candidate : anyOf) {
            if (candidate == v) {
                return true;
            }
        }
        return false;
    }
}

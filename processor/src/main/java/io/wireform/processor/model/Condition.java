package io.wireform.processor.model;

import java.util.List;

/**
 * When an optional component is on the wire, decided by an earlier component.
 *
 * @param field the earlier component
 * @param fieldIsBoolean whether it is a {@code boolean} (present when true)
 * @param bit for an integer, the bit that must be set, or -1
 * @param anyOf for an integer, the values for which the component is present; empty when another test is used
 * @param min for an integer tested by range, the least value; {@code Long.MIN_VALUE} when there is no lower bound
 * @param max for an integer tested by range, the greatest value; {@code Long.MAX_VALUE} when there is no upper bound
 * @param negated whether the component is present when the test fails rather than when it holds
 * @param reference resolves {@code field} when it is a path into a nested record; null for a plain name
 */
public record Condition(String field, boolean fieldIsBoolean, int bit, List<Long> anyOf, long min, long max,
                        boolean negated, Reference reference) {
    public Condition {
        anyOf = List.copyOf(anyOf);
    }

    /** A condition on a component named plainly. */
    public Condition(String field, boolean fieldIsBoolean, int bit, List<Long> anyOf, long min, long max,
                     boolean negated) {
        this(field, fieldIsBoolean, bit, anyOf, min, max, negated, null);
    }

    /** Whether an integer is tested by range. */
    public boolean isRange() {
        return !fieldIsBoolean && bit < 0 && anyOf.isEmpty();
    }
}

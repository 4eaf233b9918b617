package io.wireform.processor.model;

import java.util.List;

/**
 * When an optional component is on the wire, decided by an earlier component.
 *
 * @param field the earlier component
 * @param fieldIsBoolean whether it is a {@code boolean} (present when true)
 * @param bit for an integer, the bit that must be set, or -1
 * @param anyOf for an integer, the values for which the component is present; empty when {@code bit} is used
 */
public record Condition(String field, boolean fieldIsBoolean, int bit, List<Long> anyOf) {
    public Condition {
        anyOf = List.copyOf(anyOf);
    }
}

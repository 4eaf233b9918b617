package io.wireform.processor.model;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Width;
import java.util.List;

/**
 * Where a {@code byte[]}, {@code String} or {@code List} ends: how many bytes (or, for a list,
 * elements) it has.
 */
public sealed interface Extent {

    /** Exactly {@code size} bytes, or elements for a list. */
    record Fixed(int size) implements Extent {}

    /** Preceded by its length (or count) written as {@code width}. */
    record Prefixed(Width width, Endian endian) implements Extent {}

    /**
     * Length (or count) is the value of the earlier integer component {@code field}, or of the derived
     * count ({@code @CountOf}) that {@link FieldModel#countName} names; {@code reference} resolves
     * {@code field} when it is a path or alternatives ({@link Reference#text()}), and is null otherwise.
     */
    record SizedBy(String field, Reference reference) implements Extent {
        /** Sized by a component named plainly. */
        public SizedBy(String field) {
            this(field, null);
        }

        /** Whether the count is derived: written from the list on encode, so nothing is checked against it. */
        public boolean derived() {
            return FieldModel.countedList(field) != null;
        }
    }

    /** Ends at {@code delimiter}, which follows the value and is not part of it. */
    record Terminated(List<Integer> delimiter) implements Extent {
        public Terminated {
            delimiter = List.copyOf(delimiter);
        }
    }

    /** Takes the rest of its region: the enclosing length, or the frame up to its trailer. */
    record Remaining() implements Extent {}
}

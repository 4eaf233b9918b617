package io.wireform.runtime.support;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** The lists decoders put into records: read-only, and no copy of the elements they were filled in. */
public final class Lists {
    private Lists() {}

    /**
     * A read-only list over {@code elements}, which the caller hands over and must not touch again.
     * Costs one small object beside the array, where {@code ArrayList} plus an unmodifiable view
     * costs two.
     */
    public static <E> List<E> adopt(E[] elements) {
        return new ArrayView<>(elements);
    }

    private static final class ArrayView<E> extends AbstractList<E> implements RandomAccess {
        private final E[] elements;

        ArrayView(E[] elements) {
            this.elements = Objects.requireNonNull(elements);
        }

        @Override
        public E get(int index) {
            return elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }
    }
}

package io.wireform.processor.model;

/**
 * One record component as it sits on the wire.
 *
 * @param name the component name, which is also its accessor
 * @param paddingBefore reserved bytes, filled with {@code fill}, that end where alignment starts
 * @param alignmentBefore zero bytes a C-aligned layout puts right before the value
 * @param paddingAfter reserved bytes after the value, filled with {@code fill}
 * @param fill the byte written into reserved bytes
 * @param max the most bytes or elements the value may have ({@code @Max}), or -1 for no limit
 * @param constant the value the wire must carry ({@code @Const}; for an enum its code), if any
 */
public record FieldModel(
        String name,
        FieldKind kind,
        int alignmentBefore,
        int paddingBefore,
        int paddingAfter,
        int fill,
        long max,
        java.util.OptionalLong constant) {

    /** Bytes before the value: reserved, then alignment. */
    public int bytesBefore() {
        return paddingBefore + alignmentBefore;
    }
}

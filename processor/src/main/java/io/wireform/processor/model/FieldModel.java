package io.wireform.processor.model;

/**
 * One record component, placed.
 *
 * @param name the component name, which is also its accessor
 * @param offset offset of the value from the start of the frame
 * @param paddingBefore reserved bytes, filled with {@code fill}, that end where alignment starts
 * @param alignmentBefore zero bytes a C-aligned layout puts right before the value
 * @param paddingAfter reserved bytes after the value, filled with {@code fill}
 * @param fill the byte written into reserved bytes
 */
public record FieldModel(
        String name,
        FieldKind kind,
        int offset,
        int alignmentBefore,
        int paddingBefore,
        int paddingAfter,
        int fill) {

    /** Offset just past the field and its trailing reserved bytes. */
    public int end() {
        return offset + kind.size() + paddingAfter;
    }
}

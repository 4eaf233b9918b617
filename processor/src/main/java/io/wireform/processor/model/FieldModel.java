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
 * @param countOf the list whose element count this is ({@code @CountOf}), a derived field that is no
 *     component; null for a component
 * @param range the values the component may take ({@code @Range}), or null for any
 */
public record FieldModel(
        String name,
        FieldKind kind,
        int alignmentBefore,
        int paddingBefore,
        int paddingAfter,
        int fill,
        long max,
        java.util.OptionalLong constant,
        String countOf,
        ValueRange range) {

    public FieldModel(String name, FieldKind kind, int alignmentBefore, int paddingBefore, int paddingAfter, int fill,
                      long max, java.util.OptionalLong constant, String countOf) {
        this(name, kind, alignmentBefore, paddingBefore, paddingAfter, fill, max, constant, countOf, null);
    }

    public FieldModel(String name, FieldKind kind, int alignmentBefore, int paddingBefore, int paddingAfter, int fill,
                      long max, java.util.OptionalLong constant) {
        this(name, kind, alignmentBefore, paddingBefore, paddingAfter, fill, max, constant, null, null);
    }

    /** The name of the derived count of {@code list}, as error paths show it: {@code <count:questions>}. */
    public static String countName(String list) {
        return "<count:" + list + ">";
    }

    /** The list a derived count's name counts, or null when {@code name} is a component's. */
    public static String countedList(String name) {
        return name.startsWith("<count:") ? name.substring("<count:".length(), name.length() - 1) : null;
    }

    /** Whether decoding checks this value against the schema: a {@code @Const} or a {@code @Range}. */
    public boolean checked() {
        return constant.isPresent() || range != null;
    }

    /** Whether this is a derived count rather than a record component. */
    public boolean isDerived() {
        return countOf != null;
    }

    /** Bytes before the value: reserved, then alignment. */
    public int bytesBefore() {
        return paddingBefore + alignmentBefore;
    }
}

package io.wireform.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.wireform.annotations.Endian;
import javax.lang.model.type.TypeKind;

/**
 * How one value sits on the wire. Each kind knows its encoded size when that is fixed, and the
 * alignment a C-aligned layout gives it.
 */
public sealed interface FieldKind {

    /** Encoded size in bytes, or -1 when it depends on the value. */
    int fixedSize();

    default boolean isFixed() {
        return fixedSize() >= 0;
    }

    /** Alignment under {@link io.wireform.annotations.Layout#C_ALIGNED}; 1 means none. */
    default int alignment() {
        return 1;
    }

    /** A short description for generated documentation, e.g. {@code uint32 LE}. */
    String describe();

    /** Where a byte string, text, list or payload ends; null for every other kind. */
    default Extent extent() {
        return null;
    }

    /** Whether the value takes the rest of its region ({@code @Remaining}). */
    default boolean takesRemaining() {
        return extent() instanceof Extent.Remaining;
    }

    /**
     * An integer of {@code width} bytes held in a Java {@code javaType} (BYTE, SHORT, INT or LONG).
     * An unsigned value of 8 bytes is carried as the raw bits of a long.
     */
    record IntKind(int width, boolean signed, TypeKind javaType, Endian endian) implements FieldKind {
        @Override public int fixedSize() { return width; }
        @Override public int alignment() { return Integer.bitCount(width) == 1 ? width : 1; }
        @Override public String describe() {
            return (signed ? "int" : "uint") + (8 * width) + (width > 1 ? " " + endianTag(endian) : "");
        }

        /** The bits of a Java integer type: 8 for {@code byte}, 16, 32, and 64 for {@code long}. */
        public static int javaBits(TypeKind javaType) {
            return switch (javaType) {
                case BYTE -> 8;
                case SHORT -> 16;
                case INT -> 32;
                default -> 64;
            };
        }
    }

    /** A variable-length integer held in a Java {@code int} or {@code long}. */
    record VarintKind(io.wireform.annotations.VarintKind encoding, TypeKind javaType) implements FieldKind {
        @Override public int fixedSize() { return -1; }
        @Override public String describe() { return "varint " + encoding.name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** A {@code float} (width 4, or 2 for a {@code @Half}) or {@code double} (width 8), IEEE 754. */
    record FloatKind(int width, Endian endian) implements FieldKind {
        @Override public int fixedSize() { return width; }
        @Override public int alignment() { return width; }
        @Override public String describe() { return "float" + (8 * width) + " " + endianTag(endian); }
    }

    /** A {@code boolean}: one byte, 1 for true; any non-zero byte decodes as true, as in Python. */
    record BoolKind() implements FieldKind {
        @Override public int fixedSize() { return 1; }
        @Override public String describe() { return "bool"; }
    }

    /** A {@code byte[]}; a fixed extent pads shorter values with {@code pad}. */
    record BytesKind(Extent extent, int pad) implements FieldKind {
        @Override public int fixedSize() { return extent instanceof Extent.Fixed f ? f.size() : -1; }
        @Override public String describe() { return "byte[" + describeExtent(extent) + "]"; }
    }

    /**
     * A {@code String} in {@code charset}; a fixed extent pads shorter values with {@code pad}. Decoded
     * strictly unless {@code lenient}.
     */
    record StringKind(Extent extent, int pad, String charset, boolean lenient) implements FieldKind {
        @Override public int fixedSize() { return extent instanceof Extent.Fixed f ? f.size() : -1; }
        @Override public String describe() { return "char[" + describeExtent(extent) + "] " + charset; }
    }

    /** A {@code List} of elements of one kind. */
    record ListKind(FieldKind element, TypeName elementType, Extent extent) implements FieldKind {
        @Override public int fixedSize() {
            return extent instanceof Extent.Fixed f && element.isFixed() ? f.size() * element.fixedSize() : -1;
        }
        @Override public String describe() { return element.describe() + " x " + describeExtent(extent); }
        /** A C array: aligned as its elements, which follow each other without gaps. */
        @Override public int alignment() {
            return extent instanceof Extent.Fixed && element.isFixed() ? element.alignment() : 1;
        }
    }

    /** A {@code @WireEnum} constant, written as its unsigned code of {@code width} bytes. */
    /** A {@code @WireEnum}; {@code fallback} when it has a {@code @Fallback} constant, which every unknown code decodes to. */
    record EnumKind(ClassName enumType, ClassName codesType, int width, Endian endian, boolean fallback)
            implements FieldKind {
        @Override public int fixedSize() { return width; }
        @Override public int alignment() { return Integer.bitCount(width) == 1 ? width : 1; }
        @Override public String describe() { return enumType.simpleName() + " (uint" + (8 * width) + ")"; }
    }

    /**
     * Another {@code @Message} record, encoded by its own codec; {@code size} is -1 when variable.
     * {@code inPlace} when that codec has {@code decodeAt}/{@code encodeAt} (see
     * {@link MessageModel#isInPlace()}), which the outer codec calls instead of moving positions.
     * {@code runsToEnd} when its frames run to the end of their input ({@link MessageModel#runsToEnd()}).
     * {@code origin} when it holds a {@link UsingKind} value (at any depth): its codec then has
     * {@code decodeWithin(in, limit, origin)}, which the outer codec calls with the outermost frame's start.
     * {@code alignment} is what a C-aligned record gives it ({@link MessageModel#alignment()}).
     * {@code inRegion} when that codec has {@code decodeRegion(in, start, limit)} ({@link
     * MessageModel#decodesInRegion()}), which the outer codec calls with the bounds the record fills.
     */
    record NestedKind(ClassName messageType, ClassName codecType, int size, boolean inPlace, boolean runsToEnd,
                      boolean origin, int alignment, boolean inRegion) implements FieldKind {
        /** A packed record that reads nothing relative to the outermost frame. */
        public NestedKind(ClassName messageType, ClassName codecType, int size, boolean inPlace, boolean runsToEnd) {
            this(messageType, codecType, size, inPlace, runsToEnd, false, 1, false);
        }

        @Override public int fixedSize() { return size; }
        /** A C struct: aligned as its strictest member, when it is C-aligned itself; 1 for a packed record. */
        @Override public int alignment() { return alignment; }
        @Override public String describe() { return messageType.simpleName(); }
    }

    /**
     * A record of a {@link ProtocolModel#selected() selected} protocol, chosen by the value of the
     * earlier component {@code selector} (of kind {@code selectorKind}: an integer, a boolean, an enum,
     * or a bit-field member's kind); encoded and decoded by the protocol's own codec. {@code origin} as
     * for {@link NestedKind}. {@code protocol} is the protocol itself, whose records the holder's decode
     * chooses in a {@code switch} of its own and decodes directly; null when not known, and the
     * protocol's codec then chooses. {@code reference} resolves {@code selector} when it is a path into a
     * nested record, and is null for a plain name.
     */
    record SelectedKind(ClassName protocolType, ClassName codecType, String selector, FieldKind selectorKind,
                        boolean runsToEnd, boolean origin, ProtocolModel protocol, Reference reference)
            implements FieldKind {
        /** Chosen by a component named plainly. */
        public SelectedKind(ClassName protocolType, ClassName codecType, String selector, FieldKind selectorKind,
                            boolean runsToEnd, boolean origin, ProtocolModel protocol) {
            this(protocolType, codecType, selector, selectorKind, runsToEnd, origin, protocol, null);
        }

        /** A protocol none of whose records reads relative to the outermost frame. */
        public SelectedKind(ClassName protocolType, ClassName codecType, String selector, FieldKind selectorKind,
                            boolean runsToEnd) {
            this(protocolType, codecType, selector, selectorKind, runsToEnd, false, null);
        }

        /** Without the protocol's records: its codec chooses. */
        public SelectedKind(ClassName protocolType, ClassName codecType, String selector, FieldKind selectorKind,
                            boolean runsToEnd, boolean origin) {
            this(protocolType, codecType, selector, selectorKind, runsToEnd, origin, null);
        }

        @Override public int fixedSize() { return -1; }
        @Override public String describe() { return protocolType.simpleName() + " chosen by " + selector; }
    }

    /**
     * A {@code Payload}: bytes that a reader streams instead of buffering; always the last thing
     * in its frame.
     */
    record PayloadKind(Extent extent) implements FieldKind {
        @Override public int fixedSize() { return -1; }
        @Override public String describe() { return "payload (" + describeExtent(extent) + ")"; }
    }

    /**
     * A value read and written by the user's {@code FieldCodec} {@code codecType} ({@code @Using}), held
     * by the generated codec in one static field: its {@code INSTANCE} when {@code instanceField}, else
     * one made by its no-arg constructor.
     */
    record UsingKind(ClassName codecType, TypeName valueType, boolean instanceField) implements FieldKind {
        @Override public int fixedSize() { return -1; }
        @Override public String describe() { return valueType + " by " + codecType.simpleName(); }
    }

    /**
     * An {@code Optional<byte[]>} or {@code Optional<String>} whose {@code inner} kind has a prefix that
     * can say NULL ({@code @Prefixed(nullable = true)}): the prefix's all-ones value, or {@code FB} for a
     * length-encoded integer, with nothing after it.
     */
    record NullableKind(FieldKind inner, TypeName innerType, Extent.Prefixed prefix) implements FieldKind {
        @Override public int fixedSize() { return -1; }
        @Override public String describe() { return inner.describe() + " or NULL"; }
        @Override public Extent extent() { return prefix; }

        /** Bytes of the NULL marker. */
        public int markerSize() {
            return prefix.width().bytes() == 0 ? 1 : prefix.width().bytes();
        }
    }

    /** An {@code Optional<T>} whose presence a {@link Condition} decides. */
    record OptionalKind(FieldKind inner, TypeName innerType, Condition condition) implements FieldKind {
        @Override public int fixedSize() { return -1; }
        @Override public String describe() { return inner.describe() + " if " + condition.field(); }
    }

    private static String endianTag(Endian endian) {
        return endian == Endian.BIG ? "BE" : "LE";
    }

    private static String describeExtent(Extent extent) {
        if (extent instanceof Extent.Fixed f) {
            return Integer.toString(f.size());
        }
        if (extent instanceof Extent.Prefixed p) {
            return p.width().name().toLowerCase(java.util.Locale.ROOT) + " prefix";
        }
        if (extent instanceof Extent.SizedBy s) {
            return s.field();
        }
        if (extent instanceof Extent.Terminated) {
            return "terminated";
        }
        return "rest";
    }
}

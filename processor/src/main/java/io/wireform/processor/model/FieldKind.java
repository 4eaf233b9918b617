package io.wireform.processor.model;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Endian;
import javax.lang.model.type.TypeKind;

/**
 * How one record component sits on the wire. Each kind knows its encoded size and the alignment
 * a C-aligned layout gives it.
 */
public sealed interface FieldKind {

    /** Encoded size in bytes. */
    int size();

    /** Alignment under {@link io.wireform.annotations.Layout#C_ALIGNED}; 1 means none. */
    default int alignment() {
        return 1;
    }

    /** A one-line description for generated documentation, e.g. {@code uint32 LE}. */
    String describe();

    /**
     * An integer of {@code width} bytes held in a Java {@code javaType} (BYTE, SHORT, INT or LONG).
     * An unsigned value of 8 bytes is carried as the raw bits of a long.
     */
    record IntKind(int width, boolean signed, TypeKind javaType, Endian endian) implements FieldKind {
        @Override public int size() { return width; }
        @Override public int alignment() { return Integer.bitCount(width) == 1 ? width : 1; }
        @Override public String describe() {
            return (signed ? "int" : "uint") + (8 * width) + (width > 1 ? " " + endianTag(endian) : "");
        }
    }

    /** A {@code float} (width 4) or {@code double} (width 8), IEEE 754. */
    record FloatKind(int width, Endian endian) implements FieldKind {
        @Override public int size() { return width; }
        @Override public int alignment() { return width; }
        @Override public String describe() { return (width == 4 ? "float32 " : "float64 ") + endianTag(endian); }
    }

    /** A {@code boolean}: one byte, 1 for true; any non-zero byte decodes as true, as in Python. */
    record BoolKind() implements FieldKind {
        @Override public int size() { return 1; }
        @Override public String describe() { return "bool"; }
    }

    /** A {@code byte[]} of exactly {@code size} bytes, shorter values padded with {@code pad}. */
    record FixedBytesKind(int size, int pad) implements FieldKind {
        @Override public String describe() { return "byte[" + size + "]"; }
    }

    /** A {@code String} of exactly {@code size} encoded bytes, padded with {@code pad}. */
    record FixedStringKind(int size, int pad, String charset) implements FieldKind {
        @Override public String describe() { return "char[" + size + "] " + charset; }
    }

    /** A {@code @WireEnum} constant, written as its unsigned code of {@code width} bytes. */
    record EnumKind(ClassName enumType, ClassName codesType, int width, Endian endian) implements FieldKind {
        @Override public int size() { return width; }
        @Override public int alignment() { return Integer.bitCount(width) == 1 ? width : 1; }
        @Override public String describe() { return enumType.simpleName() + " (uint" + (8 * width) + ")"; }
    }

    /** Another {@code @Message} record, encoded by its own codec. */
    record NestedKind(ClassName messageType, ClassName codecType, int size) implements FieldKind {
        @Override public String describe() { return messageType.simpleName(); }
    }

    private static String endianTag(Endian endian) {
        return endian == Endian.BIG ? "BE" : "LE";
    }
}

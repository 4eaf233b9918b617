package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.BYTES;

import com.palantir.javapoet.CodeBlock;
import io.wireform.annotations.Endian;
import io.wireform.processor.model.FieldKind;
import javax.lang.model.type.TypeKind;

/**
 * Reads and writes of integers and floating-point numbers at an index, in the shape a person would
 * write: one byte with {@code get}, power-of-two widths through {@code Bytes} view handles, other
 * widths byte by byte, unsigned values masked.
 */
final class NumberCode {
    private NumberCode() {}

    /** An expression of the Java type {@code target} reading {@code width} bytes at {@code at}. */
    static CodeBlock readInt(int width, boolean signed, TypeKind target, Endian endian, CodeBlock at) {
        return readInt(width, signed, target, endian, at, "in");
    }

    /** As {@link #readInt(int, boolean, TypeKind, Endian, CodeBlock)}, from the buffer named {@code buffer}. */
    static CodeBlock readInt(int width, boolean signed, TypeKind target, Endian endian, CodeBlock at, String buffer) {
        String e = suffix(endian);
        CodeBlock raw;
        TypeKind rawType;
        switch (width) {
            case 1 -> {
                raw = signed ? CodeBlock.of("$L.get($L)", buffer, at) : CodeBlock.of("$L.get($L) & 0xFF", buffer, at);
                rawType = signed ? TypeKind.BYTE : TypeKind.INT;
            }
            case 2 -> {
                raw = signed ? CodeBlock.of("$T.getShort$L($L, $L)", BYTES, e, buffer, at)
                        : CodeBlock.of("$T.getShort$L($L, $L) & 0xFFFF", BYTES, e, buffer, at);
                rawType = signed ? TypeKind.SHORT : TypeKind.INT;
            }
            case 4 -> {
                raw = signed ? CodeBlock.of("$T.getInt$L($L, $L)", BYTES, e, buffer, at)
                        : CodeBlock.of("$T.getInt$L($L, $L) & 0xFFFFFFFFL", BYTES, e, buffer, at);
                rawType = signed ? TypeKind.INT : TypeKind.LONG;
            }
            case 8 -> {
                raw = CodeBlock.of("$T.getLong$L($L, $L)", BYTES, e, buffer, at);
                rawType = TypeKind.LONG;
            }
            default -> {
                raw = CodeBlock.of("$T.get$L$L($L, $L, $L)", BYTES, signed ? "Signed" : "Unsigned", e, buffer, at, width);
                rawType = TypeKind.LONG;
            }
        }
        if (FieldKind.IntKind.javaBits(rawType) <= FieldKind.IntKind.javaBits(target)) {
            return raw;
        }
        boolean masked = !signed && (width == 1 || width == 2 || width == 4);
        return CodeBlock.of(masked ? "($L) ($L)" : "($L) $L", javaName(target), raw);
    }

    /**
     * A statement writing the low {@code width} bytes of {@code value}, an expression of Java type
     * {@code valueType}, at {@code at}.
     */
    static CodeBlock writeInt(int width, Endian endian, CodeBlock at, CodeBlock value, TypeKind valueType) {
        String e = suffix(endian);
        return switch (width) {
            case 1 -> CodeBlock.of("out.put($L, $L)", at, narrowed(value, valueType, TypeKind.BYTE));
            case 2 -> CodeBlock.of("$T.putShort$L(out, $L, $L)", BYTES, e, at, narrowed(value, valueType, TypeKind.SHORT));
            case 4 -> CodeBlock.of("$T.putInt$L(out, $L, $L)", BYTES, e, at, narrowed(value, valueType, TypeKind.INT));
            case 8 -> CodeBlock.of("$T.putLong$L(out, $L, $L)", BYTES, e, at, value);
            default -> CodeBlock.of("$T.put$L(out, $L, $L, $L)", BYTES, e, at, width, value);
        };
    }

    private static CodeBlock narrowed(CodeBlock value, TypeKind from, TypeKind to) {
        if (FieldKind.IntKind.javaBits(from) <= FieldKind.IntKind.javaBits(to)) {
            return value;
        }
        boolean compound = value.toString().contains(" ");
        return CodeBlock.of(compound ? "($L) ($L)" : "($L) $L", javaName(to), value);
    }

    static CodeBlock readFloat(int width, Endian endian, CodeBlock at) {
        if (width == 2) {
            return CodeBlock.of("$T.toFloat($T.getShort$L(in, $L))", HALFS, BYTES, suffix(endian), at);
        }
        return CodeBlock.of("$T.get$L$L(in, $L)", BYTES, width == 4 ? "Float" : "Double", suffix(endian), at);
    }

    /** Writes a float or double; a half's {@code value} is already its 16 bits (a {@code short}). */
    static CodeBlock writeFloat(int width, Endian endian, CodeBlock at, CodeBlock value) {
        if (width == 2) {
            return CodeBlock.of("$T.putShort$L(out, $L, $L)", BYTES, suffix(endian), at, value);
        }
        return CodeBlock.of("$T.put$L$L(out, $L, $L)", BYTES, width == 4 ? "Float" : "Double", suffix(endian), at, value);
    }

    private static final com.palantir.javapoet.ClassName HALFS =
            com.palantir.javapoet.ClassName.get("io.wireform.runtime.support", "Halfs");

    /** {@code value + n} or {@code value - |n|}, as a person would write it. */
    static CodeBlock plus(CodeBlock value, long n) {
        return n >= 0 ? CodeBlock.of("$L + $L", value, n) : CodeBlock.of("$L - $L", value, -n);
    }

    /** The {@code Checksums} method that computes {@code type}. */
    static String checksumMethod(io.wireform.annotations.ChecksumType type) {
        return switch (type) {
            case CRC8 -> "crc8";
            case CRC16_MODBUS -> "crc16Modbus";
            case CRC16_CCITT_FALSE -> "crc16CcittFalse";
            case CRC32 -> "crc32";
            case CRC32C -> "crc32c";
            case SUM8 -> "sum8";
            case XOR8 -> "xor8";
        };
    }

    static String javaName(TypeKind kind) {
        return kind.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String suffix(Endian endian) {
        return endian == Endian.BIG ? "BE" : "LE";
    }
}

package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.FRAMES;

import com.palantir.javapoet.CodeBlock;
import io.wireform.annotations.Endian;
import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * Writes and checks of magic and end markers. A marker of 1, 2, 4 or 8 bytes is one number, written
 * and compared as one, as a person would; any other length goes through its byte-array constant.
 * The constant is declared in both cases: it names the marker in the error that reports a mismatch.
 */
final class MarkerCode {
    private MarkerCode() {}

    /** A statement writing {@code marker} (declared as {@code constant}) at {@code at} of {@code out}. */
    static CodeBlock write(List<Integer> marker, String constant, CodeBlock at) {
        if (!asNumber(marker)) {
            return CodeBlock.of("out.put($L, $L)", at, constant);
        }
        return NumberCode.writeInt(marker.size(), Endian.BIG, at, literal(marker), kind(marker));
    }

    /** Statements that throw, naming {@code path}, unless {@code marker} is at {@code at} of {@code in}. */
    static CodeBlock check(List<Integer> marker, String constant, CodeBlock at, String path) {
        if (!asNumber(marker)) {
            return CodeBlock.builder()
                    .addStatement("$T.expectMarker(in, start, $L, $L, $S)", FRAMES, at, constant, path)
                    .build();
        }
        CodeBlock read = NumberCode.readInt(marker.size(), true, kind(marker), Endian.BIG, at);
        return CodeBlock.builder()
                .beginControlFlow("if ($L != $L)", read, literal(marker))
                .addStatement("throw $T.wrongMarker(in, start, $L, $L, $S)", FRAMES, at, constant, path)
                .endControlFlow()
                .build();
    }

    private static boolean asNumber(List<Integer> marker) {
        int n = marker.size();
        return n == 1 || n == 2 || n == 4 || n == 8;
    }

    private static TypeKind kind(List<Integer> marker) {
        return switch (marker.size()) {
            case 1 -> TypeKind.BYTE;
            case 2 -> TypeKind.SHORT;
            case 4 -> TypeKind.INT;
            default -> TypeKind.LONG;
        };
    }

    /** The marker's bytes, first byte most significant: {@code (short) 0xFDAA}, {@code 0x4D5154544CL}. */
    private static CodeBlock literal(List<Integer> marker) {
        StringBuilder hex = new StringBuilder("0x");
        for (int b : marker) {
            hex.append(String.format("%02X", b));
        }
        return switch (marker.size()) {
            case 1 -> CodeBlock.of("(byte) $L", hex);
            case 2 -> CodeBlock.of("(short) $L", hex);
            case 4 -> CodeBlock.of("$L", hex);
            default -> CodeBlock.of("$LL", hex);
        };
    }
}

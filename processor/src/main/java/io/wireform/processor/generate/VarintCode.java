package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.LENENCS;
import static io.wireform.processor.generate.RuntimeTypes.NULLS;
import static io.wireform.processor.generate.RuntimeTypes.VARINTS;

import com.palantir.javapoet.CodeBlock;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.Width;
import io.wireform.processor.model.Extent;

/**
 * The runtime calls for the variable-length number encodings, whichever a value or a prefix uses:
 * LEB128 and MQTT's remaining length ({@code Varints}) or MySQL's length-encoded integer
 * ({@code Lenencs}). Each takes the encoding as the {@link Width} it writes a length or count with.
 */
final class VarintCode {
    private VarintCode() {}

    /** The width a {@code @Varint} value's raw number is written with. */
    static Width width(VarintKind encoding) {
        return switch (encoding) {
            case LEB128, ZIGZAG -> Width.VARINT;
            case MQTT -> Width.MQTT;
            case LENENC -> Width.LENENC;
        };
    }

    /** Most bytes the encoding takes. */
    static int maxBytes(Width width) {
        return width == Width.MQTT ? 4 : width == Width.LENENC ? 9 : 10;
    }

    static CodeBlock sizeOf(Width width, Object value) {
        return CodeBlock.of("$T.sizeOf($L)", width == Width.LENENC ? LENENCS : VARINTS, value);
    }

    static CodeBlock put(Width width, Object at, Object value) {
        return CodeBlock.of("$T.put(out, $L, $L)", width == Width.LENENC ? LENENCS : VARINTS, at, value);
    }

    static CodeBlock get(Width width, Object at) {
        return CodeBlock.of("$T.get(in, $L)", width == Width.LENENC ? LENENCS : VARINTS, at);
    }

    /**
     * The length of the number at {@code at}, or NEED_MORE when {@code limit} comes first; an invalid one
     * is an error. {@code frameStart} names the frame's start.
     */
    static CodeBlock length(Width width, boolean nullable, Object frameStart, Object at, Object limit, String path) {
        return width == Width.LENENC
                ? CodeBlock.of("$T.length(in, $L, $L, $L, $L, $S)", LENENCS, frameStart, at, limit, nullable, path)
                : CodeBlock.of("$T.length(in, $L, $L, $L, $L, $S)", VARINTS, frameStart, at, limit, maxBytes(width), path);
    }

    /** Whether the NULL marker of a nullable prefix is at {@code at}, whose bytes are there. */
    static CodeBlock isNull(Extent.Prefixed prefix, Object at) {
        return prefix.width() == Width.LENENC ? CodeBlock.of("$T.lenenc(in, $L)", NULLS, at)
                : CodeBlock.of("$T.allOnes(in, $L, $L)", NULLS, at, prefix.width().bytes());
    }

    /** Writes the NULL marker of a nullable prefix at {@code at}. */
    static CodeBlock putNull(Extent.Prefixed prefix, Object at) {
        return prefix.width() == Width.LENENC ? CodeBlock.of("$T.putNull(out, $L)", LENENCS, at)
                : CodeBlock.of("$T.putAllOnes(out, $L, $L)", NULLS, at, prefix.width().bytes());
    }

    /** The index past the number at {@code at}; cut off is an error, in a region's terms when {@code limit} is one. */
    static CodeBlock end(Width width, boolean nullable, Object at, String limit, String path) {
        return width == Width.LENENC
                ? CodeBlock.of("$T.$L(in, start, $L, $L, $L, $S)", LENENCS, ValueReads.inRegion(limit, "end"), at, limit,
                        nullable, path)
                : CodeBlock.of("$T.$L(in, start, $L, $L, $L, $S)", FRAMES, ValueReads.inRegion(limit, "varintEnd"), at,
                        limit, maxBytes(width), path);
    }
}

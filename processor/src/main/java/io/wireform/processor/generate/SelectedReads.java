package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.UNKNOWN_TAG;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_EXCEPTION;

import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import javax.lang.model.type.TypeKind;

/**
 * The decode of a component whose record an earlier component chooses ({@code @SelectedBy}), written
 * into the holder's own decode as a hand-written one would be: one {@code switch} on the selector's
 * value (a chain of comparisons where a tag is a range or the selector does not fit an {@code int}),
 * and in each case the chosen record decoded directly. A fixed-size record is checked and read in
 * place ({@code decodeAt}), without moving the input's position; any other calls its codec.
 *
 * <p>Errors are those of the protocol's codec, which its {@code decode} still throws for other callers:
 * the record's error under the protocol's name ({@code under}), then placed at the component.
 */
final class SelectedReads {
    private SelectedReads() {}

    /**
     * Declares {@code local} holding the record that {@code k}'s selector chooses at {@code at}, and
     * assigns the index past it to {@code position}.
     *
     * @param end the expression of the index the record's decode may read to
     * @param rethrow the statement that places a caught {@code e}, already under the protocol's name,
     *     at the component (and resets the position)
     */
    static CodeBlock read(FieldKind.SelectedKind k, String local, CodeBlock at, CodeBlock end, String position,
                          CodeBlock rethrow) {
        ProtocolModel protocol = k.protocol();
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $L", k.protocolType(), local)
                .beginControlFlow("try");
        String selector = intSelector(k);
        if (selector != null) {
            code.beginControlFlow("switch ($L)", selector);
            for (ProtocolModel.Variant v : protocol.tagged()) {
                code.add("case $L -> {\n", v.tag()).indent()
                        .add(variant(v.message(), local, at, end, position))
                        .unindent().add("}\n");
            }
            code.add("default -> {\n").indent()
                    .add(otherwise(k, protocol, local, at, end, position))
                    .unindent().add("}\n")
                    .endControlFlow();
        } else {
            CodeBlock value = Selectors.decoded(k);
            boolean first = true;
            for (ProtocolModel.Variant v : protocol.tagged()) {
                CodeBlock test = v.isRange()
                        ? CodeBlock.of("($L) >= $LL && ($L) <= $LL", value, v.tag(), value, v.tagTo())
                        : CodeBlock.of("($L) == $LL", value, v.tag());
                if (first) {
                    code.beginControlFlow("if ($L)", test);
                } else {
                    code.nextControlFlow("else if ($L)", test);
                }
                first = false;
                code.add(variant(v.message(), local, at, end, position));
            }
            if (!first) {
                code.nextControlFlow("else");
            }
            code.add(otherwise(k, protocol, local, at, end, position));
            if (!first) {
                code.endControlFlow();
            }
        }
        return code.nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .add(rethrow)
                .endControlFlow()
                .build();
    }

    /**
     * The selector as an {@code int} a {@code switch} can take, or null: an integer held in a Java type
     * of at most 32 bits that every tag fits, or an enum code below 2^31, when no tag is a range.
     */
    private static String intSelector(FieldKind.SelectedKind k) {
        ProtocolModel protocol = k.protocol();
        if (protocol.tagged().isEmpty() || protocol.tagged().stream().anyMatch(ProtocolModel.Variant::isRange)) {
            return null;
        }
        long min;
        long max;
        String value;
        if (k.selectorKind() instanceof FieldKind.IntKind i && i.javaType() != TypeKind.LONG) {
            min = i.javaType() == TypeKind.BYTE ? Byte.MIN_VALUE : i.javaType() == TypeKind.SHORT ? Short.MIN_VALUE
                    : Integer.MIN_VALUE;
            max = i.javaType() == TypeKind.BYTE ? Byte.MAX_VALUE : i.javaType() == TypeKind.SHORT ? Short.MAX_VALUE
                    : Integer.MAX_VALUE;
            value = References.decoded(k.selector(), k.reference()).toString();
        } else if (k.selectorKind() instanceof FieldKind.EnumKind e && e.width() < 4 && k.reference() == null) {
            min = 0;
            max = Integer.MAX_VALUE;
            value = "(int) " + Selectors.codeLocal(k.selector());
        } else {
            return null;
        }
        boolean fits = protocol.tagged().stream().allMatch(v -> v.tag() >= min && v.tag() <= max);
        return fits ? value : null;
    }

    /** Reads {@code message}'s record at {@code at}: in place when it is fixed-size, else by its codec. */
    private static CodeBlock variant(MessageModel message, String local, CodeBlock at, CodeBlock end, String position) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (message.isInPlace()) {
            // what its codec's decode does, without moving the position
            return code.addStatement("$T.need(in, $L, $L, $T.ENCODED_LENGTH, $L, $S)", FRAMES, at, at,
                            message.codecType(), end, message.pathName())
                    .addStatement("$L = $T.decodeAt(in, $L)", local, message.codecType(), at)
                    .addStatement("$L = $L + $T.ENCODED_LENGTH", position, at, message.codecType())
                    .build();
        }
        return code.addStatement("in.position($L)", at)
                .addStatement(message.usesOrigin() ? "$L = $T.INSTANCE.decodeWithin(in, $L, origin)"
                        : "$L = $T.INSTANCE.decode(in, $L)", local, message.codecType(), end)
                .addStatement("$L = in.position()", position)
                .addStatement("in.position(start)")
                .build();
    }

    /** A value no record's tag has: the fallback record, else the protocol codec's error for it. */
    private static CodeBlock otherwise(FieldKind.SelectedKind k, ProtocolModel protocol, String local, CodeBlock at,
                                       CodeBlock end, String position) {
        if (protocol.fallback().isPresent()) {
            return variant(protocol.fallback().get(), local, at, end, position);
        }
        // the path is completed by the catch, which puts it under the protocol's name
        return CodeBlock.builder().addStatement("throw new $T(in, $L, $L, $S, $L, $S)", UNKNOWN_TAG, at, at,
                "<selector>", Selectors.decoded(k), SelectedGenerator.known(protocol)).build();
    }
}

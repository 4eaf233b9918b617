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
 * the record's error under the protocol's name ({@code under}), then placed at the component. Only the
 * cases that can fail have a handler doing that: a record read in place whose fields check nothing
 * ({@link MessageModel#decodesUnchecked()}) has its bounds checked by one call that builds the placed
 * error apart ({@code Frames.needChosen}), so that the holder's decode stays small enough for the JIT
 * to inline where it is called, as it inlines a hand-written {@code switch}.
 */
final class SelectedReads {
    private SelectedReads() {}

    /**
     * Where the errors of the chosen record go: the component's {@code path}, {@code fromStart} bytes
     * into the holder's frame, {@code inRegion} when it is read inside a length region; {@code rethrow}
     * the statements that place a caught {@code e} there (and reset the position).
     */
    record Placement(String path, CodeBlock fromStart, boolean inRegion, CodeBlock rethrow) {}

    /**
     * A length region that the component ends: {@code regionEnd} the variable of its end, {@code lengthPath}
     * the length field's path. Each case checks that the record ended it; a record read in place that
     * checks nothing, with its bounds, in one comparison ({@code Frames.fillChosen}).
     */
    record Fill(String regionEnd, String lengthPath) {}

    /**
     * Declares {@code local} holding the record that {@code k}'s selector chooses at {@code at}, and
     * assigns the index past it to {@code position}.
     *
     * @param end the expression of the index the record's decode may read to
     * @param fill the length region the component ends, which each case checks it ended, or null
     */
    static CodeBlock read(FieldKind.SelectedKind k, String local, CodeBlock at, CodeBlock end, String position,
                          Placement placement, Fill fill) {
        ProtocolModel protocol = k.protocol();
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $L", k.protocolType(), local);
        String selector = intSelector(k);
        if (selector != null) {
            code.beginControlFlow("switch ($L)", selector);
            for (ProtocolModel.Variant v : protocol.tagged()) {
                code.add("case $L -> {\n", v.tag()).indent()
                        .add(variant(protocol, v.message(), local, at, end, position, placement, fill))
                        .unindent().add("}\n");
            }
            code.add("default -> {\n").indent()
                    .add(otherwise(k, protocol, local, at, end, position, placement, fill))
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
                code.add(variant(protocol, v.message(), local, at, end, position, placement, fill));
            }
            if (!first) {
                code.nextControlFlow("else");
            }
            code.add(otherwise(k, protocol, local, at, end, position, placement, fill));
            if (!first) {
                code.endControlFlow();
            }
        }
        return code.build();
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

    /**
     * Reads {@code message}'s record at {@code at}: in place when it is fixed-size, else by its codec;
     * what can fail inside a handler that places the error.
     */
    private static CodeBlock variant(ProtocolModel protocol, MessageModel message, String local, CodeBlock at,
                                     CodeBlock end, String position, Placement placement, Fill fill) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (message.isInPlace()) {
            // what its codec's decode does, without moving the position
            CodeBlock read = CodeBlock.builder()
                    .addStatement("$L = $T.decodeAt(in, $L)", local, message.codecType(), at).build();
            if (fill != null && message.decodesUnchecked()) {
                // nothing to read can fail: the region's end is checked with the bounds
                return code.addStatement("$T.fillChosen(in, start, $L, $T.ENCODED_LENGTH, $L, $S, $S, $S, $L, $S)",
                                FRAMES, at, message.codecType(), fill.regionEnd(), message.pathName(),
                                protocol.pathName(), placement.path(), placement.fromStart(), fill.lengthPath())
                        .add(read)
                        .addStatement("$L = $L + $T.ENCODED_LENGTH", position, at, message.codecType())
                        .build();
            }
            code.addStatement("$T.needChosen(in, $L, $T.ENCODED_LENGTH, $L, $L, $S, $S, $S, $L)", FRAMES, at,
                    message.codecType(), end, placement.inRegion(), message.pathName(), protocol.pathName(),
                    placement.path(), placement.fromStart());
            code.add(message.decodesUnchecked() ? read : guarded(read, placement))
                    .addStatement("$L = $L + $T.ENCODED_LENGTH", position, at, message.codecType());
        } else if (message.decodesInRegion()) {
            // it fills what it is given, read at its bounds without moving the position
            CodeBlock read = CodeBlock.builder()
                    .addStatement("$L = $T.decodeRegion(in, $L, $L)", local, message.codecType(), at, end)
                    .addStatement("$L = $L", position, end)
                    .build();
            boolean fills = fill != null && end.toString().equals(fill.regionEnd());
            // from a region's start to its end, a record that checks nothing cannot fail
            code.add(fills && message.decodesRegionUnchecked() ? read : guarded(read, placement));
            if (fills) {
                return code.build();
            }
        } else {
            code.add(guarded(CodeBlock.builder()
                    .addStatement("in.position($L)", at)
                    .addStatement(message.usesOrigin() ? "$L = $T.INSTANCE.decodeWithin(in, $L, origin)"
                            : "$L = $T.INSTANCE.decode(in, $L)", local, message.codecType(), end)
                    .addStatement("$L = in.position()", position)
                    .addStatement("in.position(start)")
                    .build(), placement));
        }
        if (fill != null) {
            code.addStatement("$T.expectRegionEnd(in, start, $L, $L, $S)", FRAMES, position, fill.regionEnd(),
                    fill.lengthPath());
        }
        return code.build();
    }

    private static CodeBlock guarded(CodeBlock read, Placement placement) {
        return CodeBlock.builder()
                .beginControlFlow("try")
                .add(read)
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .add(placement.rethrow())
                .endControlFlow()
                .build();
    }

    /** A value no record's tag has: the fallback record, else the protocol codec's error for it, placed. */
    private static CodeBlock otherwise(FieldKind.SelectedKind k, ProtocolModel protocol, String local, CodeBlock at,
                                       CodeBlock end, String position, Placement placement, Fill fill) {
        if (protocol.fallback().isPresent()) {
            return variant(protocol, protocol.fallback().get(), local, at, end, position, placement, fill);
        }
        // the path is completed by the placement, which puts it under the protocol's name
        return CodeBlock.builder().addStatement("$T e = new $T(in, $L, $L, $S, $L, $S)", WIRE_EXCEPTION, UNKNOWN_TAG,
                        at, at, "<selector>", Selectors.decoded(k), SelectedGenerator.known(protocol))
                .add(placement.rethrow())
                .build();
    }
}

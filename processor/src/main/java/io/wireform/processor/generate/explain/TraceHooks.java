package io.wireform.processor.generate.explain;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.generate.DecodeHooks;
import io.wireform.processor.generate.Selectors;
import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;

/**
 * The statements of {@code decodeTraced}: after each item the decode passes, a call that tells the
 * {@code trace} parameter where it lay and what it held. A nested record is told of before it is read
 * (so that a failure inside it can still show its fields) and after, with its codec, which the trace
 * asks for the record's own fields.
 */
public final class TraceHooks implements DecodeHooks {
    /** The name of {@code decodeTraced}'s trace parameter. */
    public static final String TRACE = "trace";

    @Override
    public CodeBlock marker(String path, CodeBlock at, int size) {
        return CodeBlock.builder().addStatement("$L.marker($S, $L, $L + $L)", TRACE, path, at, at, size).build();
    }

    @Override
    public CodeBlock padding(String path, CodeBlock at, int size) {
        if (size == 0) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().addStatement("$L.padding($S, $L, $L + $L)", TRACE, path, at, at, size).build();
    }

    @Override
    public CodeBlock beforeField(FieldModel field, String path, CodeBlock from, String fromLocal) {
        CodeBlock.Builder code = CodeBlock.builder().addStatement("int $L = $L", fromLocal, from);
        ClassName codec = nestedCodec(field.kind());
        if (codec != null) {
            code.addStatement("$L.enter($S, $L, $T.INSTANCE)", TRACE, path, fromLocal, codec);
        }
        FieldKind.SelectedKind selected = selected(field.kind());
        if (selected != null) {
            code.addStatement("$L.enter($S, $L, $T.INSTANCE, $L)", TRACE, path, fromLocal, selected.codecType(),
                    Selectors.decoded(selected));
        }
        return code.build();
    }

    @Override
    public CodeBlock afterField(FieldModel field, String path, String local, String fromLocal, CodeBlock to) {
        ClassName codec = nestedCodec(field.kind());
        if (codec != null) {
            return CodeBlock.builder().addStatement("$L.nested($S, $L, $L, $L, $T.INSTANCE)", TRACE, path, fromLocal, to,
                    local, codec).build();
        }
        FieldKind.SelectedKind selected = selected(field.kind());
        if (selected != null) {
            return CodeBlock.builder().addStatement("$L.nested($S, $L, $L, $L, $T.INSTANCE, $L)", TRACE, path, fromLocal, to,
                    local, selected.codecType(), Selectors.decoded(selected)).build();
        }
        if (field.kind() instanceof FieldKind.ListKind list && list.element() instanceof FieldKind.NestedKind element) {
            // a list of records: a row per element, and under it the element's fields
            // its elements start after its count, where the list's read put them (a terminated list has none)
            String elementsFrom = list.extent() instanceof Extent.Terminated ? fromLocal : local + "At";
            return CodeBlock.builder().addStatement("$L.elements($S, $L, $L, $L, $L, $T.INSTANCE)", TRACE, path, fromLocal,
                    elementsFrom, to, local, element.codecType()).build();
        }
        if (field.isDerived()) {
            // a @CountOf count: no component of the record, computed on encode and read to size its list
            return CodeBlock.builder().addStatement("$L.derived($S, $L, $L, $L, $S)", TRACE, path, fromLocal, to, local,
                    "count, derived").build();
        }
        if (field.range() != null) {
            return CodeBlock.builder().addStatement("$L.ranged($S, $L, $L, $L, $S)", TRACE, path, fromLocal, to, local,
                    field.range().text()).build();
        }
        String method = field.constant().isPresent() ? "constant" : "field";
        return CodeBlock.builder().addStatement("$L.$L($S, $L, $L, $L)", TRACE, method, path, fromLocal, to, local).build();
    }

    @Override
    public CodeBlock elements(FieldKind.ListKind list, String path, CodeBlock from, CodeBlock elementsFrom, String limit) {
        if (!(list.element() instanceof FieldKind.NestedKind element)) {
            return CodeBlock.of("");
        }
        // told before the elements are read, so that a failure in one still shows those before it
        return CodeBlock.builder().addStatement("$L.enterElements($S, $L, $L, $L, $T.INSTANCE)", TRACE, path, from,
                elementsFrom, limit, element.codecType()).build();
    }

    @Override
    public CodeBlock bits(Item.BitGroup group, Item.BitMember member, String path, CodeBlock at, CodeBlock value) {
        if (member.range() != null) {
            return CodeBlock.builder().addStatement("$L.rangedBits($S, $L, $L, $L, $L, $L, $S)", TRACE, path, at,
                    group.bytes(), member.shift(), member.bits(), value, member.range().text()).build();
        }
        return CodeBlock.builder().addStatement("$L.bits($S, $L, $L, $L, $L, $L, $L, $L)", TRACE, path, at, group.bytes(),
                member.shift(), member.bits(), value, member.tag(), member.constant().isPresent() && !member.tag()).build();
    }

    @Override
    public CodeBlock length(String path, CodeBlock from, CodeBlock to, String value) {
        return CodeBlock.builder().addStatement("$L.derived($S, $L, $L, $L, $S)", TRACE, path, from, to, value, "length, checked")
                .build();
    }

    @Override
    public CodeBlock checksum(String path, CodeBlock at, int width, String value) {
        long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
        return CodeBlock.builder().addStatement("$L.derived($S, $L, $L + $L, $L & 0x$LL, $S)", TRACE, path, at, at, width,
                value, Long.toHexString(mask), "checksum, checked").build();
    }

    /** The selected record (or an optional one) whose fields the trace shows, else null. */
    private static FieldKind.SelectedKind selected(FieldKind kind) {
        FieldKind inner = kind instanceof FieldKind.OptionalKind o ? o.inner() : kind;
        return inner instanceof FieldKind.SelectedKind k ? k : null;
    }

    /** The codec of a nested record (or an optional one) whose fields the trace shows, else null. */
    private static ClassName nestedCodec(FieldKind kind) {
        FieldKind inner = kind instanceof FieldKind.OptionalKind o ? o.inner() : kind;
        return inner instanceof FieldKind.NestedKind n ? n.codecType() : null;
    }
}

package io.wireform.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.model.Reference;
import io.wireform.processor.model.ValueRange;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * The value a size, count, condition or choice takes from earlier in the record, as an expression:
 * a plain component's local or accessor, or, for a {@link Reference}, the accessors along a path into
 * nested records, the first alternative that applies giving the value. Decode and encode follow the
 * records' accessors; {@code frameLength} reads the value from the bytes at its constant offset inside
 * the nested record where it has one (an enum's code as the constant decode gives: a code no constant has
 * is the {@code @Fallback} constant's), and otherwise decodes the nested record, whose bytes the walk has
 * then passed.
 */
final class References {
    private References() {}

    /** In decode: from the locals the earlier components were read into. */
    static CodeBlock decoded(String field, Reference reference) {
        if (reference == null) {
            return CodeBlock.of("$L", Names.local(field));
        }
        return choose(reference, path -> CodeBlock.of("$L", Names.local(path.first())));
    }

    /** In encode: from the record being written. */
    static CodeBlock encoded(String field, Reference reference) {
        if (reference == null) {
            return CodeBlock.of("message.$L()", field);
        }
        return choose(reference, path -> CodeBlock.of("message.$L()", path.first()));
    }

    /** The first alternative that applies, each followed from the value {@code start} gives for its first step. */
    private static CodeBlock choose(Reference reference, java.util.function.Function<Reference.Path, CodeBlock> start) {
        List<Reference.Path> paths = reference.alternatives();
        CodeBlock value = follow(paths.get(paths.size() - 1), start.apply(paths.get(paths.size() - 1)), null);
        for (int i = paths.size() - 2; i >= 0; i--) {
            List<CodeBlock> tests = new ArrayList<>();
            CodeBlock applies = follow(paths.get(i), start.apply(paths.get(i)), tests);
            value = CodeBlock.of("($L ? $L : $L)", CodeBlock.join(tests, " && "), applies, value);
        }
        return value;
    }

    /** The accessors from {@code value} along {@code path}; a selected step adds its test to {@code tests}. */
    private static CodeBlock follow(Reference.Path path, CodeBlock value, List<CodeBlock> tests) {
        List<Reference.Hop> hops = path.hops();
        for (int i = 0; i < hops.size(); i++) {
            Reference.Hop hop = hops.get(i);
            if (hop.selectedFrom() != null) {
                ClassName variant = hop.record().messageType();
                tests.add(CodeBlock.of("$L instanceof $T", value, variant));
                value = CodeBlock.of("(($T) $L)", variant, value);
            }
            String next = i + 1 < hops.size() ? hops.get(i + 1).component() : path.leaf();
            value = CodeBlock.of("$L.$L()", value, next);
        }
        return value;
    }

    /** The components whose position {@code frameLength} keeps because a path starts there. */
    static void anchors(Reference reference, java.util.Set<String> anchors, java.util.Set<String> control) {
        for (Reference.Path path : reference.alternatives()) {
            if (path.hops().isEmpty()) {
                control.add(path.leaf());
            } else {
                anchors.add(path.first());
            }
        }
    }

    /** The local holding where an anchor component starts in {@code frameLength}. */
    static String at(String component) {
        return Names.local(component) + "At";
    }

    /** The local holding where an anchor component ends in {@code frameLength}. */
    static String end(String component) {
        return Names.local(component) + "End";
    }

    /**
     * In {@code frameLength}: a long (or a boolean, for a boolean leaf) read from the bytes the walk has
     * passed. {@code model} is the record being measured; {@code selector} gives the value choosing a
     * selected component's record.
     */
    static CodeBlock peeked(String field, Reference reference, MessageModel model,
                            java.util.function.Function<FieldKind.SelectedKind, CodeBlock> selector) {
        if (reference == null) {
            return CodeBlock.of("$L", Names.local(field));
        }
        List<Reference.Path> paths = reference.alternatives();
        CodeBlock value = peekedPath(paths.get(paths.size() - 1), model, selector);
        for (int i = paths.size() - 2; i >= 0; i--) {
            Reference.Path path = paths.get(i);
            Reference.Hop hop = path.hops().get(0); // only a selected first step makes a path not always apply
            FieldKind.SelectedKind kind = selectedKind(model, hop.component());
            CodeBlock chosen = chosen(hop.selectedFrom(), hop.record(), selector.apply(kind));
            value = CodeBlock.of("($L ? $L : $L)", chosen, peekedPath(path, model, selector), value);
        }
        return value;
    }

    private static CodeBlock peekedPath(Reference.Path path, MessageModel model,
                                        java.util.function.Function<FieldKind.SelectedKind, CodeBlock> selector) {
        if (path.hops().isEmpty()) {
            return CodeBlock.of("$L", Names.local(path.leaf()));
        }
        String first = path.first();
        int offset = 0;
        for (int i = 0; i < path.hops().size() && offset >= 0; i++) {
            String next = i + 1 < path.hops().size() ? path.hops().get(i + 1).component() : path.leaf();
            int inner = offsetOf(path.hops().get(i).record(), next);
            offset = inner < 0 ? -1 : offset + inner;
        }
        MessageModel last = path.hops().get(path.hops().size() - 1).record();
        if (offset >= 0) {
            CodeBlock at = offset == 0 ? CodeBlock.of("(int) $L", at(first))
                    : CodeBlock.of("(int) ($L + $L)", at(first), offset);
            CodeBlock read = read(last, path.leaf(), at);
            if (read != null && leafKind(last, path.leaf()) instanceof FieldKind.EnumKind e && e.fallback()) {
                // decode reads the constant the nested record decoded: a code no constant has is the fallback's
                CodeBlock code = isMember(last, path.leaf()) ? CodeBlock.of("(int) ($L)", read)
                        : NumberCode.readInt(e.width(), e.width() == 4, TypeKind.INT, e.endian(), at);
                return Selectors.code(e, CodeBlock.of("$T.fromCode($L)", e.codesType(), code),
                        model.pathName() + "." + path.text());
            }
            ValueRange range = read == null ? null : leafRange(last, path.leaf());
            if (range != null) {
                // a value outside its @Range is the error decode finds in the nested record, placed as decode places it
                return CodeBlock.of("$T.expectRange(in, start, $L, $L, $LL, $LL, $S)", RuntimeTypes.FRAMES,
                        at, read, range.from(), range.to(), decodedPath(path, model));
            }
            if (read != null) {
                return CodeBlock.of("($L)", read); // a read may end in a mask, which binds looser than a later test
            }
        }
        // not at a constant offset: decode the record the path starts in, whose bytes the walk has passed
        Reference.Hop hop = path.hops().get(0);
        CodeBlock slice = CodeBlock.of("in.duplicate().position((int) $L)", at(first));
        CodeBlock decoded;
        if (hop.selectedFrom() != null) {
            decoded = CodeBlock.of("(($T) $T.INSTANCE.decode($L, (int) $L, $L))", hop.record().messageType(),
                    hop.selectedFrom().codecType(), slice, end(first), selector.apply(selectedKind(model, first)));
        } else if (hop.record().usesOrigin()) {
            // its @Using values read relative to the outermost frame: this one, when it is measured on its own
            decoded = CodeBlock.of("$T.INSTANCE.decodeWithin($L, (int) $L, start)", hop.record().codecType(), slice,
                    end(first));
        } else {
            decoded = CodeBlock.of("$T.INSTANCE.decode($L, (int) $L)", hop.record().codecType(), slice, end(first));
        }
        // what it finds wrong is placed in this frame, as decode places it
        decoded = CodeBlock.of("$T.pathRecord(() -> $L, $L, $S, (int) ($L - start))", RuntimeTypes.FRAMES, decoded,
                hop.selectedFrom() != null ? CodeBlock.of("$S", hop.selectedFrom().pathName()) : "null",
                model.pathName() + "." + first, at(first));
        CodeBlock value = decoded;
        for (int i = 0; i < path.hops().size(); i++) {
            String next = i + 1 < path.hops().size() ? path.hops().get(i + 1).component() : path.leaf();
            value = CodeBlock.of("$L.$L()", value, next);
        }
        FieldKind leaf = leafKind(last, path.leaf());
        if (leaf instanceof FieldKind.BoolKind) {
            return value;
        }
        if (leaf instanceof FieldKind.EnumKind e) {
            return Selectors.code(e, value, model.pathName() + "." + path.text());
        }
        boolean isLong = leaf instanceof FieldKind.IntKind k && k.javaType() == TypeKind.LONG
                || leaf instanceof FieldKind.VarintKind v && v.javaType() == TypeKind.LONG;
        return isLong ? value : CodeBlock.of("(long) $L", value);
    }

    /** Whether {@code selector} chooses {@code record} of {@code protocol}. */
    private static CodeBlock chosen(ProtocolModel protocol, MessageModel record, CodeBlock selector) {
        ProtocolModel.Variant variant = protocol.variants().stream().filter(v -> v.message().equals(record))
                .findFirst().orElseThrow();
        if (!variant.fallback()) {
            return range(variant, selector);
        }
        List<CodeBlock> others = protocol.tagged().stream().map(v -> range(v, selector)).toList();
        return CodeBlock.of("!($L)", CodeBlock.join(others, " || "));
    }

    private static CodeBlock range(ProtocolModel.Variant variant, CodeBlock selector) {
        return variant.isRange()
                ? CodeBlock.of("$L >= $LL && $L <= $LL", selector, variant.tag(), selector, variant.tagTo())
                : CodeBlock.of("$L == $LL", selector, variant.tag());
    }

    private static FieldKind.SelectedKind selectedKind(MessageModel model, String component) {
        for (Item item : model.items()) {
            if (item instanceof Item.Field f && f.field().name().equals(component)
                    && f.field().kind() instanceof FieldKind.SelectedKind k) {
                return k;
            }
        }
        throw new IllegalStateException("no selected component " + component + " in " + model.pathName());
    }

    /** Where component {@code name} (its value, after reserved bytes) starts in {@code model}, or -1 when that varies. */
    static int offsetOf(MessageModel model, String name) {
        int offset = 0;
        for (Steps.Step step : Steps.of(model)) {
            if (step instanceof Steps.Field f && f.field().name().equals(name)) {
                return offset + f.field().bytesBefore();
            }
            if (step instanceof Steps.Bits b && b.group().members().stream().anyMatch(m -> m.name().equals(name))) {
                return offset;
            }
            if (step.fixedSize() < 0) {
                return -1;
            }
            offset += step.fixedSize();
        }
        return -1;
    }

    /** Reads component {@code name} of {@code model} at {@code at}, or null when its kind is not read so. */
    private static CodeBlock read(MessageModel model, String name, CodeBlock at) {
        for (Item item : model.items()) {
            if (item instanceof Item.Field f && f.field().name().equals(name)) {
                FieldKind kind = f.field().kind();
                if (kind instanceof FieldKind.IntKind k) {
                    return NumberCode.readInt(k.width(), k.signed() || k.width() == 8, TypeKind.LONG, k.endian(), at);
                }
                if (kind instanceof FieldKind.EnumKind k) {
                    return NumberCode.readInt(k.width(), k.width() == 8, TypeKind.LONG, k.endian(), at);
                }
                if (kind instanceof FieldKind.BoolKind) {
                    return CodeBlock.of("in.get($L) != 0", at);
                }
                return null;
            }
            if (item instanceof Item.BitGroup g) {
                for (Item.BitMember m : g.members()) {
                    if (m.name().equals(name)) {
                        CodeBlock raw = CodeBlock.of("(($L) >>> $L & 0x$LL)", NumberCode.readInt(g.bytes(), g.bytes() == 8,
                                TypeKind.LONG, g.endian(), at), m.shift(), Long.toHexString(DecodeBody.mask(m.bits())));
                        return m.kind() instanceof FieldKind.BoolKind ? CodeBlock.of("$L != 0", raw) : raw;
                    }
                }
            }
        }
        return null;
    }

    /** The {@code @Range} of component {@code name} of {@code model}, or null. */
    private static ValueRange leafRange(MessageModel model, String name) {
        for (Item item : model.items()) {
            if (item instanceof Item.Field f && f.field().name().equals(name)) {
                return f.field().range();
            }
            if (item instanceof Item.BitGroup g) {
                for (Item.BitMember m : g.members()) {
                    if (m.name().equals(name)) {
                        return m.range();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The field path decode gives an error in the leaf of {@code path}: the innermost record's, placed in
     * each record around it as {@link io.wireform.runtime.WireException#under} and {@code nestedIn} place it.
     */
    private static String decodedPath(Reference.Path path, MessageModel model) {
        List<Reference.Hop> hops = path.hops();
        String placed = hops.get(hops.size() - 1).record().pathName() + "." + path.leaf();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Reference.Hop hop = hops.get(i);
            if (hop.selectedFrom() != null) {
                placed = hop.selectedFrom().pathName() + "." + placed;
            }
            String parent = (i == 0 ? model.pathName() : hops.get(i - 1).record().pathName()) + "." + hop.component();
            int dot = placed.indexOf('.');
            placed = dot < 0 ? parent : parent + placed.substring(dot);
        }
        return placed;
    }

    /** Whether component {@code name} of {@code model} is a member of a bit group. */
    private static boolean isMember(MessageModel model, String name) {
        return model.items().stream().anyMatch(item -> item instanceof Item.BitGroup g
                && g.members().stream().anyMatch(m -> m.name().equals(name)));
    }

    private static FieldKind leafKind(MessageModel model, String name) {
        for (Item item : model.items()) {
            if (item instanceof Item.Field f && f.field().name().equals(name)) {
                return f.field().kind();
            }
            if (item instanceof Item.BitGroup g) {
                for (Item.BitMember m : g.members()) {
                    if (m.name().equals(name)) {
                        return m.kind();
                    }
                }
            }
        }
        throw new IllegalStateException("no component " + name + " in " + model.pathName());
    }
}

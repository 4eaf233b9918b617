package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.BYTE_BUFFER;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.UNKNOWN_TAG;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_DECODE_EXCEPTION;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * How a union picks its variant: one {@code VARIANT_<NAME>} int constant per permitted record, a
 * method that names the variant of a frame, and a {@code switch} over that name at each call site
 * that calls the variant's own codec. A tagged union names it by the tag ({@code variant}); an
 * untagged one by its magic and, where variants share one, by where the end marker sits ({@code
 * select}). An int comes back, not a codec object, so that every call is to a variant's own final
 * class: one interface call site shared by all variants would be megamorphic, which the JIT cannot
 * inline.
 */
final class VariantSwitch {
    private static final String NEED_MORE = "NEED_MORE";

    private final ProtocolModel model;
    /** The constant naming each variant, by its record; records of one simple name get a number too. */
    private final Map<MessageModel, String> names = new LinkedHashMap<>();

    VariantSwitch(ProtocolModel model) {
        this.model = model;
        for (int i = 0; i < model.variants().size(); i++) {
            MessageModel message = model.variants().get(i).message();
            String name = "VARIANT_" + Names.constant(message.pathName());
            names.put(message, names.containsValue(name) ? name + "_" + i : name);
        }
    }

    /** One {@code VARIANT_<NAME>} per variant, in declaration order, and {@code NEED_MORE} when untagged. */
    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        if (model.untagged()) {
            fields.add(FieldSpec.builder(int.class, NEED_MORE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("What {@code select} returns while too few bytes are there to tell the variants apart.\n")
                    .initializer("-1")
                    .build());
        }
        List<ProtocolModel.Variant> variants = model.variants();
        for (int i = 0; i < variants.size(); i++) {
            fields.add(FieldSpec.builder(int.class, variant(variants.get(i).message()), Modifier.PRIVATE,
                    Modifier.STATIC, Modifier.FINAL).initializer("$L", i).build());
        }
        if (!model.untagged() && !model.selected() && returnsUnknown()) {
            fields.add(FieldSpec.builder(int.class, UNKNOWN, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("What {@code variant} returns for a tag no record has: the frame is measured, not decoded.\n")
                    .initializer("-1")
                    .build());
        }
        return fields;
    }

    private String variant(MessageModel message) {
        return names.get(message);
    }

    /** The constant naming {@code message}'s variant. */
    String variantOf(MessageModel message) {
        return variant(message);
    }

    /**
     * {@code <target> switch (<selector>) { case VARIANT_X -> <call(X)>; ...; default -> <otherwise>;
     * }}, where {@code target} is {@code "return "} or a declaration such as {@code "int body = "}.
     */
    CodeBlock dispatch(String target, String selector, Function<MessageModel, CodeBlock> call, CodeBlock otherwise) {
        CodeBlock.Builder code = CodeBlock.builder().add("$Lswitch ($L) {\n", target, selector).indent();
        for (ProtocolModel.Variant v : model.variants()) {
            code.add("case $L -> $L;\n", variant(v.message()), call.apply(v.message()));
        }
        return code.add("default -> $L;\n", otherwise).unindent().add("};\n").build();
    }

    /** The {@code otherwise} of a tagged union's {@link #dispatch}: {@code variant} returns no other value. */
    static CodeBlock unreachable() {
        return CodeBlock.of("throw new $T(variant)", AssertionError.class);
    }

    /** What {@code variant} returns for a tag no record has, where the protocol's length lets a reader skip it. */
    static final String UNKNOWN = "UNKNOWN";

    /**
     * Whether {@code variant} returns {@link #UNKNOWN} for a tag no record has rather than throwing: the
     * protocol has a length (so the frame can still be measured, and skipped) and no fallback.
     */
    boolean returnsUnknown() {
        return model.length().isPresent() && model.fallback().isEmpty();
    }

    /**
     * The tagged union's {@code variant(in, start, tag)}: one {@code switch} over the tag's int value
     * when every tag fits one, else (a 64-bit or varint tag beyond 2^31) comparisons of the long value;
     * an unknown tag is the fallback record, else {@link #UNKNOWN} where the frame can be measured, else
     * an {@code UnknownTagException} naming the known ones.
     */
    MethodSpec variantOfTag() {
        CodeBlock.Builder cases = CodeBlock.builder();
        boolean narrow = model.tagBits() > 0 || (model.tag().bytes() > 0 && model.tag().bytes() <= 4);
        boolean fitsInt = model.tagged().stream().allMatch(v -> v.tag() >= 0 && v.tag() <= Integer.MAX_VALUE);
        if (narrow || fitsInt) {
            if (!narrow) {
                cases.beginControlFlow("if ((tag >>> 31) == 0)");
            }
            cases.add("switch ((int) tag) {\n").indent();
            for (ProtocolModel.Variant v : model.tagged()) {
                cases.add("case $L:\n", intLiteral(v.tag())).indent()
                        .addStatement("return $L", variant(v.message())).unindent();
            }
            cases.add("default:\n").indent().addStatement("break").unindent().unindent().add("}\n");
            if (!narrow) {
                cases.endControlFlow();
            }
        } else {
            for (ProtocolModel.Variant v : model.tagged()) {
                cases.beginControlFlow("if (tag == $L)", String.format("0x%XL", v.tag()))
                        .addStatement("return $L", variant(v.message()))
                        .endControlFlow();
            }
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("variant")
                .addJavadoc("The variant that {@code tag} selects.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(long.class, "tag")
                .addCode(cases.build());
        if (model.fallback().isPresent()) {
            return method.addStatement("return $L", variant(model.fallback().get())).build();
        }
        if (returnsUnknown()) {
            return method.addStatement("return $L", UNKNOWN).build();
        }
        return method.addStatement("throw unknown(in, start, tag)").build();
    }

    /** {@code unknown(in, start, tag)}: the error for a tag no record has. */
    MethodSpec unknownTag() {
        String known = model.tagged().stream()
                .map(v -> "0x" + Long.toHexString(v.tag()) + " (" + v.message().pathName() + ")")
                .collect(Collectors.joining(", "));
        return MethodSpec.methodBuilder("unknown")
                .addJavadoc("The error for a frame whose tag no record has.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(UNKNOWN_TAG)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(long.class, "tag")
                .addStatement("return new $T(in, start, start, $S, tag, $S)", UNKNOWN_TAG, model.pathName() + ".<tag>",
                        model.pathName() + ": " + known)
                .build();
    }

    /** The constant naming the fallback record's variant; only when there is one. */
    String fallbackVariant() {
        return variant(model.fallback().orElseThrow());
    }

    private static String intLiteral(long tag) {
        return tag <= Integer.MAX_VALUE ? Long.toString(tag) : String.format("0x%X", tag);
    }

    /** Picks a variant by magic, then by end marker; {@code NEED_MORE} while more bytes are needed. */
    MethodSpec selectByMarkers(Constants constants) {
        Map<List<Integer>, List<MessageModel>> byMagic = new LinkedHashMap<>();
        for (ProtocolModel.Variant v : model.variants()) {
            byMagic.computeIfAbsent(v.message().magic(), k -> new ArrayList<>()).add(v.message());
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("select")
                .addJavadoc("The variant of the record at {@code start}, or {@code NEED_MORE} until enough bytes are "
                        + "there to tell.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(int.class, "limit");
        int group = 0;
        List<String> magics = new ArrayList<>();
        for (Map.Entry<List<Integer>, List<MessageModel>> entry : byMagic.entrySet()) {
            String magic = constants.bytes("MAGIC_" + group, entry.getKey());
            magics.add(hex(entry.getKey()));
            String match = "magic" + group;
            method.addStatement("int $L = $T.startsWith(in, start, limit, $L)", match, FRAMES, magic)
                    .beginControlFlow("if ($L < 0)", match).addStatement("return $L", NEED_MORE).endControlFlow()
                    .beginControlFlow("if ($L > 0)", match);
            List<MessageModel> variants = new ArrayList<>(entry.getValue());
            if (variants.size() == 1) {
                method.addStatement("return $L", variant(variants.get(0)));
            } else {
                // Shortest first: a longer frame can only be recognised once its end marker has arrived.
                variants.sort(Comparator.comparingInt(MessageModel::fixedLength));
                List<String> lengths = new ArrayList<>();
                for (MessageModel v : variants) {
                    String end = constants.bytes("END_" + Names.constant(v.pathName()), v.end());
                    String found = "end" + lengths.size();
                    int endAt = v.fixedLength() - v.end().size();
                    lengths.add(Integer.toString(v.fixedLength()));
                    method.addStatement("int $L = $T.startsWith(in, start + $L, limit, $L)", found, FRAMES, endAt, end)
                            .beginControlFlow("if ($L < 0)", found).addStatement("return $L", NEED_MORE).endControlFlow()
                            .beginControlFlow("if ($L > 0)", found)
                            .addStatement("return $L", variant(v))
                            .endControlFlow();
                }
                MessageModel last = variants.get(variants.size() - 1);
                method.addStatement("throw new $T(in, start, start + $L, $S, $S, $S)", WIRE_DECODE_EXCEPTION,
                        last.fixedLength() - last.end().size(), model.pathName() + ".<end>",
                        "an end marker closing a frame of " + String.join(" or ", lengths) + " bytes", "none");
            }
            method.endControlFlow();
            group++;
        }
        return method.addStatement("throw new $T(in, start, start, $S, $S, $S)", WIRE_DECODE_EXCEPTION,
                model.pathName() + ".<magic>", "one of " + String.join(", ", magics), "another")
                .build();
    }

    private static String hex(List<Integer> bytes) {
        return bytes.stream().map(b -> String.format("%02x", b)).collect(Collectors.joining(" "));
    }
}

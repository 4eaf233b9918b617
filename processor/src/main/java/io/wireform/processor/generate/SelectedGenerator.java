package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.BYTE_BUFFER;
import static io.wireform.processor.generate.RuntimeTypes.FRAME_SCAN;
import static io.wireform.processor.generate.RuntimeTypes.UNKNOWN_TAG;
import static io.wireform.processor.generate.RuntimeTypes.VALUES;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wireform.processor.generate.explain.ExplainMethods;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Protocol>Codec} for a protocol whose record a component of the message holding it
 * chooses ({@code @Protocol(selected = true)}): a {@code SelectedCodec} that is given the chooser's
 * value, writes no tag, and calls the chosen record's own codec, as the tagged union's does.
 */
public final class SelectedGenerator {
    private static final ClassName SELECTED_CODEC = ClassName.get("io.wireform.runtime", "SelectedCodec");

    public TypeSpec generate(ProtocolModel model) {
        VariantSwitch variants = new VariantSwitch(model);
        String path = model.pathName();
        TypeSpec.Builder type = TypeSpec.classBuilder(model.codecType())
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(SELECTED_CODEC, model.protocolType()))
                .addJavadoc(doc(model))
                .addField(FieldSpec.builder(model.codecType(), "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The codec; stateless and safe to share.\n")
                        .initializer("new $T()", model.codecType())
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        variants.fields().forEach(type::addField);

        MethodSpec.Builder encode = MethodSpec.methodBuilder("encode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(model.protocolType(), "message")
                .addParameter(BYTE_BUFFER, "out")
                .addStatement("$T.nonNull(message, $S)", VALUES, path);
        MethodSpec.Builder sizeOf = MethodSpec.methodBuilder("sizeOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(model.protocolType(), "message")
                .addStatement("$T.nonNull(message, $S)", VALUES, path);
        MethodSpec.Builder chosenBy = MethodSpec.methodBuilder("chosenBy")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(model.protocolType(), "message")
                .addParameter(long.class, "selector");
        for (ProtocolModel.Variant v : model.variants()) {
            MessageModel m = v.message();
            encode.beginControlFlow("if (message instanceof $T variant)", m.messageType())
                    .beginControlFlow("try")
                    .addStatement("$T.INSTANCE.encode(variant, out)", m.codecType())
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("throw e.under($S, 0)", path)
                    .endControlFlow()
                    .addStatement("return")
                    .endControlFlow();
            sizeOf.beginControlFlow("if (message instanceof $T variant)", m.messageType())
                    .addStatement("return $T.sizeOf($T.INSTANCE, variant, $S)", VALUES, m.codecType(), path + "." + m.pathName())
                    .endControlFlow();
            chosenBy.beginControlFlow("if (message instanceof $T)", m.messageType())
                    .addStatement("return $L", v.fallback() ? CodeBlock.of("variant(selector) == $L", variants.fallbackVariant())
                            : matches(v))
                    .endControlFlow();
        }
        String notOurs = "not a record of " + path + ": ";
        encode.addStatement("throw new $T($S + message.getClass())", IllegalArgumentException.class, notOurs);
        sizeOf.addStatement("throw new $T($S + message.getClass())", IllegalArgumentException.class, notOurs);
        chosenBy.addStatement("return false");

        boolean origin = model.usesOrigin();
        MethodSpec.Builder decodeBody = MethodSpec.methodBuilder(origin ? "decodeWithin" : "decode")
                .addModifiers(Modifier.PUBLIC)
                .returns(model.protocolType())
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "limit")
                .addParameter(long.class, "selector");
        if (origin) {
            decodeBody.addJavadoc("As {@code decode}, for a record nested in an outer frame starting at index {@code origin},\n"
                    + "relative to which its {@code @Using} values read.\n").addParameter(int.class, "origin");
        } else {
            decodeBody.addAnnotation(Override.class);
        }
        MethodSpec decode = decodeBody
                .addStatement("int start = in.position()")
                .addStatement("int variant = variant(selector)")
                .addCode(unknown(model, variants, path))
                .beginControlFlow("try")
                .addCode(variants.dispatch("return ", "variant",
                        m -> m.usesOrigin() ? CodeBlock.of("$T.INSTANCE.decodeWithin(in, limit, origin)", m.codecType())
                                : CodeBlock.of("$T.INSTANCE.decode(in, limit)", m.codecType()),
                        VariantSwitch.unreachable()))
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("in.position(start)")
                .addStatement("throw e.under($S, 0)", path)
                .endControlFlow()
                .build();
        if (origin) {
            type.addMethod(MethodSpec.methodBuilder("decode")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(model.protocolType())
                    .addParameter(BYTE_BUFFER, "in")
                    .addParameter(int.class, "limit")
                    .addParameter(long.class, "selector")
                    .addStatement("return decodeWithin(in, limit, selector, in.position())")
                    .build());
        }
        MethodSpec frameLength = MethodSpec.methodBuilder("frameLength")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(int.class, "limit")
                .addParameter(long.class, "selector")
                .addParameter(FRAME_SCAN, "scan")
                .addStatement("int variant = variant(selector)")
                .addCode(unknown(model, variants, path))
                .beginControlFlow("try")
                .addCode(variants.dispatch("return ", "variant",
                        m -> MeasureMethods.call(m, false, "start"),
                        VariantSwitch.unreachable()))
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("throw e.under($S, 0)", path)
                .endControlFlow()
                .build();
        MethodSpec decodeTraced = ExplainMethods.decodeTracedSelected(model.protocolType(), CodeBlock.builder()
                .addStatement("int start = in.position()")
                .addStatement("int variant = variant(selector)")
                .add(unknown(model, variants, path))
                .beginControlFlow("try")
                .add(variants.dispatch("return ", "variant", m -> ExplainMethods.variantCall(m.codecType(), path),
                        VariantSwitch.unreachable()))
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("in.position(start)")
                .addStatement("throw e.under($S, 0)", path)
                .endControlFlow()
                .build());
        type.addMethod(encode.build())
                .addMethod(decode)
                .addMethod(decodeTraced)
                .addMethod(sizeOf.build())
                .addMethod(frameLength)
                .addMethod(chosenBy.build())
                .addMethod(variantOfSelector(model, variants));
        if (model.isPublic()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return type.build();
    }

    private static CodeBlock doc(ProtocolModel model) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Encodes and decodes {@link $T}, whose record the value of a component of the message holding it\n"
                        + "chooses; nothing is written for the choice.\n\n<pre>\nchosen by   record\n", model.protocolType());
        for (ProtocolModel.Variant v : model.variants()) {
            String values = v.fallback() ? "any other" : v.isRange() ? v.tag() + ".." + v.tagTo() : Long.toString(v.tag());
            doc.add("$L", String.format("%-10s  %s%n", values, v.message().pathName()));
        }
        return doc.add("</pre>\n").build();
    }

    /** Whether {@code selector} is the value, or in the range, of a record's tag. */
    private static CodeBlock matches(ProtocolModel.Variant v) {
        return v.isRange() ? CodeBlock.of("selector >= $LL && selector <= $LL", v.tag(), v.tagTo())
                : CodeBlock.of("selector == $LL", v.tag());
    }

    /** Throws for a selector no record (and no fallback) has: {@code variant} returns -1 for one. */
    private static CodeBlock unknown(ProtocolModel model, VariantSwitch variants, String path) {
        if (model.fallback().isPresent()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().beginControlFlow("if (variant < 0)")
                .addStatement("throw new $T(in, start, start, $S, selector, $S)", UNKNOWN_TAG, path + ".<selector>",
                        known(model))
                .endControlFlow().build();
    }

    /** What an unknown selector's error expects: the protocol's name, then each record's values. */
    static String known(ProtocolModel model) {
        return model.pathName() + ": " + model.tagged().stream()
                .map(v -> (v.isRange() ? v.tag() + ".." + v.tagTo() : Long.toString(v.tag())) + " (" + v.message().pathName() + ")")
                .collect(Collectors.joining(", "));
    }

    /** {@code variant(selector)}: the record a value chooses; ranges and values in declaration order, then the fallback. */
    private static MethodSpec variantOfSelector(ProtocolModel model, VariantSwitch variants) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("variant")
                .addJavadoc("The variant that {@code selector} chooses, or -1 when none does.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(long.class, "selector");
        for (ProtocolModel.Variant v : model.tagged()) {
            method.beginControlFlow("if ($L)", matches(v))
                    .addStatement("return $L", variants.variantOf(v.message()))
                    .endControlFlow();
        }
        return method.addStatement("return $L", model.fallback().isPresent() ? variants.fallbackVariant() : "-1").build();
    }
}

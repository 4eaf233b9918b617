package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.BYTE_BUFFER;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_CODEC;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.MessageModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Message>Codec} for a fixed-layout message: one bounds check per frame, every
 * field at a constant offset, values checked before the first byte is written.
 */
public final class CodecGenerator {

    public TypeSpec generate(MessageModel model) {
        FieldCode fields = new FieldCode(model);
        TypeSpec.Builder type = TypeSpec.classBuilder(model.codecType())
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(WIRE_CODEC, model.messageType()))
                .addJavadoc(LayoutDoc.of(model))
                .addField(FieldSpec.builder(model.codecType(), "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The codec; stateless and safe to share.\n")
                        .initializer("new $T()", model.codecType())
                        .build())
                .addField(FieldSpec.builder(int.class, "ENCODED_LENGTH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Length in bytes of every encoded {@link $T}.\n", model.messageType())
                        .initializer("$L", model.length())
                        .build());
        if (!model.magic().isEmpty()) {
            type.addField(markerField("MAGIC", model.magic()));
        }
        if (!model.end().isEmpty()) {
            type.addField(markerField("END", model.end()));
        }
        fields.charsetConstants().forEach(type::addField);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(encode(model, fields))
                .addMethod(decode(model, fields))
                .addMethod(MethodSpec.methodBuilder("sizeOf")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addParameter(model.messageType(), "message")
                        .addStatement("return ENCODED_LENGTH")
                        .build())
                .addMethod(MethodSpec.methodBuilder("frameLength")
                        .addAnnotation(Override.class)
                        .addJavadoc("Every frame has the same length, known before any byte arrives.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addParameter(BYTE_BUFFER, "in")
                        .addStatement("return ENCODED_LENGTH")
                        .build());
        if (model.isPublic()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return type.build();
    }

    private MethodSpec encode(MessageModel model, FieldCode fields) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("encode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(model.messageType(), "message")
                .addParameter(BYTE_BUFFER, "out");
        for (FieldModel field : model.fields()) {
            fields.prepareEncode(field).ifPresent(method::addStatement);
        }
        method.addStatement("int start = $T.reserve(out, ENCODED_LENGTH)", FRAMES);
        if (!model.magic().isEmpty()) {
            method.addStatement("out.put(start, MAGIC)");
        }
        for (FieldModel field : model.fields()) {
            fillStatement(field.offset() - field.alignmentBefore() - field.paddingBefore(), field.paddingBefore(),
                    field.fill()).ifPresent(method::addStatement);
            fillStatement(field.offset() - field.alignmentBefore(), field.alignmentBefore(), 0)
                    .ifPresent(method::addStatement);
            method.addCode(fields.write(field));
            fillStatement(field.offset() + field.kind().size(), field.paddingAfter(), field.fill())
                    .ifPresent(method::addStatement);
        }
        if (!model.end().isEmpty()) {
            method.addStatement("out.put($L, END)", FieldCode.at(model.endOffset()));
        }
        return method.addStatement("out.position(start + ENCODED_LENGTH)").build();
    }

    private MethodSpec decode(MessageModel model, FieldCode fields) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.messageType())
                .addParameter(BYTE_BUFFER, "in")
                .addStatement("int start = $T.require(in, ENCODED_LENGTH, $S)", FRAMES, model.pathName());
        if (!model.magic().isEmpty()) {
            method.addStatement("$T.expectMarker(in, start, start, MAGIC, $S)", FRAMES, model.pathName() + ".<magic>");
        }
        for (FieldModel field : model.fields()) {
            method.addCode(fields.read(field));
        }
        if (!model.end().isEmpty()) {
            method.addStatement("$T.expectMarker(in, start, $L, END, $S)", FRAMES,
                    FieldCode.at(model.endOffset()), model.pathName() + ".<end>");
        }
        String arguments = model.fields().stream().map(fields::local).collect(Collectors.joining(", "));
        return method.addStatement("in.position(start + ENCODED_LENGTH)")
                .addStatement("return new $T($L)", model.messageType(), arguments)
                .build();
    }

    private static Optional<CodeBlock> fillStatement(int offset, int count, int fill) {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(CodeBlock.of("$T.fill(out, $L, $L, (byte) $L)", FRAMES,
                FieldCode.at(offset), count, FieldCode.byteLiteral(fill)));
    }

    private static FieldSpec markerField(String name, List<Integer> bytes) {
        String values = bytes.stream().map(FieldCode::byteLiteral).map(b -> "(byte) " + b)
                .collect(Collectors.joining(", "));
        return FieldSpec.builder(byte[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", values)
                .build();
    }
}

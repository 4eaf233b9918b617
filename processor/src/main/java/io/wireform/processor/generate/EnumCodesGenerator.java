package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.BYTE_BUFFER;
import static io.wireform.processor.generate.RuntimeTypes.VALUES;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_DECODE_EXCEPTION;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_ENCODE_EXCEPTION;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.wireform.processor.model.EnumModel;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Generates {@code <Enum>Codes}: the mapping between constants and wire codes, as switches. */
public final class EnumCodesGenerator {

    public TypeSpec generate(EnumModel model) {
        TypeSpec.Builder type = TypeSpec.classBuilder(model.codesType())
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Wire codes of {@link $T}, $L byte(s) each.\n", model.enumType(), model.width())
                .addField(FieldSpec.builder(int.class, "WIDTH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Width of a code on the wire, in bytes.\n")
                        .initializer("$L", model.width())
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(fromCode(model))
                .addMethod(code(model))
                .addMethod(decode(model));
        if (model.isPublic()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return type.build();
    }

    private MethodSpec fromCode(EnumModel model) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (code) {\n").indent();
        for (EnumModel.Constant c : model.constants()) {
            cases.add("case $L -> $T.$L;\n", literal(c.code()), model.enumType(), c.name());
        }
        if (model.fallback().isPresent()) {
            cases.add("default -> $T.$L;\n", model.enumType(), model.fallback().get());
        } else {
            cases.add("default -> null;\n");
        }
        cases.unindent().add("};\n");
        CodeBlock doc = model.fallback().isPresent()
                ? CodeBlock.of("The constant with this code, or {@link $T#$L} for a code no constant has.\n",
                        model.enumType(), model.fallback().get())
                : CodeBlock.of("The constant with this code, or null if no constant has it.\n");
        return MethodSpec.methodBuilder("fromCode")
                .addJavadoc(doc)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.enumType())
                .addParameter(int.class, "code")
                .addCode(cases.build())
                .build();
    }

    private MethodSpec code(EnumModel model) {
        CodeBlock.Builder cases = CodeBlock.builder()
                .add("return switch ($T.nonNull(value, path)) {\n", VALUES).indent();
        for (EnumModel.Constant c : model.constants()) {
            cases.add("case $L -> $L;\n", c.name(), literal(c.code()));
        }
        if (model.constants().size() < constantCount(model)) {
            cases.add("default -> throw new $T(path, $S, value.name());\n", WIRE_ENCODE_EXCEPTION,
                    "a constant with a @Code (a @Fallback without one cannot be encoded)");
        }
        cases.unindent().add("};\n");
        return MethodSpec.methodBuilder("code")
                .addJavadoc("The wire code of {@code value}; {@code path} names the field in errors.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(int.class)
                .addParameter(model.enumType(), "value")
                .addParameter(String.class, "path")
                .addCode(cases.build())
                .build();
    }

    private MethodSpec decode(EnumModel model) {
        String known = model.constants().stream()
                .map(c -> Long.toString(c.code())).collect(Collectors.joining(", "));
        return MethodSpec.methodBuilder("decode")
                .addJavadoc("The constant for {@code code}, read at index {@code at}, or a decode error there.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.enumType())
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "frameStart")
                .addParameter(int.class, "at")
                .addParameter(int.class, "code")
                .addParameter(String.class, "path")
                .addStatement("$T value = fromCode(code)", model.enumType())
                .beginControlFlow("if (value == null)")
                .addStatement("throw new $T(in, frameStart, at, path, $S, $T.toUnsignedString(code))",
                        WIRE_DECODE_EXCEPTION, "a code of " + model.enumType().simpleName() + " (" + known + ")",
                        Integer.class)
                .endControlFlow()
                .addStatement("return value")
                .build();
    }

    private static int constantCount(EnumModel model) {
        return model.constants().size() + (model.fallback().isPresent()
                && model.constants().stream().noneMatch(c -> c.name().equals(model.fallback().get())) ? 1 : 0);
    }

    /** Codes above {@code Integer.MAX_VALUE} are written as the hex int literal of their bits. */
    private static String literal(long code) {
        return code <= Integer.MAX_VALUE ? Long.toString(code) : String.format("0x%X", code);
    }
}

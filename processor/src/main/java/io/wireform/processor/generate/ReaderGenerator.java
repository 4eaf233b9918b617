package io.wireform.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wireform.processor.model.ReaderSettings;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Type>Reader}: push and pull stream readers preset with the type's codec, its
 * largest frame and its resync policy, as its annotation declares them (the codec declares them too,
 * see {@link #declare}).
 */
public final class ReaderGenerator {
    private static final ClassName FRAME_READER = ClassName.get("io.wireform.runtime.stream", "FrameReader");
    private static final ClassName WIRE_READER = ClassName.get("io.wireform.runtime.stream", "WireReader");
    private static final ClassName RESYNC = ClassName.get("io.wireform.annotations", "Resync");
    private static final ClassName FRAMING = ClassName.get("io.wireform.runtime.stream", "Framing");
    private static final ClassName INPUT_STREAM = ClassName.get("java.io", "InputStream");
    private static final ClassName CHANNEL = ClassName.get("java.nio.channels", "ReadableByteChannel");

    /**
     * @param runsToEnd whether the type's frames run to the end of their input: its readers are then
     *     preset to {@code Framing.untilClose()}, the one framing that cannot cut such a frame short
     */
    public TypeSpec generate(ClassName messageType, ClassName codecType, ClassName readerType, boolean isPublic,
                             ReaderSettings settings, boolean runsToEnd) {
        ParameterizedTypeName builder = ParameterizedTypeName.get(FRAME_READER.nestedClass("Builder"), messageType);
        ParameterizedTypeName push = ParameterizedTypeName.get(FRAME_READER, messageType);
        ParameterizedTypeName pull = ParameterizedTypeName.get(WIRE_READER, messageType);
        TypeSpec.Builder type = TypeSpec.classBuilder(readerType)
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Stream readers of {@link $T}: frames split across reads or glued together, garbage on the "
                        + "line handled as declared ($L), frames over $L refused before they are buffered.\n",
                        messageType, settings.resync(), settings.maxFrameLength() == 0 ? "16 MiB"
                                : settings.maxFrameLength() + " bytes")
                .addField(FieldSpec.builder(int.class, "MAX_FRAME_LENGTH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The largest frame its readers accept, in bytes.\n")
                        .initializer(settings.maxFrameLength() == 0 ? CodeBlock.of("$T.DEFAULT_MAX_FRAME_LENGTH", FRAME_READER)
                                : CodeBlock.of("$L", settings.maxFrameLength()))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc(runsToEnd
                                ? "A reader builder with this type's settings, to change or add to (framing, listeners).\n"
                                        + "Its frames run to the end of their input, so the whole stream is one message\n"
                                        + "until you give another framing.\n"
                                : "A reader builder with this type's settings, to change or add to (framing, listeners).\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        // the codec declares the largest frame and the resync policy: FrameReader.builder starts from them
                        .addCode(runsToEnd
                                ? CodeBlock.of("return $T.builder($T.INSTANCE).framing($T.untilClose());\n", FRAME_READER,
                                        codecType, FRAMING)
                                : CodeBlock.of("return $T.builder($T.INSTANCE);\n", FRAME_READER, codecType))
                        .build())
                .addMethod(MethodSpec.methodBuilder("push")
                        .addJavadoc("A push reader: feed it each chunk as it arrives.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(push)
                        .addStatement("return builder().build()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("pull")
                        .addJavadoc("A pull reader over a blocking stream, such as a socket's.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(pull)
                        .addParameter(INPUT_STREAM, "in")
                        .addStatement("return $T.of(in, builder())", WIRE_READER)
                        .build())
                .addMethod(MethodSpec.methodBuilder("pull")
                        .addJavadoc("A pull reader over a blocking channel.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(pull)
                        .addParameter(CHANNEL, "in")
                        .addStatement("return $T.of(in, builder())", WIRE_READER)
                        .build());
        if (isPublic) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return type.build();
    }

    /**
     * Adds to a root codec ({@code @Message} record or {@code @Protocol}) what its annotation declares for
     * readers: {@code declaredMaxFrameLength()} and {@code declaredResync()}, each only when it differs
     * from the interface's default.
     */
    static void declare(TypeSpec.Builder codec, ReaderSettings settings) {
        if (settings.maxFrameLength() > 0) {
            codec.addMethod(MethodSpec.methodBuilder("declaredMaxFrameLength")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(int.class)
                    .addStatement("return $L", settings.maxFrameLength())
                    .build());
        }
        if (!settings.resync().equals(ReaderSettings.DEFAULT.resync())) {
            codec.addMethod(MethodSpec.methodBuilder("declaredResync")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RESYNC)
                    .addStatement("return $T.$L", RESYNC, settings.resync())
                    .build());
        }
    }
}

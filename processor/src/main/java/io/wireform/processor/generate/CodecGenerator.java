package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.BYTE_BUFFER;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.PAYLOAD;
import static io.wireform.processor.generate.RuntimeTypes.PAYLOAD_SOURCE;
import static io.wireform.processor.generate.RuntimeTypes.STREAMED_CODEC;
import static io.wireform.processor.generate.RuntimeTypes.VALUES;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_CODEC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.wireform.processor.generate.explain.ExplainMethods;
import io.wireform.processor.generate.explain.TraceHooks;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.tools.struct.StructFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Message>Codec}. A fixed layout gets one bounds check per frame and every field at
 * a constant offset; a variable layout gets the same for each run of fixed-size fields, with every
 * value checked and every size known before the first byte is written.
 */
public final class CodecGenerator {

    /** The {@code StreamedCodec} methods: the same walks, stopping where the payload starts. */
    private static void streamed(TypeSpec.Builder type, MessageModel model, Charsets charsets, Constants constants) {
        EncodeBody header = new EncodeBody(model, new ValueWrites(charsets, constants, true), constants);
        String payload = ((Item.Field) model.items().get(model.items().size() - 1)).field().name();
        type.addMethod(scanless("headerLength"))
                .addMethod(MeasureMethods.asksDecode("headerLength"))
                .addMethod(MeasureMethods.walk("headerLength", new FrameLengthBody(model, constants, charsets, true).generate()))
                .addMethod(MethodSpec.methodBuilder("decodeHeader")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(model.messageType())
                        .addParameter(BYTE_BUFFER, "in")
                        .addParameter(int.class, "limit")
                        .addParameter(PAYLOAD_SOURCE, "source")
                        .addCode(new DecodeBody(model, new ValueReads(charsets, true), constants).generate())
                        .build())
                .addMethod(MethodSpec.methodBuilder("headerSize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addParameter(model.messageType(), "message")
                        .addCode(header.prepareSize())
                        .addStatement("return size")
                        .build())
                .addMethod(MethodSpec.methodBuilder("encodeHeader")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(model.messageType(), "message")
                        .addParameter(BYTE_BUFFER, "out")
                        .addCode(header.prepare())
                        .addCode(header.write())
                        .build())
                .addMethod(MethodSpec.methodBuilder("payloadOf")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(PAYLOAD)
                        .addParameter(model.messageType(), "message")
                        .addStatement("return message.$L()", payload)
                        .build());
    }

    /** {@code frameLength(in, start, limit)} (or {@code headerLength}): the one with a scan, for a first look. */
    static MethodSpec scanless(String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(int.class, "limit")
                .addStatement("return $L(in, start, limit, null)", name)
                .build();
    }

    /** A {@code boolean} method of the codec interfaces, overridden to say true. */
    static MethodSpec flag(String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return true")
                .build();
    }

    /** {@code magics()}: copies of the named constants, so no caller can change them. */
    static MethodSpec magics(List<String> constants) {
        return MethodSpec.methodBuilder("magics")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), TypeName.get(byte[].class)))
                .addStatement("return $T.of($L)", List.class,
                        constants.stream().map(c -> c + ".clone()").collect(Collectors.joining(", ")))
                .build();
    }

    /**
     * Whether generated code names decode's {@code limit} parameter: the word on its own, outside string
     * literals (a field path such as {@code "Mode.limit"}) and not after a dot (a component named
     * {@code limit} read through its accessor); no local is named {@code limit}, components' locals end
     * in {@code _}.
     */
    static boolean usesTheCallersLimit(CodeBlock code) {
        return LIMIT.matcher(STRING_LITERAL.matcher(code.toString()).replaceAll("\"\"")).find();
    }

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LIMIT = Pattern.compile("(?<![.\\w])limit(?!\\w)");

    /** {@code encodeAt} and {@code decodeAt}, which codecs nesting this one call directly. */
    private static List<MethodSpec> inPlaceMethods(MessageModel model, EncodeBody encode, DecodeBody decode) {
        CodeBlock decodeBody = decode.generateInPlace();
        if (usesTheCallersLimit(decodeBody)) {
            throw new IllegalStateException(model.pathName() + " is not in-place: its decodeAt needs the caller's limit");
        }
        MethodSpec encodeAt = MethodSpec.methodBuilder("encodeAt")
                .addJavadoc("Writes {@code message}, not null, at index {@code start} of {@code out}, where the caller has\n"
                        + "made room for {@link #ENCODED_LENGTH} bytes; the position does not move. For codecs that\n"
                        + "nest this one.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(model.messageType(), "message")
                .addParameter(BYTE_BUFFER, "out")
                .addParameter(int.class, "start")
                .addCode(encode.prepare())
                .addCode(encode.writeInPlace())
                .build();
        MethodSpec decodeAt = MethodSpec.methodBuilder("decodeAt")
                .addJavadoc("Decodes the {@link $T} at index {@code start} of {@code in}, whose\n"
                        + "{@link #ENCODED_LENGTH} bytes the caller has checked are there; the position does not\n"
                        + "move. For codecs that nest this one.\n", model.messageType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.messageType())
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addCode(decodeBody)
                .build();
        return List.of(encodeAt, decodeAt);
    }

    /**
     * {@code decodeWithin(in, limit, origin)}: decode of a frame nested in an outer one that starts at
     * {@code origin}, for codecs of messages holding a {@code @Using} value (at any depth).
     */
    static MethodSpec decodeWithin(TypeName type, CodeBlock body) {
        return MethodSpec.methodBuilder("decodeWithin")
                .addJavadoc("Decodes as {@link #decode(ByteBuffer, int)} does a frame nested in an outer one starting at\n"
                        + "index {@code origin} of {@code in}, relative to which its {@code @Using} values read. For codecs\n"
                        + "that nest this one; {@code decode} calls it with the frame's own start.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "limit")
                .addParameter(int.class, "origin")
                .addCode(body)
                .build();
    }

    /**
     * {@code decodeRegion(in, start, limit)}: decode of a frame that fills {@code [start, limit)}, for a
     * model that {@link MessageModel#decodesInRegion() decodes in its region}, without moving the position.
     */
    private static MethodSpec decodeRegion(MessageModel model, CodeBlock body) {
        return MethodSpec.methodBuilder("decodeRegion")
                .addJavadoc("Decodes the {@link $T} that fills indices {@code start} to {@code limit} of {@code in},\n"
                        + "with the checks and errors of {@link #decode(ByteBuffer, int)}; the position does not move.\n"
                        + "For codecs that nest this one; {@code decode} calls it with the position and its limit.\n",
                        model.messageType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.messageType())
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(int.class, "limit")
                .addCode(body)
                .build();
    }

    public TypeSpec generate(MessageModel model) {
        Constants constants = new Constants();
        Charsets charsets = new Charsets();
        ValueReads reads = new ValueReads(charsets, false);
        ValueWrites writes = new ValueWrites(charsets, constants, false);
        EncodeBody encode = new EncodeBody(model, writes, constants);

        MethodSpec.Builder encodeMethod = MethodSpec.methodBuilder("encode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(model.messageType(), "message")
                .addParameter(BYTE_BUFFER, "out")
                .addStatement("$T.nonNull(message, $S)", VALUES, model.pathName());
        MethodSpec.Builder decodeMethod = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.messageType())
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "limit");
        List<MethodSpec> inPlace = List.of();
        if (model.isInPlace()) {
            // the fields written here, not by a call to encodeAt: compiled on its own first, encodeAt can
            // be too big for the JIT to inline into encode, and that call alone made one 544-byte frame's
            // encode a third slower in some JVMs than in others
            encodeMethod.addStatement("int start = $T.reserve(out, ENCODED_LENGTH)", FRAMES)
                    .addCode(encode.prepare())
                    .addCode(encode.writeInPlace())
                    .addStatement("out.position(start + ENCODED_LENGTH)");
            decodeMethod.addStatement("int start = in.position()");
            if (!model.magic().isEmpty()) {
                decodeMethod.addCode(DecodeBody.magicSoFar(model, constants, "limit", CodeBlock.of("start"),
                        CodeBlock.of("ENCODED_LENGTH")));
            }
            decodeMethod.addStatement("$T.needFrame(in, start, start, ENCODED_LENGTH, limit, $S)", FRAMES, model.pathName())
                    .addStatement("$T message = decodeAt(in, start)", model.messageType())
                    .addStatement("in.position(start + ENCODED_LENGTH)")
                    .addStatement("return message");
            inPlace = inPlaceMethods(model, encode, new DecodeBody(model, reads, constants));
        } else if (model.decodesInRegion()) {
            // the frame ends at the limit: the one position written is that
            decodeMethod.addStatement("$T message = decodeRegion(in, in.position(), limit)", model.messageType())
                    .addStatement("in.position(limit)")
                    .addStatement("return message");
            encodeMethod.addCode(encode.prepare()).addCode(encode.write());
            inPlace = List.of(decodeRegion(model, new DecodeBody(model, reads, constants).generateInRegion()));
        } else if (model.usesOrigin()) {
            encodeMethod.addCode(encode.prepare()).addCode(encode.write());
            decodeMethod.addStatement("return decodeWithin(in, limit, in.position())");
            inPlace = List.of(decodeWithin(model.messageType(), new DecodeBody(model, reads, constants).generateWithin()));
        } else {
            encodeMethod.addCode(encode.prepare()).addCode(encode.write());
            decodeMethod.addCode(new DecodeBody(model, reads, constants).generate());
        }
        MethodSpec.Builder sizeOf = MethodSpec.methodBuilder("sizeOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(model.messageType(), "message");
        MethodSpec.Builder frameLength = MethodSpec.methodBuilder("frameLength")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(int.class, "limit");
        sizeOf.addStatement("$T.nonNull(message, $S)", VALUES, model.pathName());
        if (model.isFixed()) {
            sizeOf.addStatement("return ENCODED_LENGTH");
            if (model.magic().isEmpty()) {
                frameLength.addJavadoc("Every frame has the same length, known before any byte arrives.\n");
            } else {
                // the length is told only once the whole magic is there: told earlier, a reader would wait
                // for the frame before it could see the magic is wrong
                frameLength.addJavadoc("Every frame has the same length; bytes that do not start with its magic are none.\n")
                        .addCode(FrameLengthBody.checkMagic(model, constants))
                        .beginControlFlow("if (limit - start < $L)", model.magic().size())
                        .addStatement("return $T.needMore(start, start + $LL)", FRAMES, model.magic().size())
                        .endControlFlow();
            }
            frameLength.addStatement("return ENCODED_LENGTH");
        } else {
            sizeOf.addCode(encode.prepareSize()).addStatement("return size");
        }

        TypeSpec.Builder type = TypeSpec.classBuilder(model.codecType())
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(model.isStreamed() ? STREAMED_CODEC : WIRE_CODEC,
                        model.messageType()))
                .addJavadoc(LayoutDoc.of(model))
                .addField(FieldSpec.builder(model.codecType(), "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The codec; stateless and safe to share.\n")
                        .initializer("new $T()", model.codecType())
                        .build());
        if (model.isFixed()) {
            type.addField(FieldSpec.builder(int.class, "ENCODED_LENGTH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Length in bytes of every encoded {@link $T}.\n", model.messageType())
                    .initializer("$L", model.fixedLength())
                    .build());
        }
        StructFormat.of(model).ifPresent(format -> type.addField(
                FieldSpec.builder(String.class, "STRUCT_FORMAT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("This layout as a Python {@code struct} format: what {@code struct.pack} writes with it,\n"
                                + "encode writes, and the reverse.\n")
                        .initializer("$S", format)
                        .build()));
        // explain's decode: the same walk, telling a trace of each field; decode itself is untouched
        TraceHooks trace = new TraceHooks();
        MethodSpec decodeTraced = ExplainMethods.decodeTraced(model.messageType(),
                new DecodeBody(model, new ValueReads(charsets, false, trace), constants, trace).generate());
        constants.fields().forEach(type::addField);
        charsets.fields().forEach(type::addField);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(encodeMethod.build())
                .addMethod(decodeMethod.build())
                .addMethods(inPlace)
                .addMethod(decodeTraced)
                .addMethod(sizeOf.build());
        if (model.isFixed()) {
            type.addMethod(frameLength.build());
        } else {
            type.addMethod(scanless("frameLength"))
                    .addMethod(MeasureMethods.asksDecode("frameLength"))
                    .addMethod(MeasureMethods.walk("frameLength", new FrameLengthBody(model, constants, charsets).generate()));
        }
        if (model.runsToEnd()) {
            type.addMethod(flag("runsToEnd"));
        }
        if (!model.magic().isEmpty()) {
            type.addMethod(magics(List.of("MAGIC")));
        }
        ReaderGenerator.declare(type, model.reader());
        if (model.isStreamed()) {
            streamed(type, model, charsets, constants);
        }
        if (model.isPublic()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return type.build();
    }
}

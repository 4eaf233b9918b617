package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.BYTE_BUFFER;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.PAYLOAD;
import static io.wireform.processor.generate.RuntimeTypes.PAYLOAD_SOURCE;
import static io.wireform.processor.generate.RuntimeTypes.STREAMED_CODEC;
import static io.wireform.processor.generate.RuntimeTypes.VALUES;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_CODEC;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_EXCEPTION;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wireform.annotations.Width;
import io.wireform.processor.generate.explain.ExplainMethods;
import io.wireform.processor.generate.explain.TraceHooks;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import java.nio.BufferOverflowException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Generates {@code <Protocol>Codec} for a union of records: a tagged one writes the tag before the
 * variant's own frame; an untagged one is told apart by its magic and end markers. Which variant a
 * frame holds, and the call of that variant's codec, is {@link VariantSwitch}'s part.
 */
public final class ProtocolGenerator {

    public TypeSpec generate(ProtocolModel model) {
        Constants constants = new Constants();
        VariantSwitch variants = new VariantSwitch(model);
        TypeSpec.Builder type = TypeSpec.classBuilder(model.codecType())
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(model.isStreamed() ? STREAMED_CODEC : WIRE_CODEC,
                        model.protocolType()))
                .addJavadoc(doc(model))
                .addField(FieldSpec.builder(model.codecType(), "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The codec; stateless and safe to share.\n")
                        .initializer("new $T()", model.codecType())
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(encode(model, "encode", false, constants))
                .addMethods(decodes(model, variants))
                .addMethod(decode(model, variants, false, true))
                .addMethod(sizeOf(model))
                .addMethod(CodecGenerator.scanless("frameLength"))
                .addMethod(MeasureMethods.asksDecode("frameLength"))
                .addMethod(length(model, variants, "frameLength"))
                .addMethod(model.untagged() ? variants.selectByMarkers(constants) : variants.variantOfTag());
        if (model.isStreamed()) {
            streamed(type, model, variants, constants);
        }
        if (model.runsToEnd()) {
            type.addMethod(CodecGenerator.flag("runsToEnd"));
        }
        if (model.isStreamed() && model.headerRunsToEnd()) {
            type.addMethod(CodecGenerator.flag("headerRunsToEnd"));
        }
        variants.fields().forEach(type::addField);
        if (model.fallback().isPresent()) {
            type.addField(tags(model));
        }
        if (!model.untagged() && model.fallback().isEmpty()) {
            type.addMethod(variants.unknownTag());
        }
        if (model.untagged()) {
            List<String> magicNames = new ArrayList<>();
            for (int i = 0; i < model.variants().stream().map(v -> v.message().magic()).distinct().count(); i++) {
                magicNames.add("MAGIC_" + i);
            }
            type.addMethod(CodecGenerator.magics(magicNames));
        }
        ReaderGenerator.declare(type, model.reader());
        constants.fields().forEach(type::addField);
        if (model.isPublic()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return type.build();
    }

    private static CodeBlock doc(ProtocolModel model) {
        CodeBlock.Builder doc = CodeBlock.builder().add("Encodes and decodes {@link $T}", model.protocolType());
        if (model.untagged()) {
            return doc.add(", telling its records apart by magic and end marker.\n").build();
        }
        doc.add(": a $L tag, then the record.\n\n<pre>\ntag         record\n", model.tag());
        for (ProtocolModel.Variant v : model.variants()) {
            doc.add("$L", String.format("%-10s  %s%n", v.fallback() ? "any other" : "0x" + Long.toHexString(v.tag()),
                    v.message().pathName()));
        }
        return doc.add("</pre>\n").build();
    }

    /**
     * Bytes the tag adds in front of the record: none when untagged, when the tag shares the record's
     * bits, or for the fallback, whose first component is the tag.
     */
    private static int tagSize(ProtocolModel model, ProtocolModel.Variant variant) {
        long tag = variant.tag();
        if (model.untagged() || model.tagBits() > 0 || variant.fallback()) {
            return 0;
        }
        if (model.tag().bytes() > 0) {
            return model.tag().bytes();
        }
        if (model.tag() == Width.LENENC) {
            // the tag is unsigned 64-bit: a negative long is above 2^63
            return tag >= 0 && tag < 251 ? 1 : tag >= 0 && tag < 1L << 16 ? 3 : tag >= 0 && tag < 1L << 24 ? 4 : 9;
        }
        int size = 1;
        for (long v = tag >>> 7; v != 0; v >>>= 7) {
            size++;
        }
        return size;
    }

    /** {@code encode}, or with {@code header} {@code encodeHeader}: streamed variants write their header only. */
    private MethodSpec encode(ProtocolModel model, String name, boolean header, Constants constants) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(model.protocolType(), "message")
                .addParameter(BYTE_BUFFER, "out")
                .addStatement("$T.nonNull(message, $S)", VALUES, model.pathName());
        for (ProtocolModel.Variant v : model.variants()) {
            MessageModel m = v.message();
            String encode = header && m.isStreamed() ? "encodeHeader" : "encode";
            String size = header && m.isStreamed() ? "headerSize(variant)" : null;
            int tagSize = tagSize(model, v);
            method.beginControlFlow("if (message instanceof $T variant)", m.messageType());
            if (v.fallback()) {
                // the record writes its tag itself; one that another record has would read back as that one
                method.addStatement("$T.unknownTag($L, TAGS, $S)", VALUES, fallbackTag(m),
                                model.pathName() + "." + m.pathName() + "." + firstName(m))
                        .addStatement("$T.INSTANCE.$L(variant, out)", m.codecType(), encode)
                        .addStatement("return");
            } else if (model.tagBits() > 0) {
                // the record writes the tag in its own first bits
                method.beginControlFlow("try")
                        .addStatement("$T.INSTANCE.$L(variant, out)", m.codecType(), encode)
                        .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                        .addStatement("throw e.under($S, 0)", model.pathName())
                        .endControlFlow()
                        .addStatement("return");
            } else if (tagSize == 0 && model.untagged() && !shorterAlike(model, m).isEmpty()) {
                // the shortest variant whose end marker fits wins: a value whose bytes put a shorter one's end
                // marker where that one ends would read back as the shorter, so it is refused
                method.addStatement("int start = out.position()")
                        .addStatement("$T.INSTANCE.$L(variant, out)", m.codecType(), encode);
                for (MessageModel shorter : shorterAlike(model, m)) {
                    String end = constants.bytes("END_" + Names.constant(shorter.pathName()), shorter.end());
                    method.addStatement("$T.endsAnother(out, start, $L, $L, $S, $S)", VALUES,
                            shorter.fixedLength() - shorter.end().size(), end, model.pathName() + "." + m.pathName(),
                            shorter.pathName());
                }
                method.addStatement("return");
            } else if (tagSize == 0) {
                method.addStatement("$T.INSTANCE.$L(variant, out)", m.codecType(), encode).addStatement("return");
            } else if (m.isInPlace()) {
                // the tag goes last, so that a value the variant rejects leaves no byte written
                method.addStatement("int start = $T.reserve(out, $L + $T.ENCODED_LENGTH)", FRAMES, tagSize, m.codecType())
                        .beginControlFlow("try")
                        .addStatement("$T.encodeAt(variant, out, start + $L)", m.codecType(), tagSize)
                        .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                        .addStatement("throw e.under($S, $L)", model.pathName(), tagSize)
                        .endControlFlow()
                        .addStatement("$L", writeTag(model, v.tag()))
                        .addStatement("out.position(start + $L + $T.ENCODED_LENGTH)", tagSize, m.codecType())
                        .addStatement("return");
            } else if (size != null) {
                method.addStatement("int start = $T.reserve(out, $L + $T.INSTANCE.$L)", FRAMES, tagSize, m.codecType(), size)
                        .addStatement("$L", writeTag(model, v.tag()))
                        .addStatement("out.position(start + $L)", tagSize)
                        .beginControlFlow("try")
                        .addStatement("$T.INSTANCE.$L(variant, out)", m.codecType(), encode)
                        .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                        .addStatement("out.position(start)")
                        .addStatement("throw e.under($S, $L)", model.pathName(), tagSize)
                        .endControlFlow()
                        .addStatement("return");
            } else {
                // the variant checks its own room once it knows its size (sizing it here first would
                // encode its strings twice); the tag goes last, so that a rejected value writes nothing
                method.addStatement("int start = $T.reserve(out, $L)", FRAMES, tagSize)
                        .addStatement("out.position(start + $L)", tagSize)
                        .beginControlFlow("try")
                        .addStatement("$T.INSTANCE.$L(variant, out)", m.codecType(), encode)
                        .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                        .addStatement("out.position(start)")
                        .addStatement("throw e.under($S, $L)", model.pathName(), tagSize)
                        .nextControlFlow("catch ($T e)", BufferOverflowException.class)
                        .addStatement("out.position(start)")
                        .addStatement("throw e")
                        .endControlFlow()
                        .addStatement("$L", writeTag(model, v.tag()))
                        .addStatement("return");
            }
            method.endControlFlow();
        }
        return method.addStatement("throw new $T($S + message.getClass())", IllegalArgumentException.class,
                "not a record of " + model.pathName() + ": ").build();
    }

    /** The tag a fallback record holds, as a long: its first component, or the first member of its first bit group. */
    private static CodeBlock fallbackTag(MessageModel fallback) {
        return CodeBlock.of("variant.$L()", firstName(fallback));
    }

    private static String firstName(MessageModel message) {
        Item first = message.items().get(0);
        return first instanceof Item.BitGroup g ? g.members().get(0).name() : ((Item.Field) first).field().name();
    }

    /** {@code TAGS}: every record's tag, which a fallback's must not be. */
    private static FieldSpec tags(ProtocolModel model) {
        return FieldSpec.builder(long[].class, "TAGS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", model.tagged().stream().map(v -> String.format("0x%XL", v.tag()))
                        .collect(Collectors.joining(", ")))
                .build();
    }

    /** The variants of an untagged union with the same magic as {@code m} and shorter frames, which decoding tries first. */
    private static List<MessageModel> shorterAlike(ProtocolModel model, MessageModel m) {
        List<MessageModel> shorter = new ArrayList<>();
        for (ProtocolModel.Variant v : model.variants()) {
            MessageModel other = v.message();
            if (other != m && other.magic().equals(m.magic()) && other.isFixed() && m.isFixed()
                    && other.fixedLength() < m.fixedLength()) {
                shorter.add(other);
            }
        }
        return shorter;
    }

    /** The {@code StreamedCodec} methods, delegating to the variants that stream. */
    private void streamed(TypeSpec.Builder type, ProtocolModel model, VariantSwitch variants, Constants constants) {
        MethodSpec.Builder headerSize = MethodSpec.methodBuilder("headerSize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(model.protocolType(), "message");
        MethodSpec.Builder payloadOf = MethodSpec.methodBuilder("payloadOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(PAYLOAD)
                .addParameter(model.protocolType(), "message");
        for (ProtocolModel.Variant v : model.variants()) {
            MessageModel m = v.message();
            int tagSize = tagSize(model, v);
            headerSize.beginControlFlow("if (message instanceof $T variant)", m.messageType())
                    .addStatement("return $L$T.INSTANCE.$L(variant)", tagSize == 0 ? "" : tagSize + " + ", m.codecType(),
                            m.isStreamed() ? "headerSize" : "sizeOf")
                    .endControlFlow();
            if (m.isStreamed()) {
                payloadOf.beginControlFlow("if (message instanceof $T variant)", m.messageType())
                        .addStatement("return $T.INSTANCE.payloadOf(variant)", m.codecType())
                        .endControlFlow();
            }
        }
        MethodSpec.Builder decodeHeader = MethodSpec.methodBuilder("decodeHeader")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.protocolType())
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "limit")
                .addParameter(PAYLOAD_SOURCE, "source")
                .addStatement("int start = in.position()");
        Function<MessageModel, CodeBlock> decodeVariant = m -> m.isStreamed()
                ? CodeBlock.of("$T.INSTANCE.decodeHeader(in, limit, source)", m.codecType())
                : m.usesOrigin() ? CodeBlock.of("$T.INSTANCE.decodeWithin(in, limit, start)", m.codecType())
                : CodeBlock.of("$T.INSTANCE.decode(in, limit)", m.codecType());
        if (model.untagged()) {
            // undecided: the protocol's own error, outside the try that puts a record's errors under the protocol
            decodeHeader.addStatement("int variant = select(in, start, limit)")
                    .beginControlFlow("if (variant == NEED_MORE)")
                    .addStatement("throw $T.beyond(in, start, start, limit + 1L, limit, $S)", FRAMES, model.pathName())
                    .endControlFlow()
                    .beginControlFlow("try")
                    .addCode(variants.dispatch("return ", "variant", decodeVariant, VariantSwitch.unreachable()))
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("in.position(start)")
                    .addStatement("throw e.under($S, 0)", model.pathName())
                    .endControlFlow();
        } else {
            decodeHeader.addCode(readTag(model, false))
                    .addStatement("int variant = variant(in, start, tag)")
                    .addCode(unknownFails(variants))
                    .addCode(bodyFrom(model, variants))
                    .addStatement("in.position($L)", from(model))
                    .beginControlFlow("try")
                    .addCode(variants.dispatch("return ", "variant", decodeVariant, VariantSwitch.unreachable()))
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("in.position(start)")
                    .addStatement("throw e.under($S, $L - start)", model.pathName(), from(model))
                    .endControlFlow();
        }
        type.addMethod(CodecGenerator.scanless("headerLength"))
                .addMethod(MeasureMethods.asksDecode("headerLength"))
                .addMethod(length(model, variants, "headerLength"))
                .addMethod(decodeHeader.build())
                .addMethod(headerSize.addStatement("throw new $T($S + message)", IllegalArgumentException.class,
                        "not a record of " + model.pathName() + ": ").build())
                .addMethod(encode(model, "encodeHeader", true, constants))
                .addMethod(payloadOf.addStatement("return null").build());
    }

    private static CodeBlock writeTag(ProtocolModel model, long tag) {
        if (model.tag().bytes() == 0) {
            return VarintCode.put(model.tag(), "start", tag + "L");
        }
        if (model.tag().bytes() <= 4) {
            // as an int literal, in hex like the wire: (short) 0x4C, not (short) 76L
            return NumberCode.writeInt(model.tag().bytes(), model.endian(), CodeBlock.of("start"),
                    CodeBlock.of("0x$L", Long.toHexString(tag).toUpperCase(Locale.ROOT)), TypeKind.INT);
        }
        return NumberCode.writeInt(model.tag().bytes(), model.endian(), CodeBlock.of("start"),
                CodeBlock.of("$LL", tag), TypeKind.LONG);
    }

    private MethodSpec sizeOf(ProtocolModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("sizeOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(model.protocolType(), "message")
                .addStatement("$T.nonNull(message, $S)", VALUES, model.pathName());
        for (ProtocolModel.Variant v : model.variants()) {
            int tagSize = tagSize(model, v);
            method.beginControlFlow("if (message instanceof $T variant)", v.message().messageType())
                    .addStatement("return $L$T.sizeOf($T.INSTANCE, variant, $S)", tagSize == 0 ? "" : tagSize + " + ",
                            VALUES, v.message().codecType(), model.pathName() + "." + v.message().pathName())
                    .endControlFlow();
        }
        return method.addStatement("throw new $T($S + message)", IllegalArgumentException.class,
                "not a record of " + model.pathName() + ": ").build();
    }

    /** Reads the tag at {@code start}: declares {@code tag} and {@code bodyAt}. */
    private static CodeBlock readTag(ProtocolModel model, boolean peek) {
        String path = model.pathName() + ".<tag>";
        CodeBlock.Builder code = CodeBlock.builder();
        if (model.tag().bytes() == 0) {
            if (peek) {
                code.addStatement("int tagLength = $L", VarintCode.length(model.tag(), false, "start", "start", "limit", path))
                        .beginControlFlow("if (tagLength < 0)").addStatement("return $T.needMore(start, limit + 1L)", FRAMES)
                        .endControlFlow()
                        .addStatement("int bodyAt = start + tagLength");
            } else {
                code.addStatement("int bodyAt = $L", VarintCode.end(model.tag(), false, "start", "limit", path));
            }
            return code.addStatement("long tag = $L", VarintCode.get(model.tag(), "start")).build();
        }
        int width = model.tag().bytes();
        if (peek) {
            code.beginControlFlow("if (limit - start < $L)", width).addStatement("return -$L", width)
                    .endControlFlow();
        } else {
            code.addStatement("$T.need(in, start, start, $L, limit, $S)", FRAMES, width, path);
        }
        CodeBlock read = NumberCode.readInt(width, width == 8, TypeKind.LONG, model.endian(), CodeBlock.of("start"));
        if (model.tagBits() > 0) {
            // a bit-field tag: the record's own bits share these bytes, so its frame starts here too
            return code.addStatement("long tag = ($L) >>> $L", read, 8 * width - model.tagBits())
                    .addStatement("int bodyAt = start")
                    .build();
        }
        return code.addStatement("long tag = $L", read)
                .addStatement("int bodyAt = start + $L", width)
                .build();
    }

    /** Where a decode that measured a frame of an unknown tag still fails: with the tag's own error. */
    private static CodeBlock unknownFails(VariantSwitch variants) {
        if (!variants.returnsUnknown()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().beginControlFlow("if (variant == $L)", VariantSwitch.UNKNOWN)
                .addStatement("throw unknown(in, start, tag)").endControlFlow().build();
    }

    /**
     * Declares {@code from}, where the variant's own frame starts: after the tag, or at it for a fallback,
     * which holds the tag; without a fallback that is {@code bodyAt}, and nothing is declared.
     */
    private static CodeBlock bodyFrom(ProtocolModel model, VariantSwitch variants) {
        if (!startsAtTag(model)) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("int from = variant == $L ? start : bodyAt;\n", variants.fallbackVariant());
    }

    /** Whether one variant (the fallback) starts at the tag rather than after it. */
    private static boolean startsAtTag(ProtocolModel model) {
        return model.fallback().isPresent() && model.tagBits() == 0;
    }

    /** The local holding where the variant's frame starts: {@code from} or {@code bodyAt}. */
    private static String from(ProtocolModel model) {
        return startsAtTag(model) ? "from" : "bodyAt";
    }

    /** {@code decode}, and {@code decodeWithin} where a record reads relative to the outermost frame. */
    private List<MethodSpec> decodes(ProtocolModel model, VariantSwitch variants) {
        if (!model.usesOrigin()) {
            return List.of(decode(model, variants, false, false));
        }
        MethodSpec decode = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.protocolType())
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "limit")
                .addStatement("return decodeWithin(in, limit, in.position())")
                .build();
        return List.of(decode, decode(model, variants, true, false));
    }

    /**
     * {@code decode}, {@code decodeWithin} ({@code within}), or with {@code traced} explain's
     * {@code decodeTraced}, which tells a trace of the tag and the record.
     */
    private MethodSpec decode(ProtocolModel model, VariantSwitch variants, boolean within, boolean traced) {
        MethodSpec.Builder method = within
                ? CodecGenerator.decodeWithin(model.protocolType(), CodeBlock.of("")).toBuilder()
                : MethodSpec.methodBuilder(traced ? "decodeTraced" : "decode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(model.protocolType())
                        .addParameter(BYTE_BUFFER, "in")
                        .addParameter(int.class, "limit");
        if (traced) {
            method.addParameter(ExplainMethods.TRACE_TYPE, TraceHooks.TRACE);
        }
        method.addStatement("int start = in.position()");
        Function<MessageModel, CodeBlock> decodeVariant = traced
                ? m -> ExplainMethods.variantCall(m.codecType(), model.pathName())
                : m -> m.usesOrigin()
                        ? CodeBlock.of("$T.INSTANCE.decodeWithin(in, limit, $L)", m.codecType(), within ? "origin" : "start")
                        : CodeBlock.of("$T.INSTANCE.decode(in, limit)", m.codecType());
        if (model.untagged()) {
            // undecided: the frame is longer than the bytes there are (a shorter record would have been
            // chosen), which is all that is known of it; the protocol's own error, outside the try that puts a
            // record's errors under the protocol
            return method.addStatement("int variant = select(in, start, limit)")
                    .beginControlFlow("if (variant == NEED_MORE)")
                    .addStatement("throw $T.beyond(in, start, start, limit + 1L, limit, $S)", FRAMES, model.pathName())
                    .endControlFlow()
                    .beginControlFlow("try")
                    .addCode(variants.dispatch("return ", "variant", decodeVariant, VariantSwitch.unreachable()))
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("in.position(start)")
                    .addStatement("throw e.under($S, 0)", model.pathName())
                    .endControlFlow()
                    .build();
        }
        method.addCode(readTag(model, false))
                .addStatement("int variant = variant(in, start, tag)")
                .addCode(unknownFails(variants))
                .addCode(bodyFrom(model, variants));
        if (traced && model.tagBits() == 0) {
            // a bit-field tag is the record's own first bits, and a fallback's frame holds its tag: theirs to tell
            if (startsAtTag(model)) {
                method.beginControlFlow("if (from != start)")
                        .addCode(ExplainMethods.tag(model.pathName() + ".<tag>", "start", "bodyAt"))
                        .endControlFlow();
            } else {
                method.addCode(ExplainMethods.tag(model.pathName() + ".<tag>", "start", "bodyAt"));
            }
        }
        return method.addStatement("in.position($L)", from(model))
                .beginControlFlow("try")
                .addCode(variants.dispatch("return ", "variant", decodeVariant, VariantSwitch.unreachable()))
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("in.position(start)")
                .addStatement("throw e.under($S, $L - start)", model.pathName(), from(model))
                .endControlFlow()
                .build();
    }

    /** Returns the length of a frame from the protocol's length field after its tag, whatever the tag. */
    private static CodeBlock measureByLength(ProtocolModel model) {
        Item.Length l = model.length().orElseThrow();
        String path = model.pathName() + ".<length>";
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock at = model.tagBits() > 0 ? CodeBlock.of("start + $L", model.tag().bytes()) : CodeBlock.of("bodyAt");
        code.addStatement("int lengthAt = $L", at);
        CodeBlock self;
        if (l.width().bytes() == 0) {
            code.addStatement("int lengthSize = $L", VarintCode.length(l.width(), false, "start", "lengthAt", "limit", path))
                    .beginControlFlow("if (lengthSize < 0)")
                    .addStatement("return $T.needMore(start, limit + 1L)", FRAMES)
                    .endControlFlow()
                    .addStatement("long length = $L", VarintCode.get(l.width(), "lengthAt"));
            self = CodeBlock.of("lengthSize");
        } else {
            int width = l.width().bytes();
            code.beginControlFlow("if (limit - lengthAt < $L)", width)
                    .addStatement("return $T.needMore(start, lengthAt + $L)", FRAMES, width)
                    .endControlFlow()
                    .addStatement("long length = $L", NumberCode.readInt(width, width == 8, TypeKind.LONG, l.endian(),
                            CodeBlock.of("lengthAt")));
            self = CodeBlock.of("$L", width);
        }
        CodeBlock covered = CodeBlock.of("length");
        if (l.adjust() != 0) {
            covered = NumberCode.plus(covered, -l.adjust());
        }
        if (l.includeSelf()) {
            covered = CodeBlock.of("$L - $L", covered, self);
        }
        return code.addStatement("return $T.frameLength(in, start, lengthAt + $L + $T.nonNegative(in, start, lengthAt, $L, $S), $S)",
                FRAMES, self, FRAMES, covered, path, model.pathName()).build();
    }

    /**
     * The walk of {@code frameLength(in, start, limit, scan)}, or of {@code headerLength}: the variant's
     * own, from its first byte, with its errors placed under the protocol as decode places them.
     */
    private MethodSpec length(ProtocolModel model, VariantSwitch variants, String name) {
        boolean header = name.equals("headerLength");
        Function<MessageModel, CodeBlock> call = m -> MeasureMethods.call(m, header,
                model.untagged() ? "start" : from(model));
        CodeBlock.Builder method = CodeBlock.builder();
        if (model.untagged()) {
            return MeasureMethods.walk(name, method.addStatement("int variant = select(in, start, limit)")
                    .beginControlFlow("try")
                    .add(variants.dispatch("return ", "variant", call,
                            CodeBlock.of("$T.needMore(start, limit + 1L)", FRAMES)))
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("throw e.under($S, 0)", model.pathName())
                    .endControlFlow()
                    .build());
        }
        method.add(readTag(model, true))
                .addStatement("int variant = variant(in, start, tag)");
        if (variants.returnsUnknown()) {
            method.beginControlFlow("if (variant == $L)", VariantSwitch.UNKNOWN)
                    .add("// no record has the tag, but the protocol's length says where its frame ends\n")
                    .add(measureByLength(model))
                    .endControlFlow();
        }
        String from = from(model);
        return MeasureMethods.walk(name, method.add(bodyFrom(model, variants))
                .addStatement("int body")
                .beginControlFlow("try")
                .add(variants.dispatch("body = ", "variant", call, VariantSwitch.unreachable()))
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("throw e.under($S, $L - start)", model.pathName(), from)
                .endControlFlow()
                .addStatement("return body < 0 ? $T.needMore(start, (long) $L - body) : $L - start + body", FRAMES, from,
                        from)
                .build());
    }
}

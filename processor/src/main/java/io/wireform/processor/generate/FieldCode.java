package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.CHARSET;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.STANDARD_CHARSETS;
import static io.wireform.processor.generate.RuntimeTypes.VALUES;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_EXCEPTION;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.MessageModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/** The statements that read and write one field of a fixed-layout message, by field kind. */
final class FieldCode {
    /** Names the generated methods use themselves; a component of the same name gets a suffix. */
    private static final Set<String> TAKEN = Set.of("in", "out", "message", "start", "e");
    private static final Map<String, String> STANDARD = Map.of(
            "UTF-8", "UTF_8", "US-ASCII", "US_ASCII", "ISO-8859-1", "ISO_8859_1",
            "UTF-16", "UTF_16", "UTF-16BE", "UTF_16BE", "UTF-16LE", "UTF_16LE");

    private final MessageModel model;
    private final Map<String, CodeBlock> charsets = new LinkedHashMap<>();

    FieldCode(MessageModel model) {
        this.model = model;
        for (FieldModel field : model.fields()) {
            if (field.kind() instanceof FieldKind.FixedStringKind s) {
                charsets.computeIfAbsent(s.charset(), FieldCode::charsetReference);
            }
        }
    }

    /** Constants for charsets the standard set lacks, looked up once per class. */
    List<FieldSpec> charsetConstants() {
        List<FieldSpec> constants = new ArrayList<>();
        charsets.forEach((name, reference) -> {
            if (!STANDARD.containsKey(name)) {
                constants.add(FieldSpec.builder(CHARSET, constantName(name), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.forName($S)", CHARSET, name)
                        .build());
            }
        });
        return constants;
    }

    /** The local variable holding the field's value in encode and decode. */
    String local(FieldModel field) {
        return TAKEN.contains(field.name()) ? field.name() + "_" : field.name();
    }

    /** A statement that checks or converts the value before anything is written, if one is needed. */
    Optional<CodeBlock> prepareEncode(FieldModel field) {
        String path = path(field);
        String local = local(field);
        CodeBlock accessor = CodeBlock.of("message.$L()", field.name());
        if (field.kind() instanceof FieldKind.IntKind k && needsRangeCheck(k)) {
            return Optional.of(CodeBlock.of("long $L = $T.$L($L, $L, $S)", local, VALUES,
                    k.signed() ? "signed" : "unsigned", accessor, k.width(), path));
        }
        if (field.kind() instanceof FieldKind.FixedBytesKind k) {
            return Optional.of(CodeBlock.of("byte[] $L = $T.fitting($L, $L, $S)", local, VALUES, accessor, k.size(), path));
        }
        if (field.kind() instanceof FieldKind.FixedStringKind k) {
            return Optional.of(CodeBlock.of("byte[] $L = $T.fitting($L, $L, $L, $S)", local, VALUES, accessor,
                    charsets.get(k.charset()), k.size(), path));
        }
        if (field.kind() instanceof FieldKind.EnumKind k) {
            return Optional.of(CodeBlock.of("int $L = $T.code($L, $S)", local, k.codesType(), accessor, path));
        }
        if (field.kind() instanceof FieldKind.NestedKind k) {
            return Optional.of(CodeBlock.of("$T $L = $T.nonNull($L, $S)", k.messageType(), local, VALUES, accessor, path));
        }
        return Optional.empty();
    }

    /** Statements that write the field's value at its offset, after {@link #prepareEncode}. */
    CodeBlock write(FieldModel field) {
        CodeBlock at = at(field.offset());
        String local = local(field);
        CodeBlock accessor = CodeBlock.of("message.$L()", field.name());
        FieldKind kind = field.kind();
        if (kind instanceof FieldKind.IntKind k) {
            boolean checked = needsRangeCheck(k);
            return statement(NumberCode.writeInt(k.width(), k.endian(), at,
                    checked ? CodeBlock.of("$L", local) : accessor, checked ? TypeKind.LONG : k.javaType()));
        }
        if (kind instanceof FieldKind.FloatKind k) {
            return statement(NumberCode.writeFloat(k.width(), k.endian(), at, accessor));
        }
        if (kind instanceof FieldKind.BoolKind) {
            return statement(CodeBlock.of("out.put($L, $L ? (byte) 1 : (byte) 0)", at, accessor));
        }
        if (kind instanceof FieldKind.FixedBytesKind k) {
            return statement(CodeBlock.of("$T.putPadded(out, $L, $L, $L, (byte) $L)", VALUES, at, local, k.size(),
                    byteLiteral(k.pad())));
        }
        if (kind instanceof FieldKind.FixedStringKind k) {
            return statement(CodeBlock.of("$T.putPadded(out, $L, $L, $L, (byte) $L)", VALUES, at, local, k.size(),
                    byteLiteral(k.pad())));
        }
        if (kind instanceof FieldKind.EnumKind k) {
            return statement(NumberCode.writeInt(k.width(), k.endian(), at, CodeBlock.of("$L", local), TypeKind.INT));
        }
        FieldKind.NestedKind k = (FieldKind.NestedKind) kind;
        return CodeBlock.builder()
                .addStatement("out.position($L)", at)
                .beginControlFlow("try")
                .addStatement("$T.INSTANCE.encode($L, out)", k.codecType(), local)
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("out.position(start)")
                .addStatement("throw e.nestedIn($S, $L)", path(field), field.offset())
                .endControlFlow()
                .build();
    }

    /** Statements that declare the field's local and read it from its offset. */
    CodeBlock read(FieldModel field) {
        CodeBlock at = at(field.offset());
        String local = local(field);
        FieldKind kind = field.kind();
        if (kind instanceof FieldKind.IntKind k) {
            return CodeBlock.builder().addStatement("$L $L = $L", NumberCode.javaName(k.javaType()), local,
                    NumberCode.readInt(k.width(), k.signed(), k.javaType(), k.endian(), at)).build();
        }
        if (kind instanceof FieldKind.FloatKind k) {
            return CodeBlock.builder().addStatement("$L $L = $L", k.width() == 4 ? "float" : "double", local,
                    NumberCode.readFloat(k.width(), k.endian(), at)).build();
        }
        if (kind instanceof FieldKind.BoolKind) {
            return CodeBlock.builder().addStatement("boolean $L = in.get($L) != 0", local, at).build();
        }
        if (kind instanceof FieldKind.FixedBytesKind k) {
            return CodeBlock.builder().addStatement("byte[] $L = $T.getBytes(in, $L, $L)", local, FRAMES, at, k.size())
                    .build();
        }
        if (kind instanceof FieldKind.FixedStringKind k) {
            return CodeBlock.builder().addStatement("String $L = $T.getPaddedString(in, $L, $L, (byte) $L, $L)",
                    local, VALUES, at, k.size(), byteLiteral(k.pad()), charsets.get(k.charset())).build();
        }
        if (kind instanceof FieldKind.EnumKind k) {
            CodeBlock code = NumberCode.readInt(k.width(), k.width() == 4, TypeKind.INT, k.endian(), at);
            return CodeBlock.builder().addStatement("$T $L = $T.decode(in, start, $L, $L, $S)",
                    k.enumType(), local, k.codesType(), at, code, path(field)).build();
        }
        FieldKind.NestedKind k = (FieldKind.NestedKind) kind;
        return CodeBlock.builder()
                .addStatement("$T $L", k.messageType(), local)
                .addStatement("in.position($L)", at)
                .beginControlFlow("try")
                .addStatement("$L = $T.INSTANCE.decode(in)", local, k.codecType())
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("in.position(start)")
                .addStatement("throw e.nestedIn($S, $L)", path(field), field.offset())
                .endControlFlow()
                .build();
    }

    /** {@code start} or {@code start + n}. */
    static CodeBlock at(int offset) {
        return offset == 0 ? CodeBlock.of("start") : CodeBlock.of("start + $L", offset);
    }

    /** A byte as Java source: small values in decimal, others in hex. */
    static String byteLiteral(int unsigned) {
        return unsigned < 10 ? Integer.toString(unsigned) : String.format("0x%02X", unsigned);
    }

    private String path(FieldModel field) {
        return model.pathName() + "." + field.name();
    }

    /** Signed values narrower than their Java type, and unsigned values short of 8 bytes, can overflow. */
    private static boolean needsRangeCheck(FieldKind.IntKind kind) {
        return kind.signed() ? NumberCode.bits(kind.javaType()) > 8 * kind.width() : kind.width() < 8;
    }

    private static CodeBlock statement(CodeBlock code) {
        return CodeBlock.builder().addStatement("$L", code).build();
    }

    private static CodeBlock charsetReference(String name) {
        String standard = STANDARD.get(name);
        return standard != null ? CodeBlock.of("$T.$L", STANDARD_CHARSETS, standard) : CodeBlock.of("$L", constantName(name));
    }

    private static String constantName(String charset) {
        return charset.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CHARSET";
    }
}

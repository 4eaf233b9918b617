package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.CHARSET;
import static io.wireform.processor.generate.RuntimeTypes.STANDARD_CHARSETS;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Charset references: {@code StandardCharsets} where it has one, else a constant looked up once per class.
 * Also the other class-level constants that reading and writing values refer to: the instance of each
 * {@code @Using} codec, held in one static field per class.
 */
final class Charsets {
    private static final Map<String, String> STANDARD = Map.of(
            "UTF-8", "UTF_8", "US-ASCII", "US_ASCII", "ISO-8859-1", "ISO_8859_1",
            "UTF-16", "UTF_16", "UTF-16BE", "UTF_16BE", "UTF-16LE", "UTF_16LE");

    private final Set<String> others = new LinkedHashSet<>();
    /** The field name of each {@code @Using} codec, by its class. */
    private final Map<com.palantir.javapoet.ClassName, String> usings = new java.util.LinkedHashMap<>();
    private final Map<com.palantir.javapoet.ClassName, io.wireform.processor.model.FieldKind.UsingKind> usingKinds =
            new java.util.HashMap<>();

    /** The static field holding the instance of a {@code @Using} codec, e.g. {@code USING_DNS_NAME}. */
    CodeBlock codec(io.wireform.processor.model.FieldKind.UsingKind kind) {
        String name = usings.get(kind.codecType());
        if (name == null) {
            String base = "USING_" + com.palantir.javapoet.ClassName.get("", kind.codecType().simpleName()).simpleName()
                    .replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            name = base;
            for (int i = 2; usings.containsValue(name); i++) {
                name = base + "_" + i;
            }
            usings.put(kind.codecType(), name);
            usingKinds.put(kind.codecType(), kind);
        }
        return CodeBlock.of("$L", name);
    }

    CodeBlock reference(String charset) {
        String standard = STANDARD.get(charset);
        if (standard != null) {
            return CodeBlock.of("$T.$L", STANDARD_CHARSETS, standard);
        }
        others.add(charset);
        return CodeBlock.of("$L", constantName(charset));
    }

    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (String charset : others) {
            fields.add(FieldSpec.builder(CHARSET, constantName(charset), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.forName($S)", CHARSET, charset)
                    .build());
        }
        usings.forEach((type, name) -> fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(usingKinds.get(type).instanceField() ? "$T.INSTANCE" : "new $T()", type)
                .build()));
        return fields;
    }

    private static String constantName(String charset) {
        return charset.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CHARSET";
    }
}

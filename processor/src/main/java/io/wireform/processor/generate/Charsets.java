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

/** Charset references: {@code StandardCharsets} where it has one, else a constant looked up once per class. */
final class Charsets {
    private static final Map<String, String> STANDARD = Map.of(
            "UTF-8", "UTF_8", "US-ASCII", "US_ASCII", "ISO-8859-1", "ISO_8859_1",
            "UTF-16", "UTF_16", "UTF-16BE", "UTF_16BE", "UTF-16LE", "UTF_16LE");

    private final Set<String> others = new LinkedHashSet<>();

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
        return fields;
    }

    private static String constantName(String charset) {
        return charset.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CHARSET";
    }
}

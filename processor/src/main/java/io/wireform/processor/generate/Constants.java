package io.wireform.processor.generate;

import com.palantir.javapoet.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** The {@code private static final byte[]} constants of a generated class: markers and delimiters. */
final class Constants {
    private final Map<String, List<Integer>> bytes = new LinkedHashMap<>();

    /**
     * Declares (once) a byte-array constant and returns its name: {@code name}, or, when that name
     * already holds other bytes (two components whose names make the same constant name), {@code
     * name} with a number. Asked again with the same name and bytes, it returns the same name.
     */
    String bytes(String name, List<Integer> values) {
        String candidate = name;
        for (int n = 2; bytes.containsKey(candidate) && !bytes.get(candidate).equals(values); n++) {
            candidate = name + "_" + n;
        }
        bytes.putIfAbsent(candidate, List.copyOf(values));
        return candidate;
    }

    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        bytes.forEach((name, values) -> fields.add(
                FieldSpec.builder(byte[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("{$L}", values.stream().map(b -> "(byte) " + Names.byteLiteral(b))
                                .collect(Collectors.joining(", ")))
                        .build()));
        return fields;
    }
}

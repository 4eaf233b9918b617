package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;
import java.util.Set;

/** Names and literals in generated code. */
final class Names {
    /** Names the generated methods use themselves; a component of the same name gets a suffix. */
    private static final Set<String> TAKEN = Set.of("in", "out", "message", "start", "limit", "p", "e", "i", "at",
            "size");

    private Names() {}

    /** The local variable holding a component's value. */
    static String local(String component) {
        return TAKEN.contains(component) ? component + "_" : component;
    }

    /** {@code firstName} becomes {@code FIRST_NAME}. */
    static String constant(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** {@code start} or {@code start + n}. */
    static CodeBlock at(int offset) {
        return offset == 0 ? CodeBlock.of("start") : CodeBlock.of("start + $L", offset);
    }

    /** A byte as Java source: small values in decimal, others in hex. */
    static String byteLiteral(int unsigned) {
        return unsigned < 10 ? Integer.toString(unsigned) : String.format("0x%02X", unsigned);
    }
}

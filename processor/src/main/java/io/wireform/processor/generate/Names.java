package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * Names and literals in generated code.
 *
 * <p>No name in generated code can collide with another whatever the record's components are
 * called. The local holding a component's value is the component's name followed by {@code _}
 * ({@code data_}), and no other name ends with {@code _}. A name made for a component appends a
 * capitalised suffix without {@code _} to that local ({@code data_Length}, {@code data_End}), so its
 * last {@code _} is the one after the component's name: {@code data_Length} (component {@code data})
 * and {@code dataLength_} (component {@code dataLength}) cannot meet. Every other local ({@code p},
 * {@code start}, {@code size}, {@code length0}) has no {@code _} at all.
 */
final class Names {
    private Names() {}

    /** The local variable holding a component's value: {@code id} becomes {@code id_}. */
    static String local(String component) {
        String counted = io.wireform.processor.model.FieldModel.countedList(component);
        if (counted != null) {
            // a derived count made for a list: the list's local with a suffix, as other names made for it
            return counted + "_CountField";
        }
        return component + "_";
    }

    /** The name of the constant holding the delimiter of the value in {@code local}, e.g. {@code TEXT_DELIMITER}. */
    static String delimiterConstant(String local) {
        return constant(local.replace("_", "")) + "_DELIMITER";
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

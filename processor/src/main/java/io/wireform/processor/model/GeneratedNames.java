package io.wireform.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * Names of generated types. A top-level {@code Reading} gets {@code ReadingCodec}; a member type
 * {@code Outer.Reading} gets {@code Outer_ReadingCodec}, in the same package, so two member types of
 * one name in different outers never collide.
 */
public final class GeneratedNames {
    private GeneratedNames() {}

    public static ClassName codecOf(ClassName message) {
        return sibling(message, "Codec");
    }

    public static ClassName readerOf(ClassName type) {
        return sibling(type, "Reader");
    }

    public static ClassName codesOf(ClassName enumType) {
        return sibling(enumType, "Codes");
    }

    private static ClassName sibling(ClassName type, String suffix) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
    }
}

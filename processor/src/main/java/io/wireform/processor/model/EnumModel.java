package io.wireform.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * A validated {@code @WireEnum}.
 *
 * @param constants constants with a code, in declaration order
 * @param fallback the constant decoded for an unknown code, if declared
 */
public record EnumModel(
        ClassName enumType,
        ClassName codesType,
        boolean isPublic,
        int width,
        List<Constant> constants,
        Optional<String> fallback) {

    public EnumModel {
        constants = List.copyOf(constants);
    }

    /** A constant and its unsigned wire code. */
    public record Constant(String name, long code) {}
}

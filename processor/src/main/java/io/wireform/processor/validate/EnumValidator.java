package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.CODE;
import static io.wireform.processor.collect.AnnotationNames.FALLBACK;
import static io.wireform.processor.collect.AnnotationNames.WIRE_ENUM;

import com.palantir.javapoet.ClassName;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Checks a {@code @WireEnum} and builds its model; every problem is reported, not just the first. */
final class EnumValidator {
    private final Mirrors mirrors;
    private final ErrorReporter errors;

    EnumValidator(Mirrors mirrors, ErrorReporter errors) {
        this.mirrors = mirrors;
        this.errors = errors;
    }

    /** A code no constant declares, to suggest for a constant without one. */
    private long freeCode(TypeElement type) {
        long free = 0;
        for (Element constant : type.getEnclosedElements()) {
            Optional<AnnotationMirror> code = mirrors.find(constant, CODE);
            if (constant.getKind() == ElementKind.ENUM_CONSTANT && code.isPresent()) {
                free = Math.max(free, mirrors.longValue(code.get(), "value") + 1);
            }
        }
        return free;
    }

    Optional<EnumModel> validate(TypeElement type) {
        int before = errors.errorCount();
        AnnotationMirror wireEnum = mirrors.find(type, WIRE_ENUM).orElseThrow();
        if (type.getKind() != ElementKind.ENUM) {
            errors.error(type, wireEnum, Diag.NOT_AN_ENUM, type.getSimpleName(), Articles.kind(type.getKind()),
                    type.getSimpleName());
            return Optional.empty();
        }
        int width = mirrors.intValue(wireEnum, "bytes");
        if (width < 1 || width > 4) {
            errors.error(type, wireEnum, mirrors.value(wireEnum, "bytes"), Diag.ENUM_WIDTH_OUT_OF_RANGE,
                    width, type.getSimpleName());
            width = 4; // keep checking the constants against the widest legal code
        }
        long maxCode = (1L << (8 * width)) - 1;
        List<Element> all = type.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).collect(java.util.stream.Collectors.toList());
        if (!all.isEmpty() && all.stream().allMatch(c -> mirrors.find(c, CODE).isEmpty() && mirrors.find(c, FALLBACK).isEmpty())) {
            // one mistake, one error: the codes are missing, not each constant's
            StringBuilder example = new StringBuilder();
            for (int i = 0; i < Math.min(3, all.size()); i++) {
                example.append(i == 0 ? "" : ", ").append("@Code(").append(i).append(") ").append(all.get(i).getSimpleName());
            }
            errors.error(type, wireEnum, Diag.ENUM_NO_CODES, type.getSimpleName(), example);
            return Optional.empty();
        }
        List<EnumModel.Constant> constants = new ArrayList<>();
        Map<Long, String> byCode = new HashMap<>();
        String fallback = null;
        long nextFree = freeCode(type);
        for (Element constant : type.getEnclosedElements()) {
            if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            String name = constant.getSimpleName().toString();
            Optional<AnnotationMirror> fallbackMirror = mirrors.find(constant, FALLBACK);
            if (fallbackMirror.isPresent()) {
                if (fallback != null) {
                    errors.error(constant, fallbackMirror.get(), Diag.ENUM_TWO_FALLBACKS,
                            type.getSimpleName(), name, fallback);
                } else {
                    fallback = name;
                }
            }
            Optional<AnnotationMirror> codeMirror = mirrors.find(constant, CODE);
            if (codeMirror.isEmpty()) {
                if (fallbackMirror.isEmpty()) {
                    errors.error(constant, Diag.ENUM_CONSTANT_WITHOUT_CODE, type.getSimpleName(), name, nextFree++);
                }
                continue;
            }
            AnnotationValue value = mirrors.value(codeMirror.get(), "value");
            long code = ((Number) value.getValue()).longValue();
            if (code < 0 || code > maxCode) {
                errors.error(constant, codeMirror.get(), value, Diag.ENUM_CODE_TOO_WIDE,
                        code, type.getSimpleName(), name, width, maxCode);
                continue;
            }
            String previous = byCode.putIfAbsent(code, name);
            if (previous != null) {
                errors.error(constant, codeMirror.get(), value, Diag.ENUM_DUPLICATE_CODE,
                        code, type.getSimpleName(), name, previous);
                continue;
            }
            constants.add(new EnumModel.Constant(name, code));
        }
        if (errors.errorCount() != before) {
            return Optional.empty();
        }
        ClassName enumType = ClassName.get(type);
        return Optional.of(new EnumModel(enumType, GeneratedNames.codesOf(enumType),
                Visibility.isPublic(type), width, constants, Optional.ofNullable(fallback)));
    }
}

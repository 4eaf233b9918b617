package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.BITS;
import static io.wireform.processor.collect.AnnotationNames.INT;
import static io.wireform.processor.collect.AnnotationNames.UINT;
import static io.wireform.processor.collect.AnnotationNames.UINT16;
import static io.wireform.processor.collect.AnnotationNames.UINT32;
import static io.wireform.processor.collect.AnnotationNames.UINT8;

import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.FieldKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Which integer a component of an integral Java type is: its width and signedness from
 * {@code @Int}/{@code @UInt}/{@code @UInt8}/{@code @UInt16}/{@code @UInt32} or the Java type, or a
 * {@code @Varint}; checked against the Java type that must hold every value.
 */
final class IntegerKinds {
    private static final List<String> INT_ANNOTATIONS = List.of(INT, UINT, UINT8, UINT16, UINT32);

    private final Mirrors mirrors;
    private final ErrorReporter errors;

    IntegerKinds(Mirrors mirrors, ErrorReporter errors) {
        this.mirrors = mirrors;
        this.errors = errors;
    }

    /** The one integer annotation on the component, if any; a second is reported. */
    Optional<AnnotationMirror> singleIntAnnotation(ComponentScope scope) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (String annotation : INT_ANNOTATIONS) {
            mirrors.find(scope.component(), annotation).ifPresent(found::add);
        }
        if (found.size() > 1) {
            errors.error(scope.component(), found.get(1), Diag.CONFLICTING_ANNOTATIONS, scope.name(),
                    display(found.get(0)), display(found.get(1)));
        }
        return found.stream().findFirst();
    }

    /** A fixed-width integer, or a varint when {@code varint} is present. */
    Optional<FieldKind> scalarInteger(ComponentScope scope, TypeKind javaType, Optional<AnnotationMirror> intAnnotation,
                                      Optional<AnnotationMirror> varint) {
        if (varint.isPresent()) {
            if (intAnnotation.isPresent()) {
                errors.error(scope.component(), intAnnotation.get(), Diag.CONFLICTING_ANNOTATIONS, scope.name(),
                        "@Varint", display(intAnnotation.get()));
                return Optional.empty();
            }
            io.wireform.annotations.VarintKind encoding =
                    io.wireform.annotations.VarintKind.valueOf(mirrors.enumValue(varint.get(), "value"));
            return Optional.of(new FieldKind.VarintKind(encoding, javaType));
        }
        return integer(scope, javaType, intAnnotation);
    }

    private Optional<FieldKind> integer(ComponentScope scope, TypeKind javaType, Optional<AnnotationMirror> annotation) {
        int javaBits = FieldKind.IntKind.javaBits(javaType);
        if (annotation.isEmpty() || mirrors.find(scope.component(), BITS).isPresent()) {
            return Optional.of(new FieldKind.IntKind(javaBits / 8, true, javaType, scope.endian()));
        }
        AnnotationMirror mirror = annotation.get();
        String qualified = qualifiedName(mirror);
        int width;
        boolean signed = qualified.equals(INT);
        switch (qualified) {
            case UINT8 -> width = 1;
            case UINT16 -> width = 2;
            case UINT32 -> width = 4;
            default -> {
                AnnotationValue value = mirrors.value(mirror, "value");
                width = (Integer) value.getValue();
                if (width < 1 || width > 8) {
                    errors.error(scope.component(), mirror, value, Diag.WIDTH_OUT_OF_RANGE, display(mirror), width,
                            scope.name());
                    return Optional.empty();
                }
            }
        }
        int neededBits = signed ? 8 * width : Math.min(64, 8 * width + 1);
        if (javaBits < neededBits) {
            errors.error(scope.component(), mirror, Diag.INT_TYPE_TOO_NARROW, describe(mirror, width), scope.name(),
                    neededBits, javaType.toString().toLowerCase(Locale.ROOT), javaBits, smallestType(neededBits));
            return Optional.empty();
        }
        return Optional.of(new FieldKind.IntKind(width, signed, javaType, scope.endian()));
    }

    static boolean isIntegral(TypeKind kind) {
        return kind == TypeKind.BYTE || kind == TypeKind.SHORT || kind == TypeKind.INT || kind == TypeKind.LONG;
    }

    private static String smallestType(int bits) {
        return bits <= 16 ? "short" : bits <= 32 ? "int" : "long";
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    static String display(AnnotationMirror mirror) {
        return AnnotationNames.display(qualifiedName(mirror));
    }

    private static String describe(AnnotationMirror mirror, int width) {
        String name = display(mirror);
        return name.equals("@Int") || name.equals("@UInt") ? name + "(" + width + ")" : name;
    }
}

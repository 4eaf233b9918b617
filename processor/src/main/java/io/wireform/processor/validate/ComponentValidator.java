package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.CHARSET;
import static io.wireform.processor.collect.AnnotationNames.FIXED;
import static io.wireform.processor.collect.AnnotationNames.INT;
import static io.wireform.processor.collect.AnnotationNames.ORDER;
import static io.wireform.processor.collect.AnnotationNames.UINT;
import static io.wireform.processor.collect.AnnotationNames.UINT16;
import static io.wireform.processor.collect.AnnotationNames.UINT32;
import static io.wireform.processor.collect.AnnotationNames.UINT8;

import io.wireform.annotations.Endian;
import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.MessageModel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Decides the {@link FieldKind} of one record component from its type and annotations. */
final class ComponentValidator {
    private static final List<String> INT_ANNOTATIONS = List.of(INT, UINT, UINT8, UINT16, UINT32);

    private final Mirrors mirrors;
    private final ErrorReporter errors;
    private final SchemaRegistry registry;

    ComponentValidator(Mirrors mirrors, ErrorReporter errors, SchemaRegistry registry) {
        this.mirrors = mirrors;
        this.errors = errors;
        this.registry = registry;
    }

    /** The kind, or empty after reporting why there is none. */
    Optional<FieldKind> validate(RecordComponentElement component, Endian messageEndian) {
        String name = component.getSimpleName().toString();
        TypeMirror type = component.asType();
        Optional<AnnotationMirror> order = mirrors.find(component, ORDER);
        Endian endian = order.map(o -> Endian.valueOf(mirrors.enumValue(o, "value"))).orElse(messageEndian);
        Optional<AnnotationMirror> intAnnotation = singleIntAnnotation(component, name);
        Optional<AnnotationMirror> fixed = mirrors.find(component, FIXED);
        Optional<AnnotationMirror> charset = mirrors.find(component, CHARSET);

        boolean isString = isDeclared(type, "java.lang.String");
        if (charset.isPresent() && !isString) {
            errors.error(component, charset.get(), Diag.CHARSET_ON_WRONG_TYPE, name, type);
        }
        boolean isByteArray = type.getKind() == TypeKind.ARRAY
                && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
        if (fixed.isPresent() && !isString && !isByteArray) {
            String hint = isIntegral(type.getKind()) ? " (for an integer of n bytes use @Int(n) or @UInt(n))" : "";
            errors.error(component, fixed.get(), Diag.FIXED_ON_WRONG_TYPE, name, type, hint);
        }
        if (intAnnotation.isPresent() && !isIntegral(type.getKind())) {
            errors.error(component, intAnnotation.get(), Diag.INT_ON_WRONG_TYPE,
                    display(intAnnotation.get()), name, type);
            return Optional.empty();
        }

        Optional<FieldKind> kind = switch (type.getKind()) {
            case BYTE, SHORT, INT, LONG -> integer(component, name, type.getKind(), intAnnotation, endian);
            case FLOAT -> Optional.of(new FieldKind.FloatKind(4, endian));
            case DOUBLE -> Optional.of(new FieldKind.FloatKind(8, endian));
            case BOOLEAN -> Optional.of(new FieldKind.BoolKind());
            case ARRAY -> isByteArray ? fixedSize(component, name, "byte[]", fixed)
                    .map(f -> new FieldKind.FixedBytesKind(f.size, f.pad)) : unsupported(component, name, type);
            case DECLARED -> isString ? fixedString(component, name, fixed, charset)
                    : declared(component, name, (DeclaredType) type, endian);
            case ERROR -> {
                errors.error(component, Diag.UNRESOLVED_TYPE, name, type);
                yield Optional.empty();
            }
            default -> unsupported(component, name, type);
        };
        boolean orderMatters = kind.isEmpty() || (kind.get().size() > 1 && hasByteOrder(kind.get()));
        if (order.isPresent() && !orderMatters) {
            errors.error(component, order.get(), Diag.ORDER_ON_WRONG_TYPE, name, type);
        }
        return kind;
    }

    private static boolean hasByteOrder(FieldKind kind) {
        return kind instanceof FieldKind.IntKind || kind instanceof FieldKind.FloatKind
                || kind instanceof FieldKind.EnumKind;
    }

    private Optional<AnnotationMirror> singleIntAnnotation(RecordComponentElement component, String name) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (String annotation : INT_ANNOTATIONS) {
            mirrors.find(component, annotation).ifPresent(found::add);
        }
        if (found.size() > 1) {
            errors.error(component, found.get(1), Diag.CONFLICTING_ANNOTATIONS, name,
                    display(found.get(0)), display(found.get(1)));
        }
        return found.stream().findFirst();
    }

    private Optional<FieldKind> integer(RecordComponentElement component, String name, TypeKind javaType,
                                        Optional<AnnotationMirror> annotation, Endian endian) {
        int javaBits = bits(javaType);
        if (annotation.isEmpty()) {
            return Optional.of(new FieldKind.IntKind(javaBits / 8, true, javaType, endian));
        }
        AnnotationMirror mirror = annotation.get();
        String qualified = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
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
                    errors.error(component, mirror, value, Diag.WIDTH_OUT_OF_RANGE, display(mirror), width, name);
                    return Optional.empty();
                }
            }
        }
        int neededBits = signed ? 8 * width : Math.min(64, 8 * width + 1);
        if (javaBits < neededBits) {
            errors.error(component, mirror, Diag.INT_TYPE_TOO_NARROW, describe(mirror, width), name,
                    neededBits, javaType.toString().toLowerCase(java.util.Locale.ROOT), javaBits,
                    smallestType(neededBits));
            return Optional.empty();
        }
        return Optional.of(new FieldKind.IntKind(width, signed, javaType, endian));
    }

    private record Size(int size, int pad) {}

    private Optional<Size> fixedSize(RecordComponentElement component, String name, String typeName,
                                     Optional<AnnotationMirror> fixed) {
        if (fixed.isEmpty()) {
            errors.error(component, Diag.SIZE_MISSING, name, typeName);
            return Optional.empty();
        }
        AnnotationValue sizeValue = mirrors.value(fixed.get(), "value");
        int size = (Integer) sizeValue.getValue();
        boolean ok = true;
        if (size < 1) {
            errors.error(component, fixed.get(), sizeValue, Diag.FIXED_TOO_SMALL, size, name);
            ok = false;
        }
        int pad = mirrors.intValue(fixed.get(), "pad");
        if (pad < 0 || pad > 255) {
            errors.error(component, fixed.get(), mirrors.value(fixed.get(), "pad"), Diag.BYTE_OUT_OF_RANGE,
                    "pad", pad, name);
            ok = false;
        }
        return ok ? Optional.of(new Size(size, pad)) : Optional.empty();
    }

    private Optional<FieldKind> fixedString(RecordComponentElement component, String name,
                                            Optional<AnnotationMirror> fixed, Optional<AnnotationMirror> charset) {
        String charsetName = "UTF-8";
        if (charset.isPresent()) {
            AnnotationValue value = mirrors.value(charset.get(), "value");
            String requested = (String) value.getValue();
            Optional<Charset> resolved = lookup(requested);
            if (resolved.isEmpty()) {
                errors.error(component, charset.get(), value, Diag.UNKNOWN_CHARSET, requested, name);
                return Optional.empty();
            }
            charsetName = resolved.get().name();
        }
        String chosen = charsetName;
        return fixedSize(component, name, "String", fixed)
                .map(f -> new FieldKind.FixedStringKind(f.size, f.pad, chosen));
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private Optional<FieldKind> declared(RecordComponentElement component, String name, DeclaredType type,
                                         Endian endian) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            if (mirrors.find(element, AnnotationNames.WIRE_ENUM).isEmpty()) {
                errors.error(component, Diag.ENUM_NOT_WIRE_ENUM, name, element.getSimpleName(), element.getSimpleName());
                return Optional.empty();
            }
            Optional<EnumModel> model = registry.enumModel(element);
            return model.map(m -> new FieldKind.EnumKind(m.enumType(), m.codesType(), m.width(), endian));
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (mirrors.find(element, AnnotationNames.MESSAGE).isEmpty()) {
                errors.error(component, Diag.NESTED_NOT_MESSAGE, name, element.getSimpleName(), element.getSimpleName());
                return Optional.empty();
            }
            if (registry.isInProgress(element)) {
                errors.error(component, Diag.RECURSIVE_MESSAGE, name, element.getSimpleName(),
                        registry.cycleThrough(element));
                return Optional.empty();
            }
            Optional<MessageModel> model = registry.message(element);
            return model.map(m -> new FieldKind.NestedKind(m.messageType(), m.codecType(), m.length()));
        }
        return unsupported(component, name, type);
    }

    private Optional<FieldKind> unsupported(RecordComponentElement component, String name, TypeMirror type) {
        errors.error(component, Diag.UNSUPPORTED_TYPE, name, type);
        return Optional.empty();
    }

    private static boolean isDeclared(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private static boolean isIntegral(TypeKind kind) {
        return kind == TypeKind.BYTE || kind == TypeKind.SHORT || kind == TypeKind.INT || kind == TypeKind.LONG;
    }

    private static int bits(TypeKind kind) {
        return switch (kind) {
            case BYTE -> 8;
            case SHORT -> 16;
            case INT -> 32;
            default -> 64;
        };
    }

    private static String smallestType(int bits) {
        return bits <= 16 ? "short" : bits <= 32 ? "int" : "long";
    }

    private static String display(AnnotationMirror mirror) {
        return AnnotationNames.display(((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString());
    }

    private static String describe(AnnotationMirror mirror, int width) {
        String name = display(mirror);
        return name.equals("@Int") || name.equals("@UInt") ? name + "(" + width + ")" : name;
    }
}

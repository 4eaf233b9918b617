package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.BITS;
import static io.wireform.processor.collect.AnnotationNames.CHARSET;
import static io.wireform.processor.collect.AnnotationNames.COUNT;
import static io.wireform.processor.collect.AnnotationNames.COUNTED_BY;
import static io.wireform.processor.collect.AnnotationNames.FIXED;
import static io.wireform.processor.collect.AnnotationNames.HALF;
import static io.wireform.processor.collect.AnnotationNames.INT;
import static io.wireform.processor.collect.AnnotationNames.ORDER;
import static io.wireform.processor.collect.AnnotationNames.PREFIXED;
import static io.wireform.processor.collect.AnnotationNames.REMAINING;
import static io.wireform.processor.collect.AnnotationNames.SELECTED_BY;
import static io.wireform.processor.collect.AnnotationNames.SIZED_BY;
import static io.wireform.processor.collect.AnnotationNames.TERMINATED;
import static io.wireform.processor.collect.AnnotationNames.UINT;
import static io.wireform.processor.collect.AnnotationNames.UINT16;
import static io.wireform.processor.collect.AnnotationNames.UINT32;
import static io.wireform.processor.collect.AnnotationNames.UINT8;
import static io.wireform.processor.collect.AnnotationNames.VARINT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.FieldKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @Using} component: that nothing else says how it is written, and that its class is a
 * {@code FieldCodec} of the component's type (or, in a list, of the element's) that the generated codec
 * can get an instance of without reflection: public, or package-private in the record's package.
 */
final class UsingValidator {
    static final String FIELD_CODEC = "io.wireform.runtime.FieldCodec";
    /** What says how a value is written or where it ends: the codec's to say. */
    private static final List<String> CONTRADICTING = List.of(FIXED, PREFIXED, SIZED_BY, TERMINATED, REMAINING, BITS,
            INT, UINT, UINT8, UINT16, UINT32, VARINT, CHARSET, HALF, SELECTED_BY, ORDER, COUNT, COUNTED_BY);

    private final Mirrors mirrors;
    private final ErrorReporter errors;
    private final Types types;

    UsingValidator(Mirrors mirrors, ErrorReporter errors, Types types) {
        this.mirrors = mirrors;
        this.errors = errors;
        this.types = types;
    }

    /**
     * The first annotation that contradicts {@code @Using}, reported; {@code inList} allows the list's
     * count ({@code @Count}, {@code @CountedBy}, {@code @Prefixed} with its {@code @Order}, {@code @Remaining}).
     */
    boolean contradicted(ComponentScope scope, AnnotationMirror using, boolean inList) {
        String codec = codecName(using);
        for (String name : CONTRADICTING) {
            if (inList && (name.equals(COUNT) || name.equals(COUNTED_BY) || name.equals(PREFIXED) || name.equals(REMAINING)
                    || name.equals(ORDER))) {
                continue;
            }
            Optional<AnnotationMirror> found = mirrors.find(scope.component(), name);
            if (found.isPresent()) {
                String display = AnnotationNames.display(name);
                errors.error(scope.component(), found.get(), Diag.USING_CONFLICT, scope.name(), display, codec, display);
                return true;
            }
        }
        return false;
    }

    /** Whether {@code using} names a codec of {@code type} exactly (not reporting anything). */
    boolean codes(AnnotationMirror using, TypeMirror type) {
        if (!(mirrors.value(using, "value").getValue() instanceof TypeMirror codec)) {
            return false; // a class javac could not resolve: its own error says so
        }
        Optional<TypeMirror> argument = codedType(codec);
        return argument.isPresent() && types.isSameType(argument.get(), boxed(type));
    }

    /** The kind of a value of {@code type} read by the codec {@code using} names, or empty after an error. */
    Optional<FieldKind> kind(ComponentScope scope, AnnotationMirror using, TypeMirror type, String alsoAllowed) {
        AnnotationValue value = mirrors.value(using, "value");
        if (!(value.getValue() instanceof TypeMirror codec) || codec.getKind() == TypeKind.ERROR) {
            return Optional.empty(); // a class javac could not resolve: its own error says so
        }
        String codecName = codecName(using);
        if (codec.getKind() != TypeKind.DECLARED) {
            errors.error(scope.component(), using, value, Diag.USING_NOT_FIELD_CODEC, codecName, scope.name(), codecName,
                    boxed(type));
            return Optional.empty();
        }
        Optional<TypeMirror> argument = codedType(codec);
        if (argument.isEmpty()) {
            errors.error(scope.component(), using, value, Diag.USING_NOT_FIELD_CODEC, codecName, scope.name(), codecName,
                    boxed(type));
            return Optional.empty();
        }
        TypeMirror wanted = boxed(type);
        if (!types.isSameType(argument.get(), wanted)) {
            errors.error(scope.component(), using, value, Diag.USING_TYPE_MISMATCH, codecName, scope.name(), codecName,
                    argument.get().getKind() == TypeKind.NONE ? "values of no stated type (a raw FieldCodec)"
                            : argument.get().getKind() == TypeKind.TYPEVAR || argument.get().getKind() == TypeKind.WILDCARD
                            ? "values of an unstated type (" + argument.get() + ")" : argument.get(),
                    scope.name(), type, wanted, alsoAllowed);
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) codec).asElement();
        boolean samePackage = packageOf(element).equals(packageOf(scope.component()));
        Optional<Boolean> instanceField = instance(element, samePackage);
        if (instanceField.isEmpty()) {
            errors.error(scope.component(), using, value, Diag.USING_NO_INSTANCE, codecName, scope.name(), codecName,
                    unreachable(element, samePackage), codecName);
            return Optional.empty();
        }
        return Optional.of(new FieldKind.UsingKind(ClassName.get(element), TypeName.get(wanted), instanceField.get()));
    }

    /**
     * True when the class has a usable {@code INSTANCE}, false when only a public no-arg constructor, empty
     * when neither (or the class itself cannot be reached from another package).
     */
    private Optional<Boolean> instance(TypeElement element, boolean samePackage) {
        if (!reachable(element, samePackage)) {
            return Optional.empty();
        }
        for (Element member : element.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals("INSTANCE")
                    && member.getModifiers().containsAll(List.of(Modifier.STATIC, Modifier.FINAL))
                    && accessible(member, samePackage)
                    && types.isSameType(types.erasure(((VariableElement) member).asType()), types.erasure(element.asType()))) {
                return Optional.of(true);
            }
        }
        if (element.getModifiers().contains(Modifier.ABSTRACT) || element.getKind() != ElementKind.CLASS) {
            return Optional.empty();
        }
        for (Element member : element.getEnclosedElements()) {
            if (member.getKind() == ElementKind.CONSTRUCTOR && accessible(member, samePackage)
                    && ((ExecutableElement) member).getParameters().isEmpty()) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    /** Public, or not private where the generated codec sits in the same package. */
    private static boolean accessible(Element e, boolean samePackage) {
        return e.getModifiers().contains(Modifier.PUBLIC) || samePackage && !e.getModifiers().contains(Modifier.PRIVATE);
    }

    private static String packageOf(Element e) {
        while (e != null && e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        return e == null ? "" : e.toString();
    }

    /** Accessible, and static if nested, at every level: reachable from the generated codec's package. */
    private static boolean reachable(TypeElement element, boolean samePackage) {
        for (Element e = element; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!accessible(t, samePackage)
                    || t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
                    && t.getKind() == ElementKind.CLASS
                    || t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return false;
            }
        }
        return true;
    }

    private static String unreachable(TypeElement element, boolean samePackage) {
        for (Element e = element; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!accessible(t, samePackage)) {
                return t.getSimpleName() + (samePackage ? " is private" : " is not public");
            }
            if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
                    && t.getKind() == ElementKind.CLASS) {
                return t.getSimpleName() + " is an inner class; make it static";
            }
        }
        return element.getModifiers().contains(Modifier.ABSTRACT) ? "it is abstract and has no INSTANCE"
                : "it has neither a public no-arg constructor nor a public static final INSTANCE";
    }

    /** The {@code T} of the {@code FieldCodec<T>} the type implements, searched through its supertypes. */
    private Optional<TypeMirror> codedType(TypeMirror type) {
        if (type instanceof DeclaredType d && d.asElement() instanceof TypeElement e
                && e.getQualifiedName().contentEquals(FIELD_CODEC)) {
            return d.getTypeArguments().isEmpty() ? Optional.of(types.getNoType(TypeKind.NONE))
                    : Optional.of(d.getTypeArguments().get(0));
        }
        for (TypeMirror parent : types.directSupertypes(type)) {
            Optional<TypeMirror> found = codedType(parent);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
    }

    private String codecName(AnnotationMirror using) {
        Object codec = mirrors.value(using, "value").getValue();
        return codec instanceof DeclaredType d ? d.asElement().getSimpleName().toString() : String.valueOf(codec);
    }
}

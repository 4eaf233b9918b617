package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.COUNT;
import static io.wireform.processor.collect.AnnotationNames.COUNTED_BY;
import static io.wireform.processor.collect.AnnotationNames.FIXED;
import static io.wireform.processor.collect.AnnotationNames.PREFIXED;
import static io.wireform.processor.collect.AnnotationNames.REMAINING;
import static io.wireform.processor.collect.AnnotationNames.SIZED_BY;
import static io.wireform.processor.collect.AnnotationNames.TERMINATED;

import io.wireform.annotations.Width;
import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.Extent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Decides where a {@code byte[]}, {@code String}, {@code List} or {@code Payload} ends, from the one
 * annotation that says so, and resolves the components such annotations name.
 */
final class ExtentValidator {
    private final Mirrors mirrors;
    private final ErrorReporter errors;
    private final Paths paths;

    ExtentValidator(Mirrors mirrors, ErrorReporter errors, SchemaRegistry registry) {
        this.mirrors = mirrors;
        this.errors = errors;
        this.paths = new Paths(mirrors, errors, registry);
    }

    /** Exactly one of {@code allowed} says where the value ends; the others are misplaced. */
    Optional<Extent> extent(ComponentScope scope, String typeName, List<String> allowed) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (String annotation : List.of(FIXED, PREFIXED, SIZED_BY, TERMINATED, REMAINING, COUNT, COUNTED_BY)) {
            Optional<AnnotationMirror> mirror = mirrors.find(scope.component(), annotation);
            if (mirror.isEmpty()) {
                continue;
            }
            if (!allowed.contains(annotation)) {
                errors.error(scope.component(), mirror.get(), Diag.EXTENT_ON_WRONG_TYPE, AnnotationNames.display(annotation),
                        appliesTo(annotation), scope.name(), scope.component().asType(), "");
                return Optional.empty();
            }
            found.add(mirror.get());
        }
        if (typeName.equals("List")) {
            Optional<Extent> derived = derivedCount(scope, found);
            if (derived != null) {
                return derived;
            }
        }
        if (found.isEmpty()) {
            String options = allowed.stream().map(AnnotationNames::display).map(ExtentValidator::example)
                    .collect(Collectors.joining(", "));
            errors.error(scope.component(), Diag.SIZE_MISSING, scope.name(), typeName, options);
            return Optional.empty();
        }
        if (found.size() > 1) {
            errors.error(scope.component(), found.get(1), Diag.EXTENT_CONFLICT, scope.name(), display(found.get(0)),
                    display(found.get(1)));
            return Optional.empty();
        }
        AnnotationMirror mirror = found.get(0);
        return switch (qualifiedName(mirror)) {
            case FIXED -> fixedSize(scope, mirror);
            case COUNT -> count(scope, mirror);
            case PREFIXED -> Optional.of(new Extent.Prefixed(Width.valueOf(mirrors.enumValue(mirror, "value")),
                    scope.endian()));
            case SIZED_BY, COUNTED_BY -> sizedBy(scope, mirror);
            case TERMINATED -> terminated(scope, mirror);
            default -> Optional.of(new Extent.Remaining());
        };
    }

    /**
     * The count of a list that a {@code @CountOf} on some component names, which must say nothing else
     * about where it ends; null when no {@code @CountOf} names it. Where the {@code @CountOf} sits is
     * checked with the other derived fields ({@link DerivedCounts}).
     */
    private Optional<Extent> derivedCount(ComponentScope scope, List<AnnotationMirror> found) {
        for (RecordComponentElement other : scope.all()) {
            for (AnnotationMirror countOf : mirrors.findAll(other, AnnotationNames.COUNT_OF, AnnotationNames.COUNT_OF_LIST)) {
                if (!mirrors.stringValue(countOf, "list").equals(scope.name())) {
                    continue;
                }
                if (!found.isEmpty()) {
                    errors.error(other, countOf, mirrors.value(countOf, "list"), Diag.COUNT_OF_LIST_HAS_EXTENT,
                            scope.name(), other.getSimpleName(), display(found.get(0)), display(found.get(0)),
                            scope.name());
                    return Optional.empty();
                }
                return Optional.of(new Extent.SizedBy(io.wireform.processor.model.FieldModel.countName(scope.name())));
            }
        }
        if (found.isEmpty() && misnamedCount(scope)) {
            return Optional.empty(); // a @CountOf that names no component was meant for it: that one error says it
        }
        return null;
    }

    /** Whether a {@code @CountOf} of the record names no component at all. */
    private boolean misnamedCount(ComponentScope scope) {
        for (RecordComponentElement other : scope.all()) {
            for (AnnotationMirror countOf : mirrors.findAll(other, AnnotationNames.COUNT_OF, AnnotationNames.COUNT_OF_LIST)) {
                String list = mirrors.stringValue(countOf, "list");
                if (scope.all().stream().noneMatch(c -> c.getSimpleName().contentEquals(list))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The component types an extent annotation applies to, as words. */
    static String appliesTo(String annotation) {
        return switch (annotation) {
            case COUNT, COUNTED_BY -> "List";
            case PREFIXED, REMAINING, TERMINATED -> "byte[], String and List";
            default -> "byte[] and String";
        };
    }

    private static String example(String annotation) {
        return switch (annotation) {
            case "@Fixed" -> "@Fixed(n)";
            case "@Count" -> "@Count(n)";
            case "@Prefixed" -> "@Prefixed(Width.UINT16)";
            case "@SizedBy", "@CountedBy" -> annotation + "(\"field\")";
            default -> annotation;
        };
    }

    private Optional<Extent> fixedSize(ComponentScope scope, AnnotationMirror fixed) {
        AnnotationValue sizeValue = mirrors.value(fixed, "value");
        int size = (Integer) sizeValue.getValue();
        if (size < 1) {
            errors.error(scope.component(), fixed, sizeValue, Diag.FIXED_TOO_SMALL, size, scope.name());
            return Optional.empty();
        }
        return Optional.of(new Extent.Fixed(size));
    }

    private Optional<Extent> count(ComponentScope scope, AnnotationMirror count) {
        AnnotationValue value = mirrors.value(count, "value");
        int size = (Integer) value.getValue();
        if (size < 0) {
            errors.error(scope.component(), count, value, Diag.COUNT_NEGATIVE, size, scope.name());
            return Optional.empty();
        }
        return Optional.of(new Extent.Fixed(size));
    }

    int pad(ComponentScope scope) {
        Optional<AnnotationMirror> fixed = mirrors.find(scope.component(), FIXED);
        if (fixed.isEmpty()) {
            return 0;
        }
        int pad = mirrors.intValue(fixed.get(), "pad");
        if (pad < 0 || pad > 255) {
            errors.error(scope.component(), fixed.get(), mirrors.value(fixed.get(), "pad"), Diag.BYTE_OUT_OF_RANGE,
                    "pad", pad, scope.name());
        }
        return pad & 0xFF;
    }

    private Optional<Extent> sizedBy(ComponentScope scope, AnnotationMirror mirror) {
        AnnotationValue value = mirrors.value(mirror, "value");
        String display = display(mirror);
        Optional<Paths.Target> target = target(scope, mirror, value, display);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        for (RecordComponentElement leaf : target.get().leaves()) {
            if (!IntegerKinds.isIntegral(leaf.asType().getKind())) {
                String name = target.get().reference() == null ? leaf.getSimpleName().toString()
                        : target.get().reference().text();
                errors.error(scope.component(), mirror, value, Diag.REFERENCE_WRONG_TYPE, display, name,
                        scope.name(), leaf.getSimpleName(), leaf.asType(), "an integer component");
                return Optional.empty();
            }
        }
        String field = target.get().reference() == null ? target.get().element().getSimpleName().toString()
                : target.get().reference().text();
        return Optional.of(new Extent.SizedBy(field, target.get().reference()));
    }

    /**
     * What an annotation's {@code value} names: an earlier component, a path into an earlier nested
     * record, or (for an array value) alternatives; empty after reporting what is wrong.
     */
    Optional<Paths.Target> target(ComponentScope scope, AnnotationMirror mirror, AnnotationValue value, String display) {
        List<String> texts = new ArrayList<>();
        if (value.getValue() instanceof List<?> list) {
            list.forEach(v -> texts.add((String) ((AnnotationValue) v).getValue()));
        } else {
            texts.add((String) value.getValue());
        }
        if (texts.isEmpty()) {
            errors.error(scope.component(), mirror, value, Diag.REFERENCE_UNKNOWN, display + "({})",
                    "'" + scope.name() + "'", ((TypeElement) scope.component().getEnclosingElement()).getSimpleName(),
                    "name an earlier integer component");
            return Optional.empty();
        }
        return paths.alternatives(scope, mirror, value, display, texts, this);
    }

    private Optional<Extent> terminated(ComponentScope scope, AnnotationMirror mirror) {
        AnnotationValue value = mirrors.value(mirror, "value");
        String[] problem = new String[1];
        Optional<List<Integer>> bytes = Markers.parse((String) value.getValue(), problem);
        if (bytes.isEmpty()) {
            errors.error(scope.component(), mirror, value, Diag.MARKER_NOT_HEX, "Terminated", value.getValue(), problem[0]);
            return Optional.empty();
        }
        if (bytes.get().isEmpty()) {
            errors.error(scope.component(), mirror, value, Diag.MARKER_EMPTY, "Terminated", "'" + scope.name() + "'");
            return Optional.empty();
        }
        return Optional.of(new Extent.Terminated(bytes.get()));
    }

    /** The earlier component a name refers to, or empty after reporting what is wrong with it. */
    Optional<RecordComponentElement> reference(ComponentScope scope, AnnotationMirror mirror, AnnotationValue value,
                                               String display, String target, String shown) {
        boolean forWhen = display.equals("@When") || display.equals("@SelectedBy");
        for (int i = 0; i < scope.all().size(); i++) {
            RecordComponentElement candidate = scope.all().get(i);
            if (candidate.getSimpleName().contentEquals(target)) {
                if (i == scope.index()) {
                    errors.error(scope.component(), mirror, value, Diag.REFERENCE_SELF, display, shown, scope.name(),
                            forWhen ? "boolean or integer component" : "integer component");
                    return Optional.empty();
                }
                if (i > scope.index()) {
                    errors.error(scope.component(), mirror, value, Diag.REFERENCE_NOT_EARLIER, display, shown,
                            scope.name(), target, scope.name());
                    return Optional.empty();
                }
                return Optional.of(candidate);
            }
        }
        List<String> usable = new ArrayList<>();
        for (int i = 0; i < scope.index(); i++) {
            TypeKind kind = scope.all().get(i).asType().getKind();
            if (IntegerKinds.isIntegral(kind) || (forWhen && kind == TypeKind.BOOLEAN)) {
                usable.add(scope.all().get(i).getSimpleName().toString());
            }
        }
        String fix = usable.isEmpty()
                ? "there is no earlier " + (forWhen ? "boolean or integer" : "integer") + " component, so add one before '"
                        + scope.name() + "'"
                : "use one of: " + String.join(", ", usable);
        errors.error(scope.component(), mirror, value, Diag.REFERENCE_UNKNOWN, display + "(\"" + shown + "\")",
                "'" + scope.name() + "'", ((TypeElement) scope.component().getEnclosingElement()).getSimpleName(), fix);
        return Optional.empty();
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private static String display(AnnotationMirror mirror) {
        return AnnotationNames.display(qualifiedName(mirror));
    }
}

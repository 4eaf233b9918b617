package io.wireform.processor.collect;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads annotations through {@link AnnotationMirror}s, so values keep their source position. */
public final class Mirrors {
    private final Elements elements;

    public Mirrors(Elements elements) {
        this.elements = elements;
    }

    /** The compiler's element utilities these mirrors are read with. */
    public Elements elements() {
        return elements;
    }

    /** The annotation of the given qualified type on {@code element}, if present. */
    public Optional<AnnotationMirror> find(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotationName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /**
     * Every {@code annotationName} on {@code element} in source order, whether written once or several
     * times (then {@code javac} wraps them in the {@code containerName} annotation).
     */
    public java.util.List<AnnotationMirror> findAll(Element element, String annotationName, String containerName) {
        java.util.List<AnnotationMirror> all = new java.util.ArrayList<>();
        find(element, annotationName).ifPresent(all::add);
        find(element, containerName).ifPresent(container -> {
            @SuppressWarnings("unchecked")
            java.util.List<? extends AnnotationValue> values =
                    (java.util.List<? extends AnnotationValue>) value(container, "value").getValue();
            values.forEach(v -> all.add((AnnotationMirror) v.getValue()));
        });
        return all;
    }

    /** The value of {@code name}, explicit or default. */
    public AnnotationValue value(AnnotationMirror mirror, String name) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(mirror);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("no member " + name + " in " + mirror);
    }

    /**
     * The value written in the source for {@code name}, or null when the default applies. Errors
     * are attached to it when present, so that they point at the exact text the user wrote.
     */
    public AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public int intValue(AnnotationMirror mirror, String name) {
        return ((Number) value(mirror, name).getValue()).intValue();
    }

    public long longValue(AnnotationMirror mirror, String name) {
        return ((Number) value(mirror, name).getValue()).longValue();
    }

    public String stringValue(AnnotationMirror mirror, String name) {
        return (String) value(mirror, name).getValue();
    }

    /** The simple name of an enum constant value, e.g. {@code LITTLE}. */
    public String enumValue(AnnotationMirror mirror, String name) {
        return ((VariableElement) value(mirror, name).getValue()).getSimpleName().toString();
    }
}

package io.wireform.processor.diag;

import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * The single way the processor reports problems. Errors point at the most precise place known:
 * the annotation value, else the annotation, else the element.
 *
 * <p>javac before 20 gives diagnostics on record components no source position (JDK-8295184).
 * Wireform's component annotations also target fields, so javac copies them to the record's
 * private field, whose position it knows: a problem on a component is reported on that field,
 * its copy of the annotation and its copy of the value, which sit at the same place in the source.
 */
public final class ErrorReporter {
    private final Messager messager;
    private int errors;

    public ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    public void error(Element element, Diag diag, Object... args) {
        errors++;
        messager.printMessage(Kind.ERROR, diag.format(args), backingField(element));
    }

    public void error(Element element, AnnotationMirror annotation, Diag diag, Object... args) {
        errors++;
        Element target = backingField(element);
        messager.printMessage(Kind.ERROR, diag.format(args), target, counterpart(target, annotation));
    }

    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Diag diag, Object... args) {
        errors++;
        Element target = backingField(element);
        AnnotationMirror mirror = counterpart(target, annotation);
        messager.printMessage(Kind.ERROR, diag.format(args), target, mirror,
                mirror == annotation ? value : counterpart(annotation, value, mirror));
    }

    /** Errors reported so far; a phase compares counts to tell whether it added any. */
    public int errorCount() {
        return errors;
    }

    private static Element backingField(Element element) {
        if (element.getKind() != ElementKind.RECORD_COMPONENT) {
            return element;
        }
        for (Element sibling : element.getEnclosingElement().getEnclosedElements()) {
            if (sibling.getKind() == ElementKind.FIELD && sibling.getSimpleName().equals(element.getSimpleName())) {
                return sibling;
            }
        }
        return element;
    }

    /** The annotation on {@code target} of the same type as {@code annotation}, or {@code annotation} itself. */
    private static AnnotationMirror counterpart(Element target, AnnotationMirror annotation) {
        for (AnnotationMirror candidate : target.getAnnotationMirrors()) {
            if (candidate.getAnnotationType().toString().equals(annotation.getAnnotationType().toString())) {
                return candidate;
            }
        }
        return annotation;
    }

    /** The value of {@code copy} for the member that holds {@code value} in {@code original}. */
    private static AnnotationValue counterpart(AnnotationMirror original, AnnotationValue value, AnnotationMirror copy) {
        String member = null;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : original.getElementValues().entrySet()) {
            if (e.getValue() == value) {
                member = e.getKey().getSimpleName().toString();
            }
        }
        if (member == null) {
            return null; // a default value: it has no place in the source, so the annotation is the place
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : copy.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(member)) {
                return e.getValue();
            }
        }
        return null;
    }
}

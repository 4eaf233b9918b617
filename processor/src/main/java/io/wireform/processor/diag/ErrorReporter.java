package io.wireform.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The single way the processor reports problems. Errors point at the most precise place known:
 * the annotation value, else the annotation, else the element.
 */
public final class ErrorReporter {
    private final Messager messager;
    private int errors;

    public ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    public void error(Element element, Diag diag, Object... args) {
        errors++;
        messager.printMessage(Kind.ERROR, diag.format(args), element);
    }

    public void error(Element element, AnnotationMirror annotation, Diag diag, Object... args) {
        errors++;
        messager.printMessage(Kind.ERROR, diag.format(args), element, annotation);
    }

    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Diag diag, Object... args) {
        errors++;
        messager.printMessage(Kind.ERROR, diag.format(args), element, annotation, value);
    }

    /** Errors reported so far; a phase compares counts to tell whether it added any. */
    public int errorCount() {
        return errors;
    }
}

package io.wireform.processor.validate;

import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import java.util.Optional;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** {@code @Code} and {@code @Fallback} mean nothing outside a {@code @WireEnum}: report them rather than ignore them. */
public final class StrayCodes {
    private final Mirrors mirrors;
    private final ErrorReporter errors;

    public StrayCodes(Mirrors mirrors, ErrorReporter errors) {
        this.mirrors = mirrors;
        this.errors = errors;
    }

    public void check(RoundEnvironment round, Elements elements) {
        for (String annotation : new String[] {AnnotationNames.CODE, AnnotationNames.FALLBACK}) {
            TypeElement annotationType = elements.getTypeElement(annotation);
            if (annotationType == null) {
                continue;
            }
            for (Element constant : round.getElementsAnnotatedWith(annotationType)) {
                Element owner = constant.getEnclosingElement();
                if (mirrors.find(owner, AnnotationNames.WIRE_ENUM).isEmpty()) {
                    Optional<AnnotationMirror> mirror = mirrors.find(constant, annotation);
                    errors.error(constant, mirror.orElseThrow(), Diag.CODE_OUTSIDE_WIRE_ENUM,
                            annotation.substring(annotation.lastIndexOf('.') + 1), owner.getSimpleName(),
                            constant.getSimpleName(), owner.getSimpleName());
                }
            }
        }
    }
}

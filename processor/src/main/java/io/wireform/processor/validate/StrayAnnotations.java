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
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Annotations that mean nothing where they are, reported rather than ignored: {@code @Code} and
 * {@code @Fallback} on a constant outside a {@code @WireEnum}, {@code @Tag} or {@code @Fallback} on a record no
 * {@code @Protocol} permits.
 */
public final class StrayAnnotations {
    private final Mirrors mirrors;
    private final ErrorReporter errors;

    public StrayAnnotations(Mirrors mirrors, ErrorReporter errors) {
        this.mirrors = mirrors;
        this.errors = errors;
    }

    public void check(RoundEnvironment round, Elements elements) {
        TypeElement tagType = elements.getTypeElement(AnnotationNames.TAG);
        if (tagType != null) {
            for (Element tagged : round.getElementsAnnotatedWith(tagType)) {
                if (!permittedByProtocol(tagged)) {
                    errors.error(tagged, mirrors.find(tagged, AnnotationNames.TAG).orElseThrow(), Diag.TAG_OUTSIDE_PROTOCOL,
                            tagged.getSimpleName(), tagged.getSimpleName(), tagged.getSimpleName());
                }
            }
        }
        TypeElement paddingType = elements.getTypeElement(AnnotationNames.PADDING);
        if (paddingType != null) {
            for (Element padded : round.getElementsAnnotatedWith(paddingType)) {
                // on a type, @Padding means a message record's reserved bytes after its last component
                if (padded instanceof TypeElement type && (type.getKind() != javax.lang.model.element.ElementKind.RECORD
                        || mirrors.find(type, AnnotationNames.MESSAGE).isEmpty() && !permittedByProtocol(type))) {
                    errors.error(type, mirrors.find(type, AnnotationNames.PADDING).orElseThrow(), Diag.PADDING_OUTSIDE_MESSAGE,
                            type.getSimpleName(), type.getSimpleName());
                }
            }
        }
        for (String annotation : new String[] {AnnotationNames.CODE, AnnotationNames.FALLBACK}) {
            TypeElement annotationType = elements.getTypeElement(annotation);
            if (annotationType == null) {
                continue;
            }
            for (Element constant : round.getElementsAnnotatedWith(annotationType)) {
                if (constant instanceof TypeElement record) {
                    // @Fallback on a record: the protocol's record for every unknown tag
                    if (!permittedByProtocol(record)) {
                        errors.error(record, mirrors.find(record, annotation).orElseThrow(), Diag.FALLBACK_OUTSIDE_PROTOCOL,
                                record.getSimpleName(), record.getSimpleName(), record.getSimpleName());
                    }
                    continue;
                }
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

    private boolean permittedByProtocol(Element element) {
        if (!(element instanceof TypeElement type)) {
            return false;
        }
        for (TypeMirror parent : type.getInterfaces()) {
            Element parentElement = ((DeclaredType) parent).asElement();
            if (mirrors.find(parentElement, AnnotationNames.PROTOCOL).isPresent()) {
                return true;
            }
        }
        return false;
    }
}

package io.wireform.processor.validate;

import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.ReaderSettings;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Reads the reader settings of a {@code @Message} or {@code @Protocol} annotation. */
final class ReaderSettingsReader {
    private ReaderSettingsReader() {}

    static ReaderSettings read(Mirrors mirrors, ErrorReporter errors, TypeElement type, AnnotationMirror annotation) {
        AnnotationValue max = mirrors.value(annotation, "maxFrameLength");
        int maxFrameLength = (Integer) max.getValue();
        if (maxFrameLength < 0) {
            errors.error(type, annotation, max, Diag.MAX_FRAME_LENGTH_NEGATIVE, maxFrameLength, type.getSimpleName());
            maxFrameLength = 0;
        }
        return new ReaderSettings(maxFrameLength, mirrors.enumValue(annotation, "resync"));
    }
}

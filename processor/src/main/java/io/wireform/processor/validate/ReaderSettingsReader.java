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
    /**
     * The largest {@code maxFrameLength} a reader accepts: the runtime's {@code FrameReader.LARGEST_MAX_FRAME_LENGTH}
     * (the largest Java buffer, 2^31 - 9, less the 64 bytes a reader keeps for its framing's own); the processor
     * does not depend on the runtime, a test checks that the two agree.
     */
    static final int LARGEST_MAX_FRAME_LENGTH = Integer.MAX_VALUE - 72;

    private ReaderSettingsReader() {}

    static ReaderSettings read(Mirrors mirrors, ErrorReporter errors, TypeElement type, AnnotationMirror annotation) {
        AnnotationValue max = mirrors.value(annotation, "maxFrameLength");
        int maxFrameLength = (Integer) max.getValue();
        if (maxFrameLength < 0) {
            errors.error(type, annotation, max, Diag.MAX_FRAME_LENGTH_NEGATIVE, maxFrameLength, type.getSimpleName());
            maxFrameLength = 0;
        } else if (maxFrameLength > LARGEST_MAX_FRAME_LENGTH) {
            errors.error(type, annotation, max, Diag.MAX_FRAME_LENGTH_TOO_LARGE, maxFrameLength, type.getSimpleName(),
                    LARGEST_MAX_FRAME_LENGTH);
            maxFrameLength = 0;
        }
        return new ReaderSettings(maxFrameLength, mirrors.enumValue(annotation, "resync"));
    }
}

package io.wireform.processor.validate;

import io.wireform.annotations.BitOrder;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import javax.lang.model.element.AnnotationMirror;

/**
 * The message-wide settings of a record: from its own {@code @Message}, or, for a record that a
 * {@code @Protocol} permits without one, from the protocol.
 *
 * @param annotation where errors about the record as a whole are attached
 */
record MessageSettings(AnnotationMirror annotation, Endian endian, Layout layout, BitOrder bitOrder) {}

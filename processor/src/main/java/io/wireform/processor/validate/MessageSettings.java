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
 * @param tagBits high bits of the record's first bytes that a bit-field protocol tag takes, else 0
 * @param tagBytes bytes the protocol's tag spans; the record's first bit group must span them too
 */
record MessageSettings(AnnotationMirror annotation, Endian endian, Layout layout, BitOrder bitOrder, int tagBits,
                       int tagBytes) {}

package io.wireform.processor.validate;

import io.wireform.annotations.BitOrder;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Width;
import io.wireform.processor.model.Item;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * The message-wide settings of a record: from its own {@code @Message}, or, for a record that a
 * {@code @Protocol} permits without one, from the protocol.
 *
 * @param annotation where errors about the record as a whole are attached
 * @param tagBits high bits of the record's first bytes that a bit-field protocol tag takes, else 0
 * @param tagBytes bytes the protocol's tag spans; the record's first bit group must span them too
 * @param protocolLength the length the record's protocol puts after each tag, which the record carries
 * @param fallback whether the record is its protocol's {@code @Fallback}, whose first component holds the tag
 * @param tagWidth the tag's width in the record's protocol, for a fallback's tag component
 * @param tag the record's own tag, which a bit-field tag's record writes and checks in its first group
 * @param tagEndian the byte order of the record's protocol, in which the group holding a bit-field tag is read
 */
record MessageSettings(AnnotationMirror annotation, Endian endian, Layout layout, BitOrder bitOrder, int tagBits,
                       int tagBytes, Optional<Item.Length> protocolLength, boolean fallback, Width tagWidth,
                       java.util.OptionalLong tag, Endian tagEndian) {}

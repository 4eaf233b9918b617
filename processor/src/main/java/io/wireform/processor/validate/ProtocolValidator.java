package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.CHECKSUM;
import static io.wireform.processor.collect.AnnotationNames.END;
import static io.wireform.processor.collect.AnnotationNames.FALLBACK;
import static io.wireform.processor.collect.AnnotationNames.MAGIC;
import static io.wireform.processor.collect.AnnotationNames.PROTOCOL;
import static io.wireform.processor.collect.AnnotationNames.TAG;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Width;
import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.GeneratedNames;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.model.ReaderSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Checks a {@code @Protocol} interface and the records it permits. */
final class ProtocolValidator {
    private final Mirrors mirrors;
    private final ErrorReporter errors;
    private final SchemaRegistry registry;

    ProtocolValidator(Mirrors mirrors, ErrorReporter errors, SchemaRegistry registry) {
        this.mirrors = mirrors;
        this.errors = errors;
        this.registry = registry;
    }

    Optional<ProtocolModel> validate(TypeElement type) {
        int before = errors.errorCount();
        AnnotationMirror protocol = mirrors.find(type, PROTOCOL).orElseThrow();
        String name = type.getSimpleName().toString();
        if (type.getKind() != ElementKind.INTERFACE || !type.getModifiers().contains(Modifier.SEALED)) {
            errors.error(type, protocol, Diag.PROTOCOL_NOT_SEALED, name, name);
            return Optional.empty();
        }
        boolean selected = (Boolean) mirrors.value(protocol, "selected").getValue();
        boolean untagged = (Boolean) mirrors.value(protocol, "untagged").getValue();
        if (selected) {
            for (String setting : List.of("tag", "tagBits", "untagged", "length")) {
                AnnotationValue explicit = mirrors.explicitValue(protocol, setting);
                if (explicit != null) {
                    errors.error(type, protocol, explicit, Diag.SELECTED_WITH_TAG_SETTINGS, name, setting);
                }
            }
        }
        Width tagWidth = Width.valueOf(mirrors.enumValue(protocol, "tag"));
        int tagBits = selected ? 0 : mirrors.intValue(protocol, "tagBits");
        if (tagBits != 0 && (tagBits < 0 || tagBits >= 8 * tagWidth.bytes())) {
            errors.error(type, protocol, mirrors.value(protocol, "tagBits"), Diag.TAG_BITS_OUT_OF_RANGE, tagBits, name,
                    Math.max(0, 8 * tagWidth.bytes() - 1), tagWidth);
            return Optional.empty();
        }
        Optional<Item.Length> length = selected ? Optional.empty() : protocolLength(type, protocol);
        List<ProtocolModel.Variant> variants = new ArrayList<>();
        Map<Long, String> byTag = new HashMap<>();
        boolean complete = true;
        List<TypeElement> records = new ArrayList<>();
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
            TypeElement record = (TypeElement) ((DeclaredType) permitted).asElement();
            if (record.getKind() != ElementKind.RECORD) {
                errors.error(record, Diag.PROTOCOL_PERMITS_NON_RECORD, record.getSimpleName(), name);
                continue;
            }
            records.add(record);
        }
        TypeElement fallback = fallback(type, name, untagged, records);
        // one mistake, one error: no record tagged (or, untagged, none with a magic) is said once, on the protocol
        // a second @Fallback is reported as such, not as a record without a tag
        Predicate<TypeElement> tagged = r -> r != fallback && mirrors.find(r, FALLBACK).isEmpty();
        boolean noneTagged = !untagged && records.stream().filter(tagged).count() > 0
                && records.stream().filter(tagged).allMatch(r -> mirrors.find(r, TAG).isEmpty());
        if (noneTagged) {
            errors.error(type, protocol, Diag.TAGS_MISSING, name, records.get(0).getSimpleName());
        }
        boolean noneWithMagic = untagged && !records.isEmpty()
                && records.stream().allMatch(r -> mirrors.find(r, MAGIC).isEmpty());
        if (noneWithMagic) {
            errors.error(type, protocol, Diag.UNTAGGED_NO_MAGIC, name);
        }
        List<long[]> ranges = new ArrayList<>();
        List<String> rangeOwners = new ArrayList<>();
        for (TypeElement record : records) {
            Optional<AnnotationMirror> strayTag = untagged ? mirrors.find(record, TAG) : Optional.empty();
            if (strayTag.isPresent()) {
                errors.error(record, strayTag.get(), Diag.TAG_IN_UNTAGGED, record.getSimpleName(), name);
            }
            boolean isFallback = record == fallback;
            long tag = 0;
            long tagTo = 0;
            if (isFallback) {
                mirrors.find(record, TAG).ifPresent(t -> errors.error(record, t, Diag.FALLBACK_WITH_TAG,
                        record.getSimpleName(), name));
            } else if (!untagged && !noneTagged && tagged.test(record)) {
                long[] range = selected ? selectorRange(record, name, ranges, rangeOwners)
                        : new long[] {tag(record, name, tagWidth, tagBits, byTag), -1};
                tag = range[0];
                tagTo = range[1] < 0 ? range[0] : range[1];
            }
            if (length.isPresent()) {
                for (String trailer : List.of(END, CHECKSUM)) {
                    mirrors.find(record, trailer).ifPresent(t -> errors.error(record, t, Diag.PROTOCOL_LENGTH_TRAILER,
                            record.getSimpleName(), name, AnnotationNames.display(trailer)));
                }
            }
            Optional<MessageModel> message = registry.message(record);
            if (message.isEmpty()) {
                complete = false; // reported on the record itself
                continue;
            }
            variants.add(new ProtocolModel.Variant(message.get(), tag, tagTo, isFallback));
        }
        if (untagged && !noneWithMagic) {
            checkDistinguishable(type, variants);
        }
        if (fallback != null && !selected && !untagged) {
            checkFallbackReachable(fallback, name, tagWidth, tagBits, byTag.size());
        }
        if (errors.errorCount() != before || !complete) {
            return Optional.empty();
        }
        ClassName protocolType = ClassName.get(type);
        return Optional.of(new ProtocolModel(protocolType, GeneratedNames.codecOf(protocolType), Visibility.isPublic(type),
                Endian.valueOf(mirrors.enumValue(protocol, "endian")), tagWidth, tagBits, untagged, selected, length,
                variants, selected ? ReaderSettings.DEFAULT : ReaderSettingsReader.read(mirrors, errors, type, protocol)));
    }

    /** A fallback decodes the tags no other record has: some must be left. */
    private void checkFallbackReachable(TypeElement fallback, String protocol, Width tagWidth, int tagBits, int taken) {
        int bits = tagBits > 0 ? tagBits : 8 * tagWidth.bytes();
        if (bits == 0 || bits >= 31 || taken < 1 << bits) {
            return; // a varint tag, or more values than records
        }
        errors.error(fallback, mirrors.find(fallback, FALLBACK).orElseThrow(), Diag.FALLBACK_UNREACHABLE,
                fallback.getSimpleName(), protocol, 1 << bits,
                tagBits > 0 ? tagBits + " tag bit(s)" : tagWidth + " tag", fallback.getSimpleName());
    }

    /** The one {@code @Fallback} record, if any, checked to be allowed where it is. */
    private TypeElement fallback(TypeElement type, String name, boolean untagged, List<TypeElement> records) {
        TypeElement fallback = null;
        for (TypeElement record : records) {
            Optional<AnnotationMirror> mirror = mirrors.find(record, FALLBACK);
            if (mirror.isEmpty()) {
                continue;
            }
            if (untagged) {
                errors.error(record, mirror.get(), Diag.FALLBACK_IN_UNTAGGED, record.getSimpleName(), name);
            } else if (fallback != null) {
                errors.error(record, mirror.get(), Diag.FALLBACK_TWICE, record.getSimpleName(), name,
                        fallback.getSimpleName());
            } else {
                fallback = record;
            }
        }
        return fallback;
    }

    /**
     * The protocol's own length ({@code @Protocol(length = @Length(...))}), as the length item each record
     * puts after its tag: written in the protocol's byte order and counting the rest of the record.
     */
    private Optional<Item.Length> protocolLength(TypeElement type, AnnotationMirror protocol) {
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> lengths = (List<? extends AnnotationValue>) mirrors.value(protocol, "length").getValue();
        if (lengths.isEmpty()) {
            return Optional.empty();
        }
        AnnotationValue first = lengths.get(0);
        if (lengths.size() > 1) {
            errors.error(type, protocol, mirrors.explicitValue(protocol, "length"), Diag.PROTOCOL_LENGTH,
                    type.getSimpleName(), "a frame has one length; give one @Length");
            return Optional.empty();
        }
        AnnotationMirror length = (AnnotationMirror) first.getValue();
        if (!((String) mirrors.value(length, "through").getValue()).isEmpty()) {
            errors.error(type, protocol, mirrors.explicitValue(protocol, "length"), Diag.PROTOCOL_LENGTH,
                    type.getSimpleName(), "it counts the rest of every record, so through must stay empty");
            return Optional.empty();
        }
        return lengthOf(mirrors, protocol);
    }

    /** The length item a protocol's records put after their tag, read without checking it. */
    static Optional<Item.Length> lengthOf(Mirrors mirrors, AnnotationMirror protocol) {
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> lengths = (List<? extends AnnotationValue>) mirrors.value(protocol, "length").getValue();
        if (lengths.size() != 1 || (Boolean) mirrors.value(protocol, "selected").getValue()) {
            return Optional.empty();
        }
        AnnotationMirror length = (AnnotationMirror) lengths.get(0).getValue();
        return Optional.of(new Item.Length(Width.valueOf(mirrors.enumValue(length, "value")),
                Endian.valueOf(mirrors.enumValue(protocol, "endian")), null, null,
                (Boolean) mirrors.value(length, "includeSelf").getValue(), mirrors.intValue(length, "adjust")));
    }

    /** A selected protocol's record's values: {@code [first, last]}, last -1 for one value; checked against the others. */
    private long[] selectorRange(TypeElement record, String protocol, List<long[]> ranges, List<String> owners) {
        Optional<AnnotationMirror> tag = mirrors.find(record, TAG);
        if (tag.isEmpty()) {
            errors.error(record, Diag.TAG_MISSING, record.getSimpleName(), protocol);
            return new long[] {0, -1};
        }
        long from = mirrors.longValue(tag.get(), "value");
        long to = mirrors.longValue(tag.get(), "to");
        if (to >= 0 && to < from) {
            errors.error(record, tag.get(), mirrors.value(tag.get(), "to"), Diag.TAG_RANGE_BACKWARDS, from, to,
                    record.getSimpleName());
            return new long[] {from, -1};
        }
        long last = to < 0 ? from : to;
        for (int i = 0; i < ranges.size(); i++) {
            long[] other = ranges.get(i);
            if (from <= other[1] && other[0] <= last) {
                errors.error(record, tag.get(), Diag.TAG_OVERLAP, record.getSimpleName(), describe(from, last),
                        owners.get(i), describe(other[0], other[1]), protocol);
            }
        }
        ranges.add(new long[] {from, last});
        owners.add(record.getSimpleName().toString());
        return new long[] {from, to};
    }

    private static String describe(long from, long to) {
        return from == to ? Long.toString(from) : from + " to " + to;
    }

    private long tag(TypeElement record, String protocol, Width width, int tagBits, Map<Long, String> byTag) {
        Optional<AnnotationMirror> tag = mirrors.find(record, TAG);
        if (tag.isEmpty()) {
            errors.error(record, Diag.TAG_MISSING, record.getSimpleName(), protocol);
            return -1;
        }
        AnnotationValue value = mirrors.value(tag.get(), "value");
        long code = ((Number) value.getValue()).longValue();
        if (mirrors.longValue(tag.get(), "to") >= 0) {
            errors.error(record, tag.get(), mirrors.value(tag.get(), "to"), Diag.TAG_RANGE_NOT_SELECTED, code,
                    mirrors.longValue(tag.get(), "to"), record.getSimpleName(), protocol);
            return -1;
        }
        String max = tagBits > 0 ? Long.toString((1L << tagBits) - 1)
                : width == Width.UINT64 || width == Width.VARINT || width == Width.LENENC ? Long.toUnsignedString(-1L)
                : width == Width.MQTT ? "268435455" : Long.toString((1L << (8 * width.bytes())) - 1);
        boolean fits = tagBits == 0 && (width == Width.UINT64 || width == Width.VARINT || width == Width.LENENC)
                || (code >= 0 && code <= Long.parseLong(max));
        if (!fits) {
            errors.error(record, tag.get(), value, Diag.TAG_TOO_WIDE, code, record.getSimpleName(), width, protocol, max);
            return -1;
        }
        String previous = byTag.putIfAbsent(code, record.getSimpleName().toString());
        if (previous != null) {
            errors.error(record, tag.get(), value, Diag.TAG_DUPLICATE, code, record.getSimpleName(), previous, protocol);
        }
        return code;
    }

    /**
     * Variants sharing a magic must differ in fixed length and carry an end marker that decides; no
     * magic may be the start of another, or the shorter would be taken for the longer.
     */
    private void checkDistinguishable(TypeElement type, List<ProtocolModel.Variant> variants) {
        for (int i = 0; i < variants.size(); i++) {
            MessageModel a = variants.get(i).message();
            if (a.magic().isEmpty()) {
                errors.error(type, Diag.UNTAGGED_NEEDS_MAGIC, a.pathName(), type.getSimpleName());
                continue;
            }
            for (int j = 0; j < variants.size(); j++) {
                MessageModel b = variants.get(j).message();
                if (i == j || b.magic().isEmpty()) {
                    continue;
                }
                if (!a.magic().equals(b.magic())) {
                    if (b.magic().size() > a.magic().size() && b.magic().subList(0, a.magic().size()).equals(a.magic())) {
                        errors.error(type, Diag.UNTAGGED_MAGIC_PREFIX, Markers.hex(a.magic()), a.pathName(),
                                Markers.hex(b.magic()), b.pathName(), type.getSimpleName(), b.pathName(), a.pathName());
                    }
                    continue;
                }
                if (j < i) {
                    continue; // the pair was checked the other way round
                }
                boolean decidable = a.isFixed() && b.isFixed() && a.fixedLength() != b.fixedLength()
                        && !a.end().isEmpty() && !b.end().isEmpty();
                if (!decidable) {
                    errors.error(type, Diag.UNTAGGED_AMBIGUOUS, a.pathName(), b.pathName(), type.getSimpleName());
                }
            }
        }
    }
}

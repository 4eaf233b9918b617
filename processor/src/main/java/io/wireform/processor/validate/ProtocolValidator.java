package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.MAGIC;
import static io.wireform.processor.collect.AnnotationNames.PROTOCOL;
import static io.wireform.processor.collect.AnnotationNames.TAG;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Width;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.GeneratedNames;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Width tagWidth = Width.valueOf(mirrors.enumValue(protocol, "tag"));
        int tagBits = mirrors.intValue(protocol, "tagBits");
        if (tagBits != 0 && (tagBits < 0 || tagBits >= 8 * tagWidth.bytes())) {
            errors.error(type, protocol, mirrors.value(protocol, "tagBits"), Diag.TAG_BITS_OUT_OF_RANGE, tagBits, name,
                    Math.max(0, 8 * tagWidth.bytes() - 1), tagWidth);
            return Optional.empty();
        }
        boolean untagged = (Boolean) mirrors.value(protocol, "untagged").getValue();
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
        // one mistake, one error: no record tagged (or, untagged, none with a magic) is said once, on the protocol
        boolean noneTagged = !untagged && !records.isEmpty()
                && records.stream().allMatch(r -> mirrors.find(r, TAG).isEmpty());
        if (noneTagged) {
            errors.error(type, protocol, Diag.TAGS_MISSING, name, records.get(0).getSimpleName());
        }
        boolean noneWithMagic = untagged && !records.isEmpty()
                && records.stream().allMatch(r -> mirrors.find(r, MAGIC).isEmpty());
        if (noneWithMagic) {
            errors.error(type, protocol, Diag.UNTAGGED_NO_MAGIC, name);
        }
        for (TypeElement record : records) {
            Optional<AnnotationMirror> strayTag = untagged ? mirrors.find(record, TAG) : Optional.empty();
            if (strayTag.isPresent()) {
                errors.error(record, strayTag.get(), Diag.TAG_IN_UNTAGGED, record.getSimpleName(), name);
            }
            long tag = untagged || noneTagged ? 0 : tag(record, name, tagWidth, tagBits, byTag);
            Optional<MessageModel> message = registry.message(record);
            if (message.isEmpty()) {
                complete = false; // reported on the record itself
                continue;
            }
            variants.add(new ProtocolModel.Variant(message.get(), tag));
        }
        if (untagged && !noneWithMagic) {
            checkDistinguishable(type, variants);
        }
        if (errors.errorCount() != before || !complete) {
            return Optional.empty();
        }
        ClassName protocolType = ClassName.get(type);
        return Optional.of(new ProtocolModel(protocolType, GeneratedNames.codecOf(protocolType), Visibility.isPublic(type),
                Endian.valueOf(mirrors.enumValue(protocol, "endian")), tagWidth, tagBits, untagged, variants,
                ReaderSettingsReader.read(mirrors, errors, type, protocol)));
    }

    private long tag(TypeElement record, String protocol, Width width, int tagBits, Map<Long, String> byTag) {
        Optional<AnnotationMirror> tag = mirrors.find(record, TAG);
        if (tag.isEmpty()) {
            errors.error(record, Diag.TAG_MISSING, record.getSimpleName(), protocol);
            return -1;
        }
        AnnotationValue value = mirrors.value(tag.get(), "value");
        long code = ((Number) value.getValue()).longValue();
        String max = tagBits > 0 ? Long.toString((1L << tagBits) - 1)
                : width == Width.UINT64 || width == Width.VARINT ? Long.toUnsignedString(-1L)
                : width == Width.MQTT ? "268435455" : Long.toString((1L << (8 * width.bytes())) - 1);
        boolean fits = tagBits == 0 && (width == Width.UINT64 || width == Width.VARINT)
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

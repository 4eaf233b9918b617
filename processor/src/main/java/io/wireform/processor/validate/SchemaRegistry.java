package io.wireform.processor.validate;

import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.Item;
import io.wireform.annotations.BitOrder;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Width;
import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Validates each message and enum once per round, however many messages refer to it, so that a
 * broken nested type is reported once, on itself, and not again at every use.
 */
public final class SchemaRegistry {
    private final Mirrors mirrors;
    private final MessageValidator messages;
    private final EnumValidator enums;
    private final ProtocolValidator protocols;
    private final Map<String, Optional<ProtocolModel>> protocolModels = new HashMap<>();
    private final Map<String, Optional<MessageModel>> messageModels = new HashMap<>();
    private final Map<String, Optional<EnumModel>> enumModels = new HashMap<>();
    private final Set<String> inProgress = new LinkedHashSet<>();

    public SchemaRegistry(Mirrors mirrors, ErrorReporter errors, Types types) {
        this.mirrors = mirrors;
        this.messages = new MessageValidator(mirrors, errors, this, types);
        this.enums = new EnumValidator(mirrors, errors);
        this.protocols = new ProtocolValidator(mirrors, errors, this);
    }

    /** A record with {@code @Message}, or one that a {@code @Protocol} interface permits. */
    public boolean isMessage(TypeElement type) {
        return mirrors.find(type, AnnotationNames.MESSAGE).isPresent() || protocolOf(type).isPresent();
    }

    /** The {@code @Protocol} interface a record implements directly, if any. */
    public Optional<TypeElement> protocolOf(TypeElement type) {
        for (TypeMirror parent : type.getInterfaces()) {
            TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
            if (mirrors.find(element, AnnotationNames.PROTOCOL).isPresent()) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    public Optional<ProtocolModel> protocol(TypeElement type) {
        String key = type.getQualifiedName().toString();
        Optional<ProtocolModel> known = protocolModels.get(key);
        if (known == null) {
            inProgress.add(key);
            try {
                known = protocols.validate(type);
            } finally {
                inProgress.remove(key);
            }
            protocolModels.put(key, known);
        }
        return known;
    }

    private MessageSettings settings(TypeElement type) {
        Optional<AnnotationMirror> protocol = protocolOf(type)
                .flatMap(p -> mirrors.find(p, AnnotationNames.PROTOCOL));
        boolean selected = protocol.map(p -> (Boolean) mirrors.value(p, "selected").getValue()).orElse(false);
        boolean untagged = protocol.map(p -> (Boolean) mirrors.value(p, "untagged").getValue()).orElse(false);
        int tagBits = selected ? 0 : protocol.map(p -> mirrors.intValue(p, "tagBits")).orElse(0);
        Width tagWidth = protocol.map(p -> Width.valueOf(mirrors.enumValue(p, "tag"))).orElse(Width.UINT8);
        int tagBytes = selected || protocol.isEmpty() ? 0 : tagWidth.bytes();
        if (tagBits != 0 && (tagBits < 0 || tagBits >= 8 * tagBytes)) {
            tagBits = -1; // out of range: reported on the protocol, so the record's first group goes unchecked
        }
        Optional<Item.Length> length = protocol.flatMap(p -> ProtocolValidator.lengthOf(mirrors, p));
        boolean fallback = protocol.isPresent() && !selected && !untagged
                && mirrors.find(type, AnnotationNames.FALLBACK).isPresent();
        java.util.OptionalLong tag = mirrors.find(type, AnnotationNames.TAG)
                .map(t -> java.util.OptionalLong.of(mirrors.longValue(t, "value"))).orElse(java.util.OptionalLong.empty());
        Endian tagEndian = protocol.map(p -> Endian.valueOf(mirrors.enumValue(p, "endian"))).orElse(Endian.BIG);
        Optional<AnnotationMirror> message = mirrors.find(type, AnnotationNames.MESSAGE);
        if (message.isPresent()) {
            return new MessageSettings(message.get(), Endian.valueOf(mirrors.enumValue(message.get(), "endian")),
                    Layout.valueOf(mirrors.enumValue(message.get(), "layout")),
                    BitOrder.valueOf(mirrors.enumValue(message.get(), "bitOrder")), tagBits, tagBytes, length, fallback,
                    tagWidth, tag, tagEndian);
        }
        return new MessageSettings(protocol.orElseThrow(), Endian.valueOf(mirrors.enumValue(protocol.get(), "endian")),
                Layout.PACKED, BitOrder.MSB_FIRST, tagBits, tagBytes, length, fallback, tagWidth, tag, tagEndian);
    }

    public Optional<MessageModel> message(TypeElement type) {
        String key = type.getQualifiedName().toString();
        Optional<MessageModel> known = messageModels.get(key);
        if (known != null) {
            return known;
        }
        inProgress.add(key);
        Optional<MessageModel> model;
        try {
            model = messages.validate(type, settings(type));
        } finally {
            inProgress.remove(key);
        }
        messageModels.put(key, model);
        return model;
    }

    public Optional<EnumModel> enumModel(TypeElement type) {
        return enumModels.computeIfAbsent(type.getQualifiedName().toString(), k -> enums.validate(type));
    }

    /** The model of an enum validated this round, by its name. */
    Optional<EnumModel> enumModelOf(com.palantir.javapoet.ClassName enumType) {
        return enumModels.getOrDefault(enumType.canonicalName(), Optional.empty());
    }

    boolean isInProgress(TypeElement type) {
        return inProgress.contains(type.getQualifiedName().toString());
    }

    /** The chain of messages being validated, from {@code type} on, e.g. {@code A -> B -> A}. */
    String cycleThrough(TypeElement type) {
        String start = type.getQualifiedName().toString();
        boolean seen = false;
        StringBuilder chain = new StringBuilder();
        for (String name : inProgress) {
            seen |= name.equals(start);
            if (seen) {
                chain.append(simple(name)).append(" -> ");
            }
        }
        return chain.append(simple(start)).toString();
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

}

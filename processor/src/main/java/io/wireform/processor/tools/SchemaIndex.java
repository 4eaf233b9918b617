package io.wireform.processor.tools;

import com.palantir.javapoet.ClassName;
import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.validate.SchemaRegistry;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The validated models of the types a model refers to by name (nested records, protocols, enums),
 * for the tools that describe a whole frame rather than one codec.
 */
public final class SchemaIndex {
    private final SchemaRegistry registry;
    private final Elements elements;
    private final Mirrors mirrors;

    public SchemaIndex(SchemaRegistry registry, Elements elements) {
        this.registry = registry;
        this.elements = elements;
        this.mirrors = new Mirrors(elements);
    }

    /** The model of a record or protocol: exactly one of the two is present for a valid nested type. */
    public Optional<MessageModel> message(ClassName type) {
        return element(type).filter(registry::isMessage).flatMap(registry::message);
    }

    public Optional<ProtocolModel> protocol(ClassName type) {
        return element(type).filter(e -> mirrors.find(e, AnnotationNames.PROTOCOL).isPresent())
                .flatMap(registry::protocol);
    }

    public Optional<EnumModel> enumModel(ClassName type) {
        return element(type).filter(e -> mirrors.find(e, AnnotationNames.WIRE_ENUM).isPresent())
                .flatMap(registry::enumModel);
    }

    private Optional<TypeElement> element(ClassName type) {
        return Optional.ofNullable(elements.getTypeElement(type.canonicalName()));
    }
}

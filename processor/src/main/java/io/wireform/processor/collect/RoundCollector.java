package io.wireform.processor.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Gathers the types to generate for in a round, plus those deferred from earlier rounds. A type
 * whose components refer to a type not yet generated (by another processor) is deferred to the
 * next round instead of being reported as broken.
 */
public final class RoundCollector {
    private final Elements elements;
    private final List<String> deferredMessages = new ArrayList<>();
    private final List<String> deferredEnums = new ArrayList<>();
    private final List<String> deferredProtocols = new ArrayList<>();

    public RoundCollector(Elements elements) {
        this.elements = elements;
    }

    /** What to process this round, in a stable order: deferred types first, then new ones in source order. */
    public Round collect(RoundEnvironment round) {
        Map<String, TypeElement> messages = new LinkedHashMap<>();
        Map<String, TypeElement> enums = new LinkedHashMap<>();
        Map<String, TypeElement> protocols = new LinkedHashMap<>();
        take(deferredMessages, messages);
        take(deferredEnums, enums);
        take(deferredProtocols, protocols);
        add(round, AnnotationNames.MESSAGE, messages);
        add(round, AnnotationNames.WIRE_ENUM, enums);
        add(round, AnnotationNames.PROTOCOL, protocols);

        List<TypeElement> readyMessages = new ArrayList<>();
        for (TypeElement type : messages.values()) {
            if (!round.processingOver() && hasUnresolvedComponent(type)) {
                deferredMessages.add(type.getQualifiedName().toString());
            } else {
                readyMessages.add(type);
            }
        }
        return new Round(readyMessages, List.copyOf(enums.values()), List.copyOf(protocols.values()));
    }

    /** Types deferred past the last round, whose unresolved components javac reports itself. */
    public List<String> stillDeferred() {
        return List.copyOf(deferredMessages);
    }

    private void take(List<String> deferred, Map<String, TypeElement> into) {
        for (String name : deferred) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                into.put(name, type);
            }
        }
        deferred.clear();
    }

    private void add(RoundEnvironment round, String annotation, Map<String, TypeElement> into) {
        TypeElement annotationType = elements.getTypeElement(annotation);
        if (annotationType == null) {
            return; // the annotations are not on the class path, so nothing can carry them
        }
        for (Element element : round.getElementsAnnotatedWith(annotationType)) {
            if (element instanceof TypeElement type) {
                into.putIfAbsent(type.getQualifiedName().toString(), type);
            }
        }
    }

    private static boolean hasUnresolvedComponent(TypeElement type) {
        if (type.getKind() != ElementKind.RECORD) {
            return false;
        }
        for (RecordComponentElement component : type.getRecordComponents()) {
            if (component.asType().getKind() == TypeKind.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** The types of one round. */
    public record Round(List<TypeElement> messages, List<TypeElement> enums, List<TypeElement> protocols) {}
}

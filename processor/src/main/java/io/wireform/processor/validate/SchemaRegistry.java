package io.wireform.processor.validate;

import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.MessageModel;
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
    private final MessageValidator messages;
    private final EnumValidator enums;
    private final Map<String, Optional<MessageModel>> messageModels = new HashMap<>();
    private final Map<String, Optional<EnumModel>> enumModels = new HashMap<>();
    private final Set<String> inProgress = new LinkedHashSet<>();

    public SchemaRegistry(Mirrors mirrors, ErrorReporter errors) {
        this.messages = new MessageValidator(mirrors, errors, this);
        this.enums = new EnumValidator(mirrors, errors);
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
            model = messages.validate(type);
        } finally {
            inProgress.remove(key);
        }
        messageModels.put(key, model);
        return model;
    }

    public Optional<EnumModel> enumModel(TypeElement type) {
        return enumModels.computeIfAbsent(type.getQualifiedName().toString(), k -> enums.validate(type));
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

package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.END;
import static io.wireform.processor.collect.AnnotationNames.MAGIC;
import static io.wireform.processor.collect.AnnotationNames.MESSAGE;
import static io.wireform.processor.collect.AnnotationNames.PADDING;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.GeneratedNames;
import io.wireform.processor.model.MessageModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/** Checks a {@code @Message} record and places its fields; every problem is reported, not just the first. */
final class MessageValidator {
    private final Mirrors mirrors;
    private final ErrorReporter errors;
    private final ComponentValidator components;

    MessageValidator(Mirrors mirrors, ErrorReporter errors, SchemaRegistry registry) {
        this.mirrors = mirrors;
        this.errors = errors;
        this.components = new ComponentValidator(mirrors, errors, registry);
    }

    Optional<MessageModel> validate(TypeElement type) {
        int before = errors.errorCount();
        AnnotationMirror message = mirrors.find(type, MESSAGE).orElseThrow();
        if (type.getKind() != ElementKind.RECORD) {
            errors.error(type, message, Diag.NOT_A_RECORD, type.getSimpleName(),
                    type.getKind().toString().toLowerCase(Locale.ROOT), type.getSimpleName());
            return Optional.empty();
        }
        if (!type.getTypeParameters().isEmpty()) {
            errors.error(type, message, Diag.GENERIC_RECORD, type.getSimpleName(),
                    type.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        Element hidden = Visibility.privateEnclosure(type);
        if (hidden != null) {
            errors.error(type, message, Diag.PRIVATE_TYPE, hidden.getSimpleName());
        }
        Endian endian = Endian.valueOf(mirrors.enumValue(message, "endian"));
        Layout layout = Layout.valueOf(mirrors.enumValue(message, "layout"));
        List<Integer> magic = marker(type, MAGIC);
        List<Integer> end = marker(type, END);

        List<FieldModel> fields = new ArrayList<>();
        int offset = magic.size();
        for (RecordComponentElement component : type.getRecordComponents()) {
            Optional<FieldKind> kind = components.validate(component, endian);
            Padding padding = padding(component);
            if (kind.isEmpty()) {
                continue;
            }
            offset += padding.before;
            int alignment = layout == Layout.C_ALIGNED ? alignmentGap(offset, kind.get().alignment()) : 0;
            offset += alignment;
            FieldModel field = new FieldModel(component.getSimpleName().toString(), kind.get(), offset,
                    alignment, padding.before, padding.after, padding.fill);
            fields.add(field);
            offset = field.end();
        }
        if (errors.errorCount() != before) {
            return Optional.empty();
        }
        ClassName messageType = ClassName.get(type);
        return Optional.of(new MessageModel(messageType, GeneratedNames.codecOf(messageType),
                Visibility.isPublic(type), endian, layout, magic, end, fields, offset + end.size()));
    }

    private static int alignmentGap(int offset, int alignment) {
        return (alignment - offset % alignment) % alignment;
    }

    private record Padding(int before, int after, int fill) {}

    private Padding padding(RecordComponentElement component) {
        Optional<AnnotationMirror> mirror = mirrors.find(component, PADDING);
        if (mirror.isEmpty()) {
            return new Padding(0, 0, 0);
        }
        String name = component.getSimpleName().toString();
        int before = nonNegative(component, mirror.get(), "before", name);
        int after = nonNegative(component, mirror.get(), "after", name);
        int fill = mirrors.intValue(mirror.get(), "fill");
        if (fill < 0 || fill > 255) {
            errors.error(component, mirror.get(), mirrors.value(mirror.get(), "fill"), Diag.BYTE_OUT_OF_RANGE,
                    "fill", fill, name);
        }
        return new Padding(before, after, fill);
    }

    private int nonNegative(RecordComponentElement component, AnnotationMirror mirror, String member, String name) {
        int value = mirrors.intValue(mirror, member);
        if (value < 0) {
            errors.error(component, mirror, mirrors.value(mirror, member), Diag.PADDING_NEGATIVE, member, value, name);
            return 0;
        }
        return value;
    }

    private List<Integer> marker(TypeElement type, String annotation) {
        Optional<AnnotationMirror> mirror = mirrors.find(type, annotation);
        if (mirror.isEmpty()) {
            return List.of();
        }
        AnnotationValue value = mirrors.value(mirror.get(), "value");
        String text = (String) value.getValue();
        String simpleName = annotation.substring(annotation.lastIndexOf('.') + 1);
        String[] problem = new String[1];
        Optional<List<Integer>> bytes = Markers.parse(text, problem);
        if (bytes.isEmpty()) {
            errors.error(type, mirror.get(), value, Diag.MARKER_NOT_HEX, simpleName, text, problem[0]);
            return List.of();
        }
        if (bytes.get().isEmpty()) {
            errors.error(type, mirror.get(), value, Diag.MARKER_EMPTY, simpleName, type.getSimpleName());
        }
        return bytes.get();
    }
}

package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.COUNT_OF;
import static io.wireform.processor.collect.AnnotationNames.COUNT_OF_LIST;
import static io.wireform.processor.collect.AnnotationNames.MAX;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Width;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The derived counts ({@code @CountOf}) written before a component: each the element count of a
 * {@code List} that is that component or a later one, as a field that is no record component.
 */
final class DerivedCounts {
    private final Mirrors mirrors;
    private final ErrorReporter errors;

    DerivedCounts(Mirrors mirrors, ErrorReporter errors) {
        this.mirrors = mirrors;
        this.errors = errors;
    }

    /** The counts written before {@code component}, in declaration order; misuse reported, and left out. */
    List<FieldModel> before(RecordComponentElement component, Endian endian, List<? extends RecordComponentElement> all) {
        List<FieldModel> counts = new ArrayList<>();
        int index = all.indexOf(component);
        String name = component.getSimpleName().toString();
        List<AnnotationMirror> declared = mirrors.findAll(component, COUNT_OF, COUNT_OF_LIST);
        for (int ordinal = 0; ordinal < declared.size(); ordinal++) {
            AnnotationMirror mirror = declared.get(ordinal);
            AnnotationValue listValue = mirrors.value(mirror, "list");
            String list = (String) listValue.getValue();
            Width width = Width.valueOf(mirrors.enumValue(mirror, "value"));
            int target = indexOf(all, list);
            if (target < 0) {
                errors.error(component, mirror, listValue, Diag.REFERENCE_UNKNOWN, "@CountOf(list = \"" + list + "\")",
                        "'" + name + "'", component.getEnclosingElement().getSimpleName(), lists(all, index));
                continue;
            }
            RecordComponentElement counted = all.get(target);
            if (!isList(counted.asType())) {
                errors.error(component, mirror, listValue, Diag.COUNT_OF_NOT_LIST, list, name, list, counted.asType());
                continue;
            }
            if (target < index) {
                errors.error(component, mirror, listValue, Diag.COUNT_OF_NOT_EARLIER, list, name, name, list, list);
                continue;
            }
            String other = firstOtherCounter(all, list, component, ordinal);
            if (other != null) {
                errors.error(component, mirror, listValue, Diag.COUNT_OF_TWICE, list, other, name);
                continue;
            }
            Optional<AnnotationMirror> max = mirrors.find(counted, MAX);
            long most = most(width);
            if (max.isPresent() && mirrors.longValue(max.get(), "value") > most) {
                errors.error(component, mirror, mirrors.value(mirror, "value"), Diag.COUNT_OF_TOO_NARROW,
                        "Width." + width, list, most, list, mirrors.longValue(max.get(), "value"));
                continue;
            }
            counts.add(new FieldModel(FieldModel.countName(list), kind(width, endian), 0, 0, 0, 0, -1,
                    OptionalLong.empty(), list));
        }
        return counts;
    }

    /** How a count of {@code width} sits on the wire, held in a long. */
    static FieldKind kind(Width width, Endian endian) {
        return switch (width) {
            case VARINT -> new FieldKind.VarintKind(io.wireform.annotations.VarintKind.LEB128, TypeKind.LONG);
            case MQTT -> new FieldKind.VarintKind(io.wireform.annotations.VarintKind.MQTT, TypeKind.LONG);
            case LENENC -> new FieldKind.VarintKind(io.wireform.annotations.VarintKind.LENENC, TypeKind.LONG);
            default -> new FieldKind.IntKind(width.bytes(), false, TypeKind.LONG, endian);
        };
    }

    /** The largest count {@code width} holds. */
    static long most(Width width) {
        return switch (width) {
            case VARINT, UINT64, LENENC -> Long.MAX_VALUE;
            case MQTT -> 268_435_455L;
            default -> (1L << (8 * width.bytes())) - 1;
        };
    }

    /** The component, other than {@code self} on {@code component}, whose {@code @CountOf} counts {@code list} first. */
    private String firstOtherCounter(List<? extends RecordComponentElement> all, String list,
                                     RecordComponentElement component, int ordinal) {
        for (RecordComponentElement candidate : all) {
            List<AnnotationMirror> declared = mirrors.findAll(candidate, COUNT_OF, COUNT_OF_LIST);
            for (int i = 0; i < declared.size(); i++) {
                if (candidate.equals(component) && i == ordinal) {
                    return null; // the first one counts; later ones are the duplicates
                }
                if (mirrors.stringValue(declared.get(i), "list").equals(list)) {
                    return candidate.getSimpleName().toString();
                }
            }
        }
        return null;
    }

    static boolean isList(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((javax.lang.model.element.TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
                        .contentEquals("java.util.List");
    }

    private static int indexOf(List<? extends RecordComponentElement> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getSimpleName().contentEquals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String lists(List<? extends RecordComponentElement> all, int from) {
        List<String> lists = all.subList(from, all.size()).stream().filter(c -> isList(c.asType()))
                .map(c -> c.getSimpleName().toString()).collect(Collectors.toList());
        return lists.isEmpty() ? "there is no List component from here on, so remove the @CountOf"
                : "use one of: " + String.join(", ", lists);
    }
}

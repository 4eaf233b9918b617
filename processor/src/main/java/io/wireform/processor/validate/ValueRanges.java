package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.CONST;
import static io.wireform.processor.collect.AnnotationNames.RANGE;

import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.ValueRange;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.RecordComponentElement;

/**
 * The values a number component can hold on the wire, which {@code @Const} and {@code @Range} must
 * meet, and the {@code @Range} of a component, checked against them.
 */
final class ValueRanges {
    private final Mirrors mirrors;
    private final ErrorReporter errors;

    ValueRanges(Mirrors mirrors, ErrorReporter errors) {
        this.mirrors = mirrors;
        this.errors = errors;
    }

    /** The values of a kind on the wire, {@code min} to {@code max}, and how messages say so. */
    record Domain(long min, long max, String text) {}

    /**
     * What a component of {@code kind} holds on the wire: its integer width, the width of its bit field
     * ({@code bits} given, not a boolean), 0 or 1 for a boolean; null for any other kind. An unsigned
     * 8-byte integer holds 0 to {@code Long.MAX_VALUE} here: its upper half is negative in Java.
     */
    Domain domain(FieldKind kind, AnnotationMirror bits) {
        if (bits != null && !(kind instanceof FieldKind.BoolKind)) {
            int width = mirrors.intValue(bits, "value");
            long max = width >= 63 ? Long.MAX_VALUE : (1L << width) - 1;
            return new Domain(0, max, "a " + width + "-bit field holds 0 to " + Long.toUnsignedString(max));
        }
        if (kind instanceof FieldKind.BoolKind) {
            return new Domain(0, 1, "a boolean is 0 or 1");
        }
        if (kind instanceof FieldKind.IntKind k) {
            long min = k.signed() ? (k.width() == 8 ? Long.MIN_VALUE : -(1L << (8 * k.width() - 1))) : 0;
            long max = k.width() == 8 ? Long.MAX_VALUE
                    : k.signed() ? (1L << (8 * k.width() - 1)) - 1 : (1L << (8 * k.width())) - 1;
            return new Domain(min, max, (k.signed() ? "signed " : "unsigned ") + k.width() + "-byte: " + min + " to " + max);
        }
        if (kind instanceof FieldKind.VarintKind v) {
            boolean isInt = v.javaType() == javax.lang.model.type.TypeKind.INT;
            long min;
            long max;
            switch (v.encoding()) {
                case MQTT -> {
                    min = 0;
                    max = 268_435_455;
                }
                case ZIGZAG -> {
                    min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
                    max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
                }
                default -> {
                    min = 0;
                    max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
                }
            }
            return new Domain(min, max, v.describe() + " " + v.javaType().toString().toLowerCase(Locale.ROOT) + ": "
                    + min + " to " + max);
        }
        return null;
    }

    /**
     * The {@code @Range} of a component ({@code bits} its {@code @Bits}, or null), checked: on an integer
     * or an integer bit field, not with {@code @Const}, not empty, meeting what the wire can hold.
     * Null when it has none or it is wrong (reported).
     */
    ValueRange range(RecordComponentElement component, FieldKind kind, AnnotationMirror bits) {
        Optional<AnnotationMirror> mirror = mirrors.find(component, RANGE);
        if (mirror.isEmpty()) {
            return null;
        }
        String name = component.getSimpleName().toString();
        long from = mirrors.longValue(mirror.get(), "from");
        long to = mirrors.longValue(mirror.get(), "to");
        if (kind instanceof FieldKind.BoolKind || !(kind instanceof FieldKind.IntKind || kind instanceof FieldKind.VarintKind)) {
            errors.error(component, mirror.get(), Diag.RANGE_ON_WRONG_TYPE, name, component.asType());
            return null;
        }
        if (mirrors.find(component, CONST).isPresent()) {
            errors.error(component, mirror.get(), Diag.RANGE_WITH_CONST, name);
            return null;
        }
        if (from > to) {
            errors.error(component, mirror.get(), Diag.RANGE_BACKWARDS, from, to, name,
                    to, from);
            return null;
        }
        Domain domain = domain(kind, bits);
        if (to < domain.min() || from > domain.max()) {
            errors.error(component, mirror.get(), Diag.RANGE_UNSATISFIABLE, from, to, name, domain.text());
            return null;
        }
        return new ValueRange(from, to);
    }
}

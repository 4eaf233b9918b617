package io.wireform.processor.validate;

import io.wireform.annotations.BitOrder;
import io.wireform.annotations.Endian;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;

/** Packs runs of consecutive {@code @Bits} components into groups of whole bytes. */
final class BitGroups {
    private final Mirrors mirrors;
    private final ErrorReporter errors;

    BitGroups(Mirrors mirrors, ErrorReporter errors) {
        this.mirrors = mirrors;
        this.errors = errors;
    }

    /**
     * @param reservedHighBits high bits of the first group that hold the record's protocol's bit-field
     *     tag, {@code tag}; the first group spans at least its {@code reservedBytes} bytes
     * @param tagged names the record and its protocol, for errors about the group that holds the tag
     */
    Open open(Endian endian, BitOrder order, int reservedHighBits, int reservedBytes, OptionalLong tag,
              String[] tagged, Endian tagEndian) {
        return new Open(endian, order, reservedHighBits, reservedBytes, tag, tagged, tagEndian, false);
    }

    /**
     * The groups of a bit-field tag's {@code @Fallback} record, whose first group holds the tag in its
     * first component: laid out as a tagged record's first group is, the tag component's bits the top
     * ones whatever the bit order, and read in the protocol's byte order, {@code tagEndian}.
     */
    Open openFallback(Endian endian, BitOrder order, String[] tagged, Endian tagEndian) {
        return new Open(endian, order, 0, 0, OptionalLong.empty(), tagged, tagEndian, true);
    }

    /** The group being filled while consecutive {@code @Bits} components are read. */
    final class Open {
        private final Endian endian;
        private final BitOrder order;
        private final List<String> names = new ArrayList<>();
        private final List<FieldKind> kinds = new ArrayList<>();
        private final List<Integer> widths = new ArrayList<>();
        private final List<OptionalLong> constants = new ArrayList<>();
        private final List<ValueRange> ranges = new ArrayList<>();
        private RecordComponentElement first;
        /** A member was rejected: its error says it all, so the group is not checked again. */
        private boolean broken;
        /** High bits a protocol tag takes; -1 when the protocol's tagBits is itself wrong. */
        private int reserved;
        private final int reservedBytes;

        private final OptionalLong tag;
        private final String[] tagged;
        /** The byte order of the group that holds the tag: the protocol's, which reads the tag. */
        private final Endian tagEndian;
        /** The next group is a fallback's first, holding the tag in its first component. */
        private boolean fallbackTag;

        private Open(Endian endian, BitOrder order, int reservedHighBits, int reservedBytes, OptionalLong tag,
                     String[] tagged, Endian tagEndian, boolean fallbackTag) {
            this.tagEndian = tagEndian;
            this.fallbackTag = fallbackTag;
            this.endian = endian;
            this.order = order;
            this.reserved = reservedHighBits;
            this.reservedBytes = reservedBytes;
            this.tag = tag;
            this.tagged = tagged;
        }

        /** Whether the next group is the first one and must start below a reserved tag. */
        boolean awaitsReservedGroup() {
            return reserved > 0 && names.isEmpty();
        }

        void add(RecordComponentElement component, AnnotationMirror bits, FieldKind kind, OptionalLong constant,
                 ValueRange range) {
            AnnotationValue value = mirrors.value(bits, "value");
            int width = (Integer) value.getValue();
            String name = component.getSimpleName().toString();
            int max = maxBits(kind);
            if (max == 0) {
                errors.error(component, bits, Diag.BITS_ON_WRONG_TYPE, name, component.asType());
                broken = true;
                return;
            }
            if (width < 1 || width > max) {
                errors.error(component, bits, value, Diag.BITS_OUT_OF_RANGE, width, name, max);
                broken = true;
                return;
            }
            if (first == null) {
                first = component;
            }
            names.add(name);
            kinds.add(kind);
            widths.add(width);
            constants.add(constant);
            ranges.add(range);
        }

        /** The finished group, if any components were added; the state is reset for the next run. */
        Optional<Item> close() {
            if (broken || reserved < 0) {
                names.clear();
                kinds.clear();
                widths.clear();
                constants.clear();
                ranges.clear();
                first = null;
                broken = false;
                reserved = 0;
                fallbackTag = false;
                return Optional.empty();
            }
            if (names.isEmpty()) {
                fallbackTag = false; // a component that is no bit field came first: no group holds the tag
                return Optional.empty();
            }
            int total = reserved + widths.stream().mapToInt(Integer::intValue).sum();
            String listed = names.stream().collect(Collectors.joining(", ", "[", "]"));
            Optional<Item> group = Optional.empty();
            if (reserved > 0 && total < 8 * reservedBytes) {
                errors.error(first, Diag.TAG_BITS_GROUP_SHORT, reserved, tagged[1], listed, tagged[0], total, reservedBytes,
                        8 * reservedBytes - total, 8 * reservedBytes - total);
            } else if (reserved > 0 && total > 8 * reservedBytes && tagEndian == Endian.LITTLE) {
                errors.error(first, Diag.TAG_BITS_GROUP_LITTLE, listed, tagged[0], reservedBytes, tagged[1]);
            } else if (total > 64) {
                errors.error(first, Diag.BITS_GROUP_TOO_WIDE, listed, total);
            } else if (total % 8 != 0) {
                int missing = 8 - total % 8;
                errors.error(first, Diag.BITS_GROUP_NOT_BYTES, listed, total, missing, missing);
            } else {
                List<Item.BitMember> members = new ArrayList<>();
                if (reserved > 0) {
                    // the tag's bits, the top ones of the group, which the record writes and checks itself
                    members.add(new Item.BitMember(Item.BitMember.TAG,
                            new FieldKind.IntKind(8, false, javax.lang.model.type.TypeKind.LONG, tagEndian), reserved,
                            total - reserved, OptionalLong.of(tag.orElse(0)), true));
                }
                int used = order == BitOrder.MSB_FIRST ? reserved : 0;
                for (int i = 0; i < names.size(); i++) {
                    int width = widths.get(i);
                    int shift;
                    if (fallbackTag && i == 0) {
                        // a fallback's tag component: the tag's bits, the top ones, whatever the record's bit
                        // order, as in the records tagged beside it (least significant first, theirs start below)
                        shift = total - width;
                        used += order == BitOrder.MSB_FIRST ? width : 0;
                    } else {
                        shift = order == BitOrder.MSB_FIRST ? total - used - width : used;
                        used += width;
                    }
                    members.add(new Item.BitMember(names.get(i), kinds.get(i), width, shift, constants.get(i), false,
                            ranges.get(i)));
                }
                group = Optional.of(new Item.BitGroup(members, total / 8, reserved > 0 || fallbackTag ? tagEndian : endian,
                        order));
            }
            names.clear();
            kinds.clear();
            widths.clear();
            constants.clear();
            ranges.clear();
            first = null;
            reserved = 0;
            fallbackTag = false;
            return group;
        }
    }

    /** Widest bit field a Java type holds as an unsigned value; 0 when the type cannot be a bit field. */
    private static int maxBits(FieldKind kind) {
        if (kind instanceof FieldKind.BoolKind) {
            return 1;
        }
        if (kind instanceof FieldKind.IntKind i) {
            return i.javaType() == javax.lang.model.type.TypeKind.LONG ? 64 : FieldKind.IntKind.javaBits(i.javaType()) - 1;
        }
        if (kind instanceof FieldKind.EnumKind e) {
            return 8 * e.width();
        }
        return 0;
    }

}

package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.BITS;
import static io.wireform.processor.collect.AnnotationNames.CHECKSUM;
import static io.wireform.processor.collect.AnnotationNames.CONST;
import static io.wireform.processor.collect.AnnotationNames.COUNT_OF;
import static io.wireform.processor.collect.AnnotationNames.COUNT_OF_LIST;
import static io.wireform.processor.collect.AnnotationNames.END;
import static io.wireform.processor.collect.AnnotationNames.FALLBACK;
import static io.wireform.processor.collect.AnnotationNames.LENGTH;
import static io.wireform.processor.collect.AnnotationNames.MAGIC;
import static io.wireform.processor.collect.AnnotationNames.MESSAGE;
import static io.wireform.processor.collect.AnnotationNames.PADDING;
import static io.wireform.processor.collect.AnnotationNames.PREFIXED;
import static io.wireform.processor.collect.AnnotationNames.WHEN;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Width;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.GeneratedNames;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ReaderSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/** Checks a message record and lays out its items; every problem is reported, not just the first. */
final class MessageValidator {
    private final Mirrors mirrors;
    private final ErrorReporter errors;
    private final ComponentValidator components;
    private final BitGroups bitGroups;
    private final SchemaRegistry registry;
    private final DerivedCounts counts;
    private final RecordPadding recordPadding;
    private final Types types;
    private final ValueRanges ranges;

    MessageValidator(Mirrors mirrors, ErrorReporter errors, SchemaRegistry registry, Types types) {
        this.mirrors = mirrors;
        this.errors = errors;
        this.registry = registry;
        this.ranges = new ValueRanges(mirrors, errors);
        this.components = new ComponentValidator(mirrors, errors, registry, types);
        this.bitGroups = new BitGroups(mirrors, errors);
        this.counts = new DerivedCounts(mirrors, errors);
        this.recordPadding = new RecordPadding(mirrors, errors);
        this.types = types;
    }

    Optional<MessageModel> validate(TypeElement type, MessageSettings settings) {
        int before = errors.errorCount();
        if (type.getKind() != ElementKind.RECORD) {
            errors.error(type, settings.annotation(), Diag.NOT_A_RECORD, type.getSimpleName(),
                    Articles.kind(type.getKind()), type.getSimpleName());
            return Optional.empty();
        }
        if (!type.getTypeParameters().isEmpty()) {
            // the components' types are type variables; one error says it all
            errors.error(type, settings.annotation(), Diag.GENERIC_RECORD, type.getSimpleName(),
                    type.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", ")));
            return Optional.empty();
        }
        Element hidden = Visibility.privateEnclosure(type);
        if (hidden != null) {
            errors.error(type, settings.annotation(), Diag.PRIVATE_TYPE, hidden.getSimpleName());
        }
        Endian endian = settings.endian();
        Layout layout = settings.layout();
        List<Integer> magic = marker(type, MAGIC);
        List<Integer> end = marker(type, END);
        List<? extends RecordComponentElement> all = type.getRecordComponents();

        List<Item> items = new ArrayList<>();
        // a fallback record holds its protocol's tag itself, in its first component
        String protocolName = registry.protocolOf(type).map(p -> p.getSimpleName().toString()).orElse("");
        String[] tagged = {type.getSimpleName().toString(), protocolName};
        BitGroups.Open group = settings.fallback() && settings.tagBits() > 0
                ? bitGroups.openFallback(endian, settings.bitOrder(), tagged, settings.tagEndian())
                : bitGroups.open(endian, settings.bitOrder(), settings.fallback() ? 0 : settings.tagBits(),
                        settings.tagBytes(), settings.tag(), tagged, settings.tagEndian());
        if (settings.tagBits() > 0 && !magic.isEmpty()) {
            errors.error(type, mirrors.find(type, MAGIC).orElseThrow(), Diag.TAG_BITS_WITH_MAGIC, type.getSimpleName(),
                    protocolName);
        }
        if (settings.tagBits() > 0 && (all.isEmpty() || mirrors.find(all.get(0), BITS).isEmpty())) {
            int free = 8 * settings.tagBytes() - settings.tagBits();
            errors.error(type, Diag.TAG_BITS_NEED_GROUP, type.getSimpleName(),
                    type.getInterfaces().isEmpty() ? "" : ((javax.lang.model.type.DeclaredType) type.getInterfaces().get(0))
                            .asElement().getSimpleName(), free, settings.tagBits(), settings.tagBytes(), free);
        }
        int offset = magic.size();
        boolean fixed = true;
        // the protocol's length goes after the tag: first in a record whose tag the protocol writes, after the
        // bit group a bit-field tag shares, after the component a fallback holds the tag in
        Optional<Item.Length> protocolLength = settings.protocolLength();
        boolean lengthAfterGroup = settings.tagBits() != 0;
        boolean lengthAfterFirst = settings.fallback() && !lengthAfterGroup;
        if (protocolLength.isPresent() && !lengthAfterGroup && !lengthAfterFirst) {
            items.add(protocolLength.get());
            fixed &= protocolLength.get().width().bytes() > 0;
            offset += Math.max(0, protocolLength.get().width().bytes());
            protocolLength = Optional.empty();
        }
        // a component without a kind has an error, reported here or on the nested type it uses
        boolean complete = true;
        for (RecordComponentElement component : all) {
            if (protocolLength.isPresent() && lengthAfterFirst && component != all.get(0)) {
                items.add(protocolLength.get());
                fixed &= protocolLength.get().width().bytes() > 0;
                offset += Math.max(0, protocolLength.get().width().bytes());
                protocolLength = Optional.empty();
            }
            Optional<FieldKind> kind = components.validate(component, endian, all);
            complete &= kind.isPresent();
            Optional<AnnotationMirror> bits = mirrors.find(component, BITS);
            Optional<AnnotationMirror> length = mirrors.find(component, LENGTH);
            List<AnnotationMirror> countOf = mirrors.findAll(component, COUNT_OF, COUNT_OF_LIST);
            if (bits.isPresent()) {
                if (length.isPresent()) {
                    errors.error(component, length.get(), Diag.CONFLICTING_ANNOTATIONS,
                            component.getSimpleName(), "@Bits", "@Length");
                }
                if (!countOf.isEmpty()) {
                    errors.error(component, countOf.get(0), Diag.CONFLICTING_ANNOTATIONS,
                            component.getSimpleName(), "@Bits", "@CountOf");
                }
                kind.ifPresent(k -> group.add(component, bits.get(), k, constant(component, k, bits.get()),
                        ranges.range(component, k, bits.get())));
                continue;
            }
            offset += closeGroup(group, items);
            if (protocolLength.isPresent() && lengthAfterGroup) {
                items.add(protocolLength.get());
                fixed &= protocolLength.get().width().bytes() > 0;
                offset += Math.max(0, protocolLength.get().width().bytes());
                protocolLength = Optional.empty();
            }
            if (length.isPresent()) {
                Optional<Item.Length> item = lengthItem(component, length.get(), endian, all);
                if (item.isPresent()) {
                    items.add(item.get());
                    fixed &= item.get().width().bytes() > 0;
                    offset += Math.max(0, item.get().width().bytes());
                }
            }
            // the counts follow the length, which counts them: PostgreSQL's DataRow, a length then a column count
            for (FieldModel count : counts.before(component, endian, all)) {
                int alignment = 0;
                if (layout == Layout.C_ALIGNED && count.kind().isFixed()) {
                    alignment = (count.kind().alignment() - offset % count.kind().alignment()) % count.kind().alignment();
                }
                items.add(new Item.Field(new FieldModel(count.name(), count.kind(), alignment, 0, 0, 0, -1,
                        OptionalLong.empty(), count.countOf())));
                fixed &= count.kind().isFixed();
                offset += alignment + Math.max(0, count.kind().fixedSize());
            }
            Padding padding = padding(component);
            if (kind.isEmpty()) {
                continue;
            }
            offset += padding.before;
            int alignment = 0;
            if (layout == Layout.C_ALIGNED) {
                if (!kind.get().isFixed()) {
                    errors.error(component, settings.annotation(), Diag.ALIGNED_VARIABLE, component.getSimpleName());
                } else {
                    alignment = (kind.get().alignment() - offset % kind.get().alignment()) % kind.get().alignment();
                }
            }
            FieldModel field = new FieldModel(component.getSimpleName().toString(), kind.get(), alignment,
                    padding.before, padding.after, padding.fill, max(component, kind.get()),
                    constant(component, kind.get(), null), null, ranges.range(component, kind.get(), null));
            items.add(new Item.Field(field));
            fixed &= kind.get().isFixed();
            offset += alignment + Math.max(0, kind.get().fixedSize()) + padding.after;
        }
        offset += closeGroup(group, items);
        if (protocolLength.isPresent()) {
            // a record of nothing past its tag: the length (of nothing) ends it
            items.add(protocolLength.get());
            fixed &= protocolLength.get().width().bytes() > 0;
            offset += Math.max(0, protocolLength.get().width().bytes());
        }
        offset += recordPadding.apply(type, items);
        if (settings.fallback()) {
            checkFallbackTag(type, settings, all, items);
        }
        checkConditionBits(all, items);
        checkRemainingIsLast(all, items);
        checkPayloadIsLast(type, all, items);
        Optional<Item.Checksum> checksum = checksum(type, endian, all);
        if (checksum.isPresent()) {
            items.add(checksum.get());
            offset += checksum.get().type().bytes();
        }
        if (fixed && complete && errors.errorCount() == before && offset + end.size() == 0
                && mirrors.find(type, MESSAGE).isPresent()) {
            Optional<TypeElement> protocol = registry.protocolOf(type);
            errors.error(type, mirrors.find(type, MESSAGE).get(), Diag.EMPTY_MESSAGE, type.getSimpleName(),
                    protocol.map(p -> ", or remove @Message: as a record of @Protocol " + p.getSimpleName()
                            + ", its tag is its frame").orElse(""));
        }
        if (errors.errorCount() != before || !complete) {
            return Optional.empty();
        }
        ClassName messageType = ClassName.get(type);
        List<String> names = all.stream().map(c -> c.getSimpleName().toString()).collect(Collectors.toList());
        return Optional.of(new MessageModel(messageType, GeneratedNames.codecOf(messageType),
                Visibility.isPublic(type), endian, layout, magic, end, items, names,
                fixed ? offset + end.size() : -1,
                mirrors.find(type, io.wireform.processor.collect.AnnotationNames.MESSAGE)
                        .map(m -> ReaderSettingsReader.read(mirrors, errors, type, m))
                        .orElse(ReaderSettings.DEFAULT),
                CanonicalConstructor.declared(type, mirrors.elements(), types)));
    }

    /**
     * The {@code @Const} of a component, checked to fit what it holds on the wire: its integer width, the
     * width of its bit field ({@code bits} given), 0 or 1 for a boolean, a code of its enum.
     */
    private OptionalLong constant(RecordComponentElement component, FieldKind kind, AnnotationMirror bits) {
        Optional<AnnotationMirror> mirror = mirrors.find(component, CONST);
        if (mirror.isEmpty()) {
            return OptionalLong.empty();
        }
        String name = component.getSimpleName().toString();
        AnnotationValue value = mirrors.value(mirror.get(), "value");
        long constant = ((Number) value.getValue()).longValue();
        ValueRanges.Domain domain = ranges.domain(kind, bits);
        if (domain == null && kind instanceof FieldKind.EnumKind k) {
            Optional<io.wireform.processor.model.EnumModel> model = registry.enumModelOf(k.enumType());
            if (model.isPresent() && model.get().constants().stream().noneMatch(c -> c.code() == constant)) {
                errors.error(component, mirror.get(), value, Diag.CONST_OUT_OF_RANGE, constant, name,
                        "the codes of " + k.enumType().simpleName() + " are " + model.get().constants().stream()
                                .map(c -> c.code() + " (" + c.name() + ")").collect(Collectors.joining(", ")));
            }
            return OptionalLong.of(constant);
        }
        if (domain == null) {
            errors.error(component, mirror.get(), Diag.CONST_ON_WRONG_TYPE, name, component.asType());
            return OptionalLong.empty();
        }
        if (constant < domain.min() || constant > domain.max()) {
            errors.error(component, mirror.get(), value, Diag.CONST_OUT_OF_RANGE, constant, name, domain.text());
        }
        return OptionalLong.of(constant);
    }

    /** Adds the bit group being filled, if any, to the items; returns the bytes it takes. */
    /** The {@code @Max} of a component whose size comes from the wire, checked to make sense there. */
    private long max(RecordComponentElement component, FieldKind kind) {
        Optional<AnnotationMirror> mirror = mirrors.find(component, io.wireform.processor.collect.AnnotationNames.MAX);
        if (mirror.isEmpty()) {
            return -1;
        }
        AnnotationValue value = mirrors.value(mirror.get(), "value");
        long max = ((Number) value.getValue()).longValue();
        Extent extent = kind.extent();
        String name = component.getSimpleName().toString();
        if (extent == null) {
            errors.error(component, mirror.get(), Diag.MAX_MISPLACED, name,
                    "applies to byte[], String, List and Payload components only");
        } else if (extent instanceof Extent.Fixed) {
            errors.error(component, mirror.get(), Diag.MAX_MISPLACED, name,
                    "has no use: the component's size is fixed by @Fixed or @Count");
        } else if (max < 0) {
            errors.error(component, mirror.get(), value, Diag.MAX_MISPLACED, name, "must be 0 or more, not " + max);
        }
        return max < 0 ? -1 : max;
    }

    private static int closeGroup(BitGroups.Open group, List<Item> items) {
        Optional<Item> closed = group.close();
        closed.ifPresent(items::add);
        return closed.map(g -> ((Item.BitGroup) g).bytes()).orElse(0);
    }

    private Optional<Item.Length> lengthItem(RecordComponentElement component, AnnotationMirror mirror, Endian endian,
                                             List<? extends RecordComponentElement> all) {
        String first = component.getSimpleName().toString();
        AnnotationValue throughValue = mirrors.value(mirror, "through");
        String through = (String) throughValue.getValue();
        if (!through.isEmpty()) {
            int throughIndex = indexOf(all, through);
            if (throughIndex < 0) {
                errors.error(component, mirror, throughValue, Diag.REFERENCE_UNKNOWN,
                        "@Length(through = \"" + through + "\")", "'" + first + "'",
                        component.getEnclosingElement().getSimpleName(),
                        "use '" + first + "' or a component after it: " + names(all.subList(all.indexOf(component), all.size())));
                return Optional.empty();
            }
            if (throughIndex < all.indexOf(component)) {
                errors.error(component, mirror, throughValue, Diag.LENGTH_THROUGH_BEFORE, through, first, first);
                return Optional.empty();
            }
        }
        return Optional.of(new Item.Length(Width.valueOf(mirrors.enumValue(mirror, "value")), endian, first,
                through.isEmpty() ? null : through, (Boolean) mirrors.value(mirror, "includeSelf").getValue(),
                mirrors.intValue(mirror, "adjust")));
    }

    /** A fallback record's first component holds its protocol's tag: a bit field of the tag's bits, or an integer of its width. */
    private void checkFallbackTag(TypeElement type, MessageSettings settings, List<? extends RecordComponentElement> all,
                                  List<Item> items) {
        String protocol = registry.protocolOf(type).map(p -> p.getSimpleName().toString()).orElse("?");
        Width width = settings.tagWidth();
        if (settings.tagBits() > 0) {
            boolean holds = !items.isEmpty() && items.get(0) instanceof Item.BitGroup g
                    && g.members().get(0).bits() == settings.tagBits() && g.bytes() == settings.tagBytes();
            if (!holds) {
                errors.error(type, mirrors.find(type, FALLBACK).orElseThrow(), Diag.FALLBACK_NEEDS_TAG_FIELD,
                        type.getSimpleName(), protocol,
                        "@Bits(" + settings.tagBits() + ") first, in a group of " + settings.tagBytes() + " byte(s)",
                        "@Bits(" + settings.tagBits() + ") int type");
            }
            return;
        }
        Item first = items.isEmpty() ? null : items.get(0);
        FieldKind kind = first instanceof Item.Field f ? f.field().kind() : null;
        boolean holds = width.bytes() == 0
                ? kind instanceof FieldKind.VarintKind v && (v.encoding() == io.wireform.annotations.VarintKind.MQTT)
                        == (width == Width.MQTT) && (v.encoding() == io.wireform.annotations.VarintKind.LENENC)
                        == (width == Width.LENENC)
                : kind instanceof FieldKind.IntKind i && i.width() == width.bytes() && (!i.signed() || width.bytes() == 8);
        if (!holds) {
            String example = switch (width) {
                case UINT8 -> "@UInt8 int tag";
                case UINT16 -> "@UInt16 int tag";
                case UINT32 -> "@UInt32 long tag";
                case UINT64 -> "long tag";
                case VARINT -> "@Varint long tag";
                case MQTT -> "@Varint(VarintKind.MQTT) int tag";
                case LENENC -> "@Varint(VarintKind.LENENC) long tag";
                default -> "@UInt(" + width.bytes() + ") long tag";
            };
            errors.error(type, mirrors.find(type, FALLBACK).orElseThrow(), Diag.FALLBACK_NEEDS_TAG_FIELD,
                    type.getSimpleName(), protocol, "an unsigned integer of the tag's width (" + width + ")", example);
        }
    }

    /** A {@code @When(bit = n)} must name a bit its field has on the wire, or the value could never be there. */
    private void checkConditionBits(List<? extends RecordComponentElement> all, List<Item> items) {
        for (Item item : items) {
            if (!(item instanceof Item.Field f) || !(f.field().kind() instanceof FieldKind.OptionalKind o)
                    || o.condition().bit() < 0) {
                continue;
            }
            io.wireform.processor.model.Reference.Path path = o.condition().reference() == null ? null
                    : o.condition().reference().alternatives().get(0);
            int bits = path == null ? wireBits(items, o.condition().field())
                    : wireBits(path.hops().get(path.hops().size() - 1).record().items(), path.leaf());
            if (o.condition().bit() >= bits) {
                RecordComponentElement component = all.get(indexOf(all, f.field().name()));
                AnnotationMirror when = mirrors.find(component, WHEN).orElseThrow();
                errors.error(component, when, mirrors.value(when, "bit"), Diag.WHEN_BIT_OUT_OF_RANGE,
                        o.condition().bit(), f.field().name(), o.condition().field(), bits, bits - 1, bits - 1);
            }
        }
    }

    /** The bits the integer component {@code name} has on the wire; 64 where it is not fixed (a varint). */
    private static int wireBits(List<Item> items, String name) {
        for (Item item : items) {
            if (item instanceof Item.Field f && f.field().name().equals(name)) {
                FieldKind kind = f.field().kind();
                return kind.isFixed() ? 8 * kind.fixedSize() : 64;
            }
            if (item instanceof Item.BitGroup g) {
                for (Item.BitMember member : g.members()) {
                    if (member.name().equals(name)) {
                        return member.bits();
                    }
                }
            }
        }
        return 64;
    }

    /** A @Remaining value takes the rest of its region, so nothing of that region may follow it. */
    private void checkRemainingIsLast(List<? extends RecordComponentElement> all, List<Item> items) {
        for (int i = 0; i < all.size(); i++) {
            RecordComponentElement component = all.get(i);
            Optional<FieldKind> kind = fieldKind(items, component.getSimpleName().toString());
            if (kind.isEmpty() || !kind.get().takesRemaining() && !MessageModel.runsToEnd(kind.get())) {
                continue;
            }
            int regionEnd = all.size() - 1;
            for (Item item : items) {
                if (item instanceof Item.Length l && l.throughField() != null) {
                    int from = indexOf(all, l.firstField());
                    int to = indexOf(all, l.throughField());
                    if (from <= i && i <= to && to < regionEnd) {
                        regionEnd = to;
                    }
                }
            }
            if (i != regionEnd) {
                String next = all.get(i + 1).getSimpleName().toString();
                if (kind.get().takesRemaining()) {
                    errors.error(component, Diag.REMAINING_NOT_LAST, component.getSimpleName(), next,
                            component.getSimpleName());
                } else {
                    errors.error(component, Diag.NESTED_RUNS_TO_END, component.getSimpleName(), component.asType(), next,
                            component.getSimpleName(), component.getSimpleName());
                }
            }
        }
    }

    /** A payload is streamed after the rest of the frame: nothing may follow it on the wire. */
    private void checkPayloadIsLast(TypeElement type, List<? extends RecordComponentElement> all, List<Item> items) {
        for (int i = 0; i < all.size(); i++) {
            RecordComponentElement component = all.get(i);
            Optional<FieldKind> kind = fieldKind(items, component.getSimpleName().toString());
            if (kind.isEmpty() || !(kind.get() instanceof FieldKind.PayloadKind)) {
                continue;
            }
            if (i != all.size() - 1) {
                errors.error(component, Diag.PAYLOAD_PLACEMENT, component.getSimpleName(),
                        "it must be the last component; move '" + all.get(i + 1).getSimpleName() + "' before it");
            } else if (mirrors.find(type, CHECKSUM).isPresent() || mirrors.find(type, END).isPresent()) {
                errors.error(component, Diag.PAYLOAD_PLACEMENT, component.getSimpleName(),
                        "no @Checksum or @End can follow it; remove them or use byte[]");
            } else if (mirrors.find(type, PADDING).isPresent()) {
                errors.error(component, Diag.PAYLOAD_PLACEMENT, component.getSimpleName(),
                        "no reserved bytes (@Padding on the record) can follow it; remove @Padding from " + type.getSimpleName());
            } else if (mirrors.find(component, PADDING).filter(m -> mirrors.intValue(m, "after") != 0).isPresent()) {
                AnnotationMirror padding = mirrors.find(component, PADDING).orElseThrow();
                errors.error(component, padding, mirrors.value(padding, "after"), Diag.PAYLOAD_PLACEMENT,
                        component.getSimpleName(), "no reserved bytes (@Padding(after = ...)) can follow it; remove after = "
                                + mirrors.intValue(padding, "after"));
            } else if (!(((FieldKind.PayloadKind) kind.get()).extent() instanceof Extent.Remaining)
                    && items.stream().anyMatch(it -> it instanceof Item.Length l
                    && (l.throughField() == null || l.throughField().contentEquals(component.getSimpleName())))) {
                // inside a length region the payload is what the region leaves: a prefix of its own would say it twice
                errors.error(component, mirrors.find(component, PREFIXED).orElseThrow(), Diag.PAYLOAD_PLACEMENT,
                        component.getSimpleName(), "it ends a @Length region, whose length already says where it ends; "
                                + "replace @Prefixed with @Remaining");
            }
        }
    }

    private static Optional<FieldKind> fieldKind(List<Item> items, String name) {
        for (Item item : items) {
            if (item instanceof Item.Field f && f.field().name().equals(name)) {
                return Optional.of(f.field().kind());
            }
        }
        return Optional.empty();
    }

    private Optional<Item.Checksum> checksum(TypeElement type, Endian endian, List<? extends RecordComponentElement> all) {
        Optional<AnnotationMirror> mirror = mirrors.find(type, CHECKSUM);
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        AnnotationValue fromValue = mirrors.value(mirror.get(), "from");
        String from = (String) fromValue.getValue();
        if (!from.isEmpty() && indexOf(all, from) < 0) {
            errors.error(type, mirror.get(), fromValue, Diag.REFERENCE_UNKNOWN, "@Checksum(from = \"" + from + "\")",
                    "record " + type.getSimpleName(), type.getSimpleName(), "use one of: " + names(all));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> order = (List<? extends AnnotationValue>) mirrors.value(mirror.get(), "order").getValue();
        Endian checksumEndian = order.isEmpty() ? endian
                : Endian.valueOf(((javax.lang.model.element.VariableElement) order.get(0).getValue()).getSimpleName().toString());
        return Optional.of(new Item.Checksum(ChecksumType.valueOf(mirrors.enumValue(mirror.get(), "value")),
                checksumEndian, from.isEmpty() ? null : from));
    }

    private static int indexOf(List<? extends RecordComponentElement> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getSimpleName().contentEquals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String names(List<? extends RecordComponentElement> all) {
        return all.stream().map(c -> c.getSimpleName().toString()).collect(Collectors.joining(", "));
    }

    private record Padding(int before, int after, int fill) {}

    private Padding padding(RecordComponentElement component) {
        Optional<AnnotationMirror> mirror = mirrors.find(component, PADDING);
        if (mirror.isEmpty()) {
            return new Padding(0, 0, 0);
        }
        String name = component.getSimpleName().toString();
        recordPadding.checkComponent(component, mirror.get());
        int before = nonNegative(component, mirror.get(), "before", name);
        int after = nonNegative(component, mirror.get(), "after", name);
        int fill = mirrors.intValue(mirror.get(), "fill");
        if (fill < 0 || fill > 255) {
            errors.error(component, mirror.get(), mirrors.value(mirror.get(), "fill"), Diag.BYTE_OUT_OF_RANGE,
                    "fill", fill, name);
        }
        return new Padding(before, after, fill & 0xFF);
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
            errors.error(type, mirror.get(), value, Diag.MARKER_EMPTY, simpleName, "record " + type.getSimpleName());
        }
        return bytes.get();
    }
}

package io.wireform.processor.tools.diagram;

import io.wireform.annotations.Endian;
import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message's wire items as parts with bit positions, as far as positions are known: the fixed
 * head has them, and everything from the first value of variable size on is a part without one.
 * Both the packet diagram and the Markdown layout table are drawn from this.
 */
public final class LayoutWalk {

    /**
     * One thing on the wire.
     *
     * @param label what the diagram writes in its box
     * @param type what the layout table says of it, e.g. {@code uint16 BE}
     * @param bit its first bit from the frame's start, or -1 once positions depend on values
     * @param bits its width in bits, or -1 when it depends on the value
     */
    public record Part(String label, String type, long bit, long bits) {
        public boolean placed() {
            return bit >= 0 && bits >= 0;
        }
    }

    private final List<Part> parts = new ArrayList<>();
    private long bit;

    private LayoutWalk(long startBit) {
        this.bit = startBit;
    }

    /** The parts of {@code model}'s frame, the first at bit 0. */
    public static List<Part> of(MessageModel model) {
        return of(List.of(), 0, model);
    }

    /**
     * The parts of {@code model}'s frame after {@code prefix} (a protocol's tag), the frame's own
     * first part at {@code startBit}; -1 when the prefix itself has no fixed size.
     */
    public static List<Part> of(List<Part> prefix, long startBit, MessageModel model) {
        LayoutWalk walk = new LayoutWalk(startBit);
        walk.parts.addAll(prefix);
        walk.walk(model);
        return List.copyOf(walk.parts);
    }

    private void walk(MessageModel model) {
        if (!model.magic().isEmpty()) {
            fixed("magic " + hex(model.magic()), "constant", model.magic().size());
        }
        for (Item item : model.items()) {
            if (item instanceof Item.Field f) {
                field(f.field());
            } else if (item instanceof Item.BitGroup g) {
                bits(g);
            } else if (item instanceof Item.Length l) {
                String type = "length of " + l.firstField() + ".." + (l.throughField() == null ? "" : l.throughField());
                if (l.width().bytes() > 0) {
                    fixed("length", type + ", uint" + 8 * l.width().bytes() + endian(l.endian(), l.width().bytes()),
                            l.width().bytes());
                } else {
                    variable("length", type + ", " + l.width().name().toLowerCase(Locale.ROOT));
                }
            } else if (item instanceof Item.Reserved r) {
                fixed("reserved", "reserved, " + r.bytes() + " bytes", r.bytes());
            } else if (item instanceof Item.Checksum c) {
                fixed(c.type().name().toLowerCase(Locale.ROOT), "checksum " + c.type()
                        + (c.fromField() == null ? "" : " from " + c.fromField()) + endian(c.endian(), c.type().bytes()),
                        c.type().bytes());
            } else {
                // an item this walk does not know yet: shown, and nothing after it has a position
                variable("?", "not described: " + item.getClass().getSimpleName());
            }
        }
        if (!model.end().isEmpty()) {
            fixed("end " + hex(model.end()), "constant", model.end().size());
        }
    }

    private void field(FieldModel field) {
        if (field.paddingBefore() > 0) {
            fixed("reserved", "reserved, " + bytes(field.paddingBefore()), field.paddingBefore());
        }
        if (field.alignmentBefore() > 0) {
            fixed("pad", "alignment, " + bytes(field.alignmentBefore()), field.alignmentBefore());
        }
        int size = field.kind().fixedSize();
        String name = field.isDerived() ? field.countOf() + " count" : field.name();
        String label = field.constant().isPresent() ? name + " = " + field.constant().getAsLong() : name;
        String type = describe(field.kind());
        if (field.isDerived()) {
            type = "count of " + field.countOf() + " (derived), " + type;
        } else if (field.constant().isPresent()) {
            type = type + ", constant " + field.constant().getAsLong();
        } else if (field.range() != null) {
            type = type + ", range " + field.range().text();
        }
        if (size >= 0) {
            fixed(size > 8 ? label + " (" + size + " bytes)" : label, type, size);
        } else {
            variable(label, type);
        }
        if (field.paddingAfter() > 0) {
            fixed("reserved", "reserved, " + bytes(field.paddingAfter()), field.paddingAfter());
        }
    }

    /**
     * What the layout table says of a value: its kind, with what its kind's short description leaves
     * out: a list's terminator, a nullable prefix's NULL marker, that a codec of the user's sizes it.
     */
    static String describe(FieldKind kind) {
        String text = kind.describe();
        if (kind instanceof FieldKind.OptionalKind o) {
            return describe(o.inner()) + " if " + o.condition().field();
        }
        if (kind instanceof FieldKind.NullableKind n) {
            return describe(n.inner()) + ", NULL: " + (n.prefix().width() == io.wireform.annotations.Width.LENENC ? "FB"
                    : hex(java.util.Collections.nCopies(n.markerSize(), 0xFF)));
        }
        if (kind instanceof FieldKind.UsingKind) {
            return text + ", as many bytes as the codec reads";
        }
        if (kind.extent() instanceof Extent.Terminated t) {
            return text.replace("terminated", "terminated by " + hex(t.delimiter()));
        }
        return text;
    }

    /** What a bit-field member holds: {@code unsigned}, {@code bool} or its enum; bits are never signed. */
    public static String bitKind(FieldKind kind) {
        if (kind instanceof FieldKind.BoolKind) {
            return "bool";
        }
        return kind instanceof FieldKind.EnumKind e ? e.enumType().simpleName() : "unsigned";
    }

    /**
     * A big-endian group (or one byte) is drawn member by member, most significant bit first as it
     * goes on the wire; a little-endian group of several bytes scatters its members over bytes, so
     * it is one box naming them.
     */
    private void bits(Item.BitGroup group) {
        int total = 8 * group.bytes();
        if (bit >= 0 && (group.endian() == Endian.BIG || group.bytes() == 1)) {
            List<Item.BitMember> members = new ArrayList<>(group.members());
            members.sort((a, b) -> Integer.compare(b.shift(), a.shift()));
            for (Item.BitMember m : members) {
                boolean fixed = m.constant().isPresent() && !m.tag();
                parts.add(new Part(fixed ? m.name() + " = " + m.constant().getAsLong() : m.name(), bitKind(m.kind()) + ", "
                        + m.bits() + " bit" + (m.bits() == 1 ? "" : "s") + " (mask 0x" + Long.toHexString(mask(m)) + ")"
                        + (fixed ? ", constant " + m.constant().getAsLong() : "")
                        + (m.range() != null ? ", range " + m.range().text() : ""), bit + total - m.shift() - m.bits(),
                        m.bits()));
            }
            bit += total;
            return;
        }
        StringBuilder names = new StringBuilder();
        for (Item.BitMember m : group.members()) {
            names.append(names.length() == 0 ? "" : " ").append(m.name()).append(':').append(m.bits());
        }
        fixed(names.toString(), "bits, " + group.bytes() + " bytes" + endian(group.endian(), group.bytes()),
                group.bytes());
    }

    private static String bytes(int n) {
        return n == 1 ? "1 byte" : n + " bytes";
    }

    private static long mask(Item.BitMember m) {
        return (m.bits() == 64 ? -1L : (1L << m.bits()) - 1) << m.shift();
    }

    private void fixed(String label, String type, int bytes) {
        parts.add(new Part(label, type, bit, 8L * bytes));
        if (bit >= 0) {
            bit += 8L * bytes;
        }
    }

    private void variable(String label, String type) {
        parts.add(new Part(label, type, bit, -1));
        bit = -1;
    }

    private static String endian(Endian endian, int bytes) {
        return bytes > 1 ? (endian == Endian.BIG ? " BE" : " LE") : "";
    }

    static String hex(List<Integer> bytes) {
        StringBuilder text = new StringBuilder();
        for (int b : bytes) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02X", b));
        }
        return text.toString();
    }
}

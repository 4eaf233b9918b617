package io.wireform.processor.tools.struct;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A message's layout as a Python {@code struct} format, when one exists: every component is one
 * struct item (or, for a list of fixed count, that many), in one byte order, with reserved bytes as
 * {@code x}. A C-aligned little-endian message uses native mode {@code @} (as CPython on x86-64 and
 * ARM64 packs it, alignment implied) when struct's alignment lands every field where Wireform puts
 * it; otherwise, and for every packed message, the standard sizes of {@code <} or {@code >} with
 * alignment bytes written out as {@code x}.
 *
 * <p>Not expressible: markers, derived lengths and checksums, bit fields, integers of 3, 5, 6 or 7
 * bytes, varints, values of variable size, optionals, nested records, texts, byte strings or
 * reserved bytes filled with other than zero (struct writes zeros), and mixed byte orders. Any kind or item this class
 * does not know is not expressible either ({@link #code}, {@link #of}).
 */
public final class StructFormat {
    private StructFormat() {}

    /**
     * One struct item: {@code count} times {@code code}, after {@code reserved} bytes ({@code @Padding})
     * and {@code aligned} bytes of C alignment.
     */
    private record Token(int reserved, int aligned, int count, char code, int size, int alignment) {}

    /** The format of {@code model}, or empty when struct cannot express it. */
    public static Optional<String> of(MessageModel model) {
        if (!model.isFixed() || !model.magic().isEmpty() || !model.end().isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = new ArrayList<>();
        Set<Endian> orders = new HashSet<>();
        int trailing = 0;
        List<Integer> wireOffsets = new ArrayList<>();
        int offset = 0;
        for (Item item : model.items()) {
            if (item instanceof Item.Reserved r && r.fill() == 0) {
                trailing += r.bytes(); // a record's reserved bytes where no component holds them: '>2x'
                offset += r.bytes();
                continue;
            }
            if (!(item instanceof Item.Field f)) {
                return Optional.empty(); // bit groups, lengths, checksums and anything newer
            }
            FieldModel field = f.field();
            if (field.fill() != 0 && field.paddingBefore() + field.paddingAfter() > 0) {
                return Optional.empty(); // struct writes its pad bytes as zero
            }
            Optional<Token> token = token(field.kind(), trailing + field.paddingBefore(), field.alignmentBefore(), orders);
            if (token.isEmpty()) {
                return Optional.empty();
            }
            offset += field.bytesBefore();
            wireOffsets.add(offset);
            offset += field.kind().fixedSize();
            tokens.add(token.get());
            trailing = field.paddingAfter();
            offset += trailing;
        }
        if (orders.size() > 1) {
            return Optional.empty();
        }
        Endian order = orders.isEmpty() ? model.endian() : orders.iterator().next();
        if (model.layout() == Layout.C_ALIGNED && order == Endian.LITTLE && nativeMatches(tokens, trailing, wireOffsets,
                model.fixedLength())) {
            return Optional.of(render('@', tokens, trailing, true));
        }
        return Optional.of(render(order == Endian.LITTLE ? '<' : '>', tokens, trailing, false));
    }

    /**
     * The struct item of one value, with the reserved and alignment bytes before it; empty when struct has
     * none. Multi-byte numbers add their byte order to {@code orders}.
     */
    private static Optional<Token> token(FieldKind kind, int reserved, int aligned, Set<Endian> orders) {
        if (kind instanceof FieldKind.ListKind list && list.extent() instanceof Extent.Fixed count) {
            return code(list.element(), orders)
                    .map(t -> new Token(reserved, aligned, count.size(), t.code(), t.size(), t.alignment()));
        }
        if (kind instanceof FieldKind.BytesKind b && b.extent() instanceof Extent.Fixed n && b.pad() == 0) {
            return Optional.of(new Token(reserved, aligned, n.size(), 's', 1, 1));
        }
        if (kind instanceof FieldKind.StringKind s && s.extent() instanceof Extent.Fixed n && s.pad() == 0) {
            return Optional.of(new Token(reserved, aligned, n.size(), 's', 1, 1));
        }
        return code(kind, orders).map(t -> new Token(reserved, aligned, 1, t.code(), t.size(), t.alignment()));
    }

    /** The struct code of a number, boolean or enum; empty for every other kind. */
    static Optional<Token> code(FieldKind kind, Set<Endian> orders) {
        char code;
        int width;
        Endian endian = null;
        if (kind instanceof FieldKind.IntKind k) {
            width = k.width();
            String codes = k.signed() ? "bhiq" : "BHIQ";
            int index = Integer.numberOfTrailingZeros(width);
            if (Integer.bitCount(width) != 1 || index > 3) {
                return Optional.empty();
            }
            code = codes.charAt(index);
            endian = k.endian();
        } else if (kind instanceof FieldKind.FloatKind k) {
            width = k.width();
            code = width == 2 ? 'e' : width == 4 ? 'f' : 'd'; // a @Half is struct's binary16
            endian = k.endian();
        } else if (kind instanceof FieldKind.BoolKind) {
            width = 1;
            code = '?';
        } else if (kind instanceof FieldKind.EnumKind k) {
            width = k.width();
            if (width == 3) {
                return Optional.empty();
            }
            code = "BH_I".charAt(width - 1);
            endian = k.endian();
        } else {
            return Optional.empty();
        }
        if (width > 1) {
            orders.add(endian);
        }
        return Optional.of(new Token(0, 0, 1, code, width, width));
    }

    /**
     * Whether native mode puts every value where Wireform does: struct inserts the alignment of each
     * number to its size by itself, after the reserved bytes written as {@code x}.
     */
    private static boolean nativeMatches(List<Token> tokens, int trailing, List<Integer> wireOffsets, int length) {
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            offset += t.reserved();
            offset = (offset + t.alignment() - 1) / t.alignment() * t.alignment();
            if (offset != wireOffsets.get(i)) {
                return false;
            }
            offset += t.count() * t.size();
        }
        return offset + trailing == length;
    }

    private static String render(char prefix, List<Token> tokens, int trailing, boolean nativeMode) {
        StringBuilder format = new StringBuilder().append(prefix);
        for (Token t : tokens) {
            pad(format, nativeMode ? t.reserved() : t.reserved() + t.aligned());
            format.append(t.count() == 1 && t.code() != 's' ? "" : Integer.toString(t.count())).append(t.code());
        }
        pad(format, trailing);
        return format.toString();
    }

    private static void pad(StringBuilder format, int bytes) {
        if (bytes == 1) {
            format.append('x');
        } else if (bytes > 1) {
            format.append(bytes).append('x');
        }
    }
}

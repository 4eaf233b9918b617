package io.wireform.processor.model;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import java.util.List;

/**
 * A validated {@code @Message} record: everything the generator needs, nothing it must check.
 *
 * @param magic constant leading bytes, unsigned, empty when there are none
 * @param end constant trailing bytes (end marker), unsigned, empty when there are none
 * @param items what is on the wire between magic and end marker, in order
 * @param components the record components in declaration order, for the constructor call
 * @param fixedLength encoded length of every frame, or -1 when it depends on the value
 * @param reader what its generated reader is preset with
 * @param checkedConstructor whether the record declares its canonical constructor, whose checks decode
 *     turns into a decode error
 */
public record MessageModel(
        ClassName messageType,
        ClassName codecType,
        boolean isPublic,
        Endian endian,
        Layout layout,
        List<Integer> magic,
        List<Integer> end,
        List<Item> items,
        List<String> components,
        int fixedLength,
        ReaderSettings reader,
        boolean checkedConstructor) {

    public MessageModel {
        magic = List.copyOf(magic);
        end = List.copyOf(end);
        items = List.copyOf(items);
        components = List.copyOf(components);
    }

    public boolean isFixed() {
        return fixedLength >= 0;
    }

    /** Whether the frame ends with a {@code Payload} that readers stream. */
    public boolean isStreamed() {
        return !items.isEmpty() && items.get(items.size() - 1) instanceof Item.Field f
                && f.field().kind() instanceof FieldKind.PayloadKind;
    }

    /**
     * Whether the frame ends with a streamed {@code @Remaining} payload inside a {@code @Length}
     * region: its length is what the region leaves after the header, which is all readers buffer.
     */
    public boolean streamsRegion() {
        return isStreamed() && ((Item.Field) items.get(items.size() - 1)).field().kind() instanceof FieldKind.PayloadKind p
                && p.extent() instanceof Extent.Remaining && !runsToEnd();
    }

    /**
     * Whether the codec also reads and writes the record at a given index, with no bounds check of
     * its own and without moving the buffer's position: true for fixed-size records made only of
     * values at constant offsets. A codec nesting one checks the bytes once for the whole run and
     * calls those methods, as hand-written code would call a helper per struct.
     */
    public boolean isInPlace() {
        if (!isFixed() || isStreamed()) {
            return false;
        }
        for (Item item : items) {
            if (item instanceof Item.Length) {
                return false;
            }
            if (item instanceof Item.Field f && !atConstantOffset(f.field().kind())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the in-place decode of this record ({@link #isInPlace()}) can throw nothing: it holds
     * only numbers, booleans, fixed-size byte arrays, reserved bytes and bit fields of those, with no
     * constant, range, magic, end marker or checksum to check, and no constructor of its own to refuse them. A codec that nests such a record then needs no
     * handler for its errors.
     */
    public boolean decodesUnchecked() {
        if (!isInPlace() || !magic.isEmpty() || !end.isEmpty() || checkedConstructor) {
            return false;
        }
        for (Item item : items) {
            boolean unchecked = item instanceof Item.Reserved
                    || item instanceof Item.Field f && !f.field().checked() && unchecked(f.field().kind())
                    || item instanceof Item.BitGroup g && g.members().stream().allMatch(m -> !m.checked()
                            && unchecked(m.kind()));
            if (!unchecked) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value of {@code kind} is read at a constant offset with nothing to check: a number, a boolean, fixed bytes. */
    public static boolean unchecked(FieldKind kind) {
        return kind instanceof FieldKind.IntKind || kind instanceof FieldKind.FloatKind
                || kind instanceof FieldKind.BoolKind
                || kind instanceof FieldKind.BytesKind b && b.extent() instanceof Extent.Fixed;
    }

    private static boolean atConstantOffset(FieldKind kind) {
        return kind instanceof FieldKind.IntKind || kind instanceof FieldKind.FloatKind
                || kind instanceof FieldKind.BoolKind || kind instanceof FieldKind.EnumKind
                || kind instanceof FieldKind.BytesKind b && b.extent() instanceof Extent.Fixed
                || kind instanceof FieldKind.StringKind s && s.extent() instanceof Extent.Fixed
                || kind instanceof FieldKind.NestedKind n && n.inPlace();
    }

    /**
     * Whether a frame runs to the end of its input: a value that takes the rest of its region sits
     * outside every {@code @Length} region, so only the input's end (or a nested message or union that
     * runs to it) ends the frame.
     */
    public boolean runsToEnd() {
        return endingItem() >= 0;
    }

    /** The index in {@link #items()} of the field that makes the frame {@link #runsToEnd() run to its end}, or -1. */
    private int endingItem() {
        List<String> regionEnds = new java.util.ArrayList<>(); // the through-field of each open region
        boolean wholeFrameRegion = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof Item.Length l) {
                if (l.throughField() == null) {
                    wholeFrameRegion = true;
                } else {
                    regionEnds.add(l.throughField());
                }
            } else if (item instanceof Item.Field f) {
                if (!wholeFrameRegion && regionEnds.isEmpty() && runsToEnd(f.field().kind())) {
                    return i;
                }
                // every region through it ends here: two may end at the same field
                regionEnds.removeIf(f.field().name()::equals);
            } else if (item instanceof Item.BitGroup g) {
                g.members().forEach(m -> regionEnds.removeIf(m.name()::equals));
            }
        }
        return -1;
    }

    /**
     * Whether the codec also decodes the record from the bounds of the region it fills, without moving
     * the buffer's position ({@code decodeRegion}): true for a record that {@link #runsToEnd() runs to
     * its end} through a byte string or text taking the rest, after which only the trailer (checksum,
     * end marker) comes, and whose every value is read at an index, never by a codec that moves the
     * position. Its decode then always ends at its limit, so a codec nesting it needs no position to
     * learn where it ended, nor a check that it filled its region.
     */
    public boolean decodesInRegion() {
        int ending = endingItem();
        if (ending < 0 || isFixed() || isStreamed() || usesOrigin()
                || !(items.get(ending) instanceof Item.Field last && last.field().kind().takesRemaining()
                        && (last.field().kind() instanceof FieldKind.BytesKind
                                || last.field().kind() instanceof FieldKind.StringKind))) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean atIndex = i > ending ? item instanceof Item.Checksum
                    : item instanceof Item.Field f ? readsAtIndex(f.field().kind())
                    : !(item instanceof Item.BitGroup g) || g.members().stream().allMatch(m -> readsAtIndex(m.kind()));
            if (!atIndex) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code decodeRegion} ({@link #decodesInRegion()}) can throw nothing when its start is at most
     * its end: the record is one byte string taking the whole region, with no constant, limit, marker or
     * checksum to check.
     */
    public boolean decodesRegionUnchecked() {
        return decodesInRegion() && magic.isEmpty() && end.isEmpty() && !checkedConstructor && items.size() == 1
                && items.get(0) instanceof Item.Field f && f.field().kind() instanceof FieldKind.BytesKind
                && !f.field().checked() && f.field().max() < 0 && f.field().bytesBefore() == 0
                && f.field().paddingAfter() == 0;
    }

    /** Whether a value of {@code kind} is read at an index, without a codec that moves the buffer's position. */
    private static boolean readsAtIndex(FieldKind kind) {
        if (kind instanceof FieldKind.OptionalKind o) {
            return readsAtIndex(o.inner());
        }
        if (kind instanceof FieldKind.NullableKind n) {
            return readsAtIndex(n.inner());
        }
        if (kind instanceof FieldKind.ListKind l) {
            return readsAtIndex(l.element());
        }
        if (kind instanceof FieldKind.NestedKind n) {
            return n.inPlace();
        }
        return kind instanceof FieldKind.IntKind || kind instanceof FieldKind.FloatKind
                || kind instanceof FieldKind.BoolKind || kind instanceof FieldKind.EnumKind
                || kind instanceof FieldKind.VarintKind || kind instanceof FieldKind.BytesKind
                || kind instanceof FieldKind.StringKind;
    }

    /** Whether a value of {@code kind} runs to the end of its region: a rest-of-region value, or a record or union that does. */
    public static boolean runsToEnd(FieldKind kind) {
        if (kind instanceof FieldKind.OptionalKind o) {
            return runsToEnd(o.inner());
        }
        if (kind instanceof FieldKind.NestedKind n) {
            return n.runsToEnd();
        }
        if (kind instanceof FieldKind.SelectedKind s) {
            return s.runsToEnd();
        }
        return kind.takesRemaining();
    }

    /**
     * Whether decoding reads relative to the outermost frame: a {@code @Using} value, or a nested record
     * or selected protocol holding one, at any depth. Its codec then has {@code decodeWithin}.
     */
    public boolean usesOrigin() {
        for (Item item : items) {
            if (item instanceof Item.Field f && usesOrigin(f.field().kind())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value of {@code kind} reads relative to the outermost frame. */
    public static boolean usesOrigin(FieldKind kind) {
        if (kind instanceof FieldKind.OptionalKind o) {
            return usesOrigin(o.inner());
        }
        if (kind instanceof FieldKind.ListKind l) {
            return usesOrigin(l.element());
        }
        if (kind instanceof FieldKind.NestedKind n) {
            return n.origin();
        }
        if (kind instanceof FieldKind.SelectedKind s) {
            return s.origin();
        }
        return kind instanceof FieldKind.UsingKind;
    }

    /**
     * The alignment a C compiler gives this record as a struct member: its strictest member's, when it is
     * C-aligned itself; 1 for a packed record, as for a {@code #pragma pack(1)} struct.
     */
    public int alignment() {
        if (layout != Layout.C_ALIGNED) {
            return 1;
        }
        int alignment = 1;
        for (Item item : items) {
            if (item instanceof Item.Field f) {
                alignment = Math.max(alignment, f.field().kind().alignment());
            }
        }
        return alignment;
    }

    /** The name used in error paths, e.g. {@code DeviceFrame}. */
    public String pathName() {
        return messageType.simpleName();
    }
}

package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.Field;
import io.wireform.conformance.schema.SchemaGenerator.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Components whose size a path names: a nested record holding the size of a later component of the record
 * nesting it ({@code @CountedBy("head.count")}), and WebSocket's length that is either the size itself or
 * chooses a record holding it ({@code @SizedBy({"extended.length", "len"})}).
 */
final class PathFields {
    private final SchemaGenerator g;
    private final FieldBuilder fields;
    private final Place place;

    PathFields(SchemaGenerator g, FieldBuilder fields, Place place) {
        this.g = g;
        this.fields = fields;
        this.place = place;
    }

    /**
     * A nested record holding, among its own components, the size or count of a later byte[], String or
     * List of this record, which names it by a path ({@code @CountedBy("head.count")}): at a constant
     * offset inside a fixed-size record, or after variable components of another.
     */
    void pathSized(boolean list) {
        Decls.RecordDecl head = g.message(g.chance(50) ? place.fixed() : place.nested(false));
        Kind.Int sizeKind = switch (g.r.nextInt(4)) {
            case 0 -> new Kind.Int("short", "@UInt8", 0, 255, 1, false);
            case 1 -> new Kind.Int("int", "@UInt16", 0, 0xFFFF, 2, false);
            case 2 -> new Kind.Int("byte", "", Byte.MIN_VALUE, Byte.MAX_VALUE, 1, false);
            default -> new Kind.Int("long", "@UInt32", 0, 0xFFFF_FFFFL, 4, false);
        };
        Field size = insert(head, "n", sizeKind);
        if (size == null) {
            fields.sizedPair(list);
            return;
        }
        Field holder = fields.add(new Kind.Nested(head));
        if (g.chance(30)) {
            fields.integer(true); // something between the record and what its component sizes
        }
        Extent extent = new Extent.SizedBy(holder.name + "." + size.name, sizeKind.max);
        Field sized = list ? fields.add(new Kind.ListOf(fields.element(), extent, g.chance(15) ? g.r.nextInt(8) : -1))
                : fields.add(fields.bytesKind(g.r.nextBoolean(), extent, false));
        size.sizes = sized;
        holder.pathSizes.add(size);
    }

    /**
     * A selected component chosen by a component of an earlier nested record ({@code @SelectedBy("head.kind")}):
     * an integer, a boolean or an enum, at a constant offset inside a fixed-size record or after variable
     * components of another. {@code last} when nothing follows it in its region.
     */
    void pathSelected(boolean last) {
        Decls.RecordDecl head = g.message(g.chance(50) ? place.fixed() : place.nested(false));
        Kind kind = switch (g.r.nextInt(4)) {
            case 0 -> new Kind.Int("short", "@UInt8", 0, 255, 1, false);
            case 1 -> new Kind.Int("int", "@UInt16", 0, 0xFFFF, 2, false);
            case 2 -> new Kind.Bool(false);
            default -> new Kind.Enum(g.enumFor(0, true));
        };
        if (kind instanceof Kind.Enum e && e.decl.fallbackWithoutCode()) {
            kind = new Kind.Int("short", "@UInt8", 0, 255, 1, false); // a path cannot choose by its lost code
        }
        Field selector = insert(head, "k", kind);
        if (selector == null) {
            fields.selected(last);
            return;
        }
        Field holder = fields.add(new Kind.Nested(head));
        if (g.chance(20)) {
            fields.integer(true); // something between the record and what it chooses
        }
        boolean ownRegion = !last && g.chance(40);
        boolean rest = last && place.rest() || ownRegion;
        Decls.ProtocolDecl p = g.selectedProtocol(place.depth() + 1, kind, rest);
        Field chosen = fields.add(new Kind.Selected(p, holder.name + "." + selector.name));
        if (ownRegion) {
            chosen.length = fields.lengthOfLast(chosen.name);
            chosen.overhead += chosen.length.selfBytes();
        }
        selector.selects = chosen;
        holder.pathSizes.add(selector);
    }

    /**
     * An optional component present when a boolean or integer of an earlier nested record says so
     * ({@code @When(value = "head.c3", bit = 2)}): the nested record's component and the component holding
     * the record; null when the record has no place for one.
     */
    Field[] pathCondition() {
        Decls.RecordDecl head = g.message(g.chance(50) ? place.fixed() : place.nested(false));
        Kind kind = g.r.nextBoolean() ? new Kind.Bool(false) : switch (g.r.nextInt(3)) {
            case 0 -> new Kind.Int("short", "@UInt8", 0, 255, 1, false);
            case 1 -> new Kind.Int("int", "@UInt16", 0, 0xFFFF, 2, false);
            default -> new Kind.Int("int", "", Integer.MIN_VALUE, Integer.MAX_VALUE, 4, false);
        };
        Field target = insert(head, "c", kind);
        if (target == null) {
            return null;
        }
        target.conditions = true;
        return new Field[] {target, fields.add(new Kind.Nested(head))};
    }

    /**
     * Adds a component of {@code kind}, named from {@code prefix}, to {@code head} where it starts a byte of its
     * own, and finishes {@code head}; null when no place is left for one.
     */
    Field insert(Decls.RecordDecl head, String prefix, Kind kind) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i <= head.fields.size(); i++) {
            boolean beforeAll = i == 0;
            boolean startsOne = i < head.fields.size() && (head.fields.get(i).bitsWidth == 0 || head.fields.get(i).groupBytes > 0)
                    && !head.fields.get(i).inTagGroup;
            boolean afterAll = i == head.fields.size() && !head.endsWithRest && (i == 0 || head.fields.get(i - 1).bitsWidth == 0)
                    && head.fields.stream().noneMatch(f -> f.kind instanceof Kind.PayloadKind);
            if (beforeAll && head.fields.isEmpty() || startsOne || afterAll) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return null;
        }
        List<String> taken = head.fields.stream().map(Field::name).toList();
        String name = prefix + taken.size();
        while (taken.contains(name)) {
            name = name + "x";
        }
        Field field = new Field(name, kind);
        if (head.aligned) {
            field.overhead += 7;
        }
        head.fields.add(at.get(g.r.nextInt(at.size())), field);
        SchemaGenerator.finish(head);
        return field;
    }

    /**
     * A 7-bit-style length that either is the size of a later byte[], String or List or chooses a record
     * holding it, WebSocket's way: {@code @SizedBy({"extended.length", "len"})}.
     */
    void lengthChoice(boolean list) {
        long split = g.chance(50) ? 125 : g.r.nextInt(255);
        Field selector = fields.add(new Kind.Int("short", "@UInt8", 0, 255, 1, false));
        Decls.ProtocolDecl choice = g.lengthChoice(split);
        Field selected = fields.add(new Kind.Selected(choice, selector.name));
        if (g.chance(30)) {
            fields.integer(true); // something between the length and what it sizes
        }
        Extent extent = new Extent.SizedBy("{\"" + selected.name + ".length\", \"" + selector.name + "\"}", 0xFFFF);
        Field sized = list ? fields.add(new Kind.ListOf(fields.element(), extent, g.chance(15) ? g.r.nextInt(8) : -1))
                : fields.add(fields.bytesKind(g.r.nextBoolean(), extent, false));
        selector.sizes = sized; // no condition or other size may use it
        selector.selects = selected;
        sized.lengthChoice = new Field[] {selector, selected};
        sized.lengthSplit = split;
    }
}

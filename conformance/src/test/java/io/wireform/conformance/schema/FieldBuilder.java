package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.EnumDecl;
import io.wireform.conformance.schema.Decls.Field;
import io.wireform.conformance.schema.Decls.LengthSpec;
import io.wireform.conformance.schema.Decls.RecordDecl;
import io.wireform.conformance.schema.SchemaGenerator.Place;
import java.util.ArrayList;
import java.util.List;

/** Adds random components to one record, as the documentation allows them. */
final class FieldBuilder {
    private final SchemaGenerator g;
    private final RecordDecl rec;
    private final Place place;
    private final List<String> names;
    private int nextName;

    FieldBuilder(SchemaGenerator g, RecordDecl rec, Place place) {
        this.g = g;
        this.rec = rec;
        this.place = place;
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            drawn.add(g.ids().component(drawn));
        }
        this.names = Identifiers.collideForward(g.r, drawn, g.ids());
    }

    String name() {
        while (true) {
            String name = nextName < names.size() ? names.get(nextName++) : "f" + nextName++;
            if (rec.fields.stream().noneMatch(f -> f.name.equals(name))) {
                return name;
            }
        }
    }

    private boolean fixedOnly() {
        return place.fixedOnly() || rec.aligned;
    }

    Field add(Kind kind) {
        Field f = new Field(name(), kind);
        rec.fields.add(f);
        return f;
    }

    /** One random component, or a few that belong together (a bit group, a size and what it sizes). */
    void any() {
        int pick = g.r.nextInt(100);
        if (pick < 22) {
            integer(true);
        } else if (pick < 26) {
            boolean isDouble = g.r.nextBoolean();
            add(new Kind.Float(isDouble, !isDouble && g.chance(40)));
            order(rec.fields.get(rec.fields.size() - 1));
        } else if (pick < 30) {
            add(new Kind.Bool(false));
        } else if (pick < 36) {
            Kind.Enum e = new Kind.Enum(g.enumFor(0, true));
            if (e.decl.width > 1 && g.chance(20)) {
                e.order = g.r.nextBoolean() ? "LITTLE" : "BIG";
            }
            if (g.chance(8)) {
                constant(e, 0);
            }
            add(e);
        } else if (pick < 45) {
            if (!rec.fields.isEmpty() && rec.fields.get(rec.fields.size() - 1).bitsWidth > 0) {
                integer(true); // a group right after another would join it
            } else {
                bitGroup(0);
            }
        } else if (pick < 63) {
            bytes(g.r.nextBoolean());
        } else if (pick < 72) {
            list();
        } else if (pick < 76 && place.depth() < 2) {
            nested(false);
        } else if (pick < 79 && place.depth() < 2 && !fixedOnly()) {
            selected(false);
        } else if (pick < 88 && !fixedOnly()) {
            optional();
        } else if (pick < 88 && !fixedOnly()) {
            add(new Kind.Using());
        } else if (!fixedOnly() && place.depth() < 2 && g.chance(30)) {
            new PathFields(g, this, place).pathSized(g.r.nextBoolean());
        } else if (!fixedOnly() && place.depth() < 2 && g.chance(15)) {
            new PathFields(g, this, place).lengthChoice(g.r.nextBoolean());
        } else if (!fixedOnly()) {
            sizedPair(g.r.nextBoolean());
        } else {
            integer(true);
        }
    }

    Kind.Int plainInt() {
        return new Kind.Int("byte", "", Byte.MIN_VALUE, Byte.MAX_VALUE, 1, false);
    }

    /** An integer of any representation the documentation lists. */
    Field integer(boolean varintAllowed) {
        Kind.Int kind = intKind(varintAllowed && !fixedOnly(), false);
        if (g.chance(6)) {
            constant(kind, 0);
        } else if (g.ranges.nextInt(100) < 8) {
            range(kind, kind.wireBytes == 8 && kind.annotation.startsWith("@UInt") ? 0 : kind.min, kind.max);
        }
        Field f = add(kind);
        order(f);
        return f;
    }

    Kind.Int intKind(boolean varintAllowed, boolean boxed) {
        int pick = g.r.nextInt(varintAllowed ? 100 : 85);
        if (pick < 25) {
            return switch (g.r.nextInt(4)) {
                case 0 -> new Kind.Int("byte", "", Byte.MIN_VALUE, Byte.MAX_VALUE, 1, false);
                case 1 -> new Kind.Int("short", "", Short.MIN_VALUE, Short.MAX_VALUE, 2, false);
                case 2 -> new Kind.Int("int", "", Integer.MIN_VALUE, Integer.MAX_VALUE, 4, false);
                default -> new Kind.Int("long", "", Long.MIN_VALUE, Long.MAX_VALUE, 8, false);
            };
        }
        if (pick < 45) {
            int n = 1 + g.r.nextInt(8);
            String type = wider(n == 1 ? 0 : n == 2 ? 1 : n <= 4 ? 2 : 3);
            long min = n == 8 ? Long.MIN_VALUE : -(1L << (8 * n - 1));
            long max = n == 8 ? Long.MAX_VALUE : (1L << (8 * n - 1)) - 1;
            return new Kind.Int(type, "@Int(" + n + ")", min, max, n, false);
        }
        if (pick < 85) {
            int form = g.r.nextInt(4);
            int n = form == 0 ? 1 : form == 1 ? 2 : form == 2 ? 4 : 1 + g.r.nextInt(8);
            String annotation = form == 0 ? "@UInt8" : form == 1 ? "@UInt16" : form == 2 ? "@UInt32" : "@UInt(" + n + ")";
            String type = wider(n == 1 ? 1 : n <= 3 ? 2 : 3);
            long max = n == 8 ? Long.MAX_VALUE : (1L << (8 * n)) - 1;
            long min = n == 8 ? Long.MIN_VALUE : 0;
            return new Kind.Int(type, annotation, min, max, n, false);
        }
        String type = g.r.nextBoolean() ? "int" : "long";
        long top = type.equals("int") ? Integer.MAX_VALUE : Long.MAX_VALUE;
        return switch (g.r.nextInt(4)) {
            case 0 -> new Kind.Int(type, "@Varint", 0, top, 0, true);
            case 2 -> new Kind.Int(type, "@Varint(VarintKind.LENENC)", 0, top, 0, true);
            case 1 -> new Kind.Int(type, "@Varint(VarintKind.ZIGZAG)", type.equals("int") ? Integer.MIN_VALUE
                    : Long.MIN_VALUE, top, 0, true);
            default -> new Kind.Int(type, "@Varint(VarintKind.MQTT)", 0, 268_435_455, 0, true);
        };
    }

    /** A Java integer type at least as wide as {@code least} (0 byte, 1 short, 2 int, 3 long). */
    private String wider(int least) {
        String[] types = {"byte", "short", "int", "long"};
        return types[least + (g.chance(70) ? 0 : g.r.nextInt(4 - least))];
    }

    private void order(Field f) {
        if (g.chance(15)) {
            String order = g.r.nextBoolean() ? "LITTLE" : "BIG";
            if (f.kind instanceof Kind.Int i && i.wireBytes > 1 && !i.varint) {
                i.order = order;
            } else if (f.kind instanceof Kind.Float fl) {
                fl.order = order;
            }
        }
    }

    /** A group of bit fields of a random whole number of bytes. */
    void bitGroup(int exact) {
        bitGroup(exact, 0);
    }

    /**
     * With {@code exact} above 0, the bits below a bit-field tag, and {@code runPast} whole bytes more
     * (a group that continues past the tag's bytes); else a group of a random whole number of bytes.
     */
    void bitGroup(int exact, int runPast) {
        int from = rec.fields.size();
        bitMembers(exact > 0 ? exact + 8 * runPast : 0, exact > 0 ? runPast : -1);
        if (exact > 0) {
            rec.fields.subList(from, rec.fields.size()).forEach(f -> f.inTagGroup = true);
        }
    }

    private void bitMembers(int exact, int extraBytes) {
        int total = exact > 0 ? exact : 8 * (g.chance(60) ? 1 : 1 + g.r.nextInt(g.chance(20) ? 8 : 3));
        int groupBytes = extraBytes >= 0 ? extraBytes : total / 8;
        boolean first = true;
        int left = total;
        while (left > 0) {
            int w = left == 1 || g.chance(25) ? 1 : 1 + g.r.nextInt(Math.min(left, g.chance(70) ? 8 : 64));
            w = Math.min(w, left);
            Kind kind;
            int pick = g.r.nextInt(10);
            if (w == 1 && pick < 4) {
                kind = new Kind.Bool(true);
            } else if (pick < 2 && w <= 32) {
                Kind.Enum e = new Kind.Enum(g.enumFor(w));
                e.bits = w;
                kind = e;
            } else {
                String type = w <= 7 && g.chance(30) ? "byte" : w <= 15 && g.chance(30) ? "short"
                        : w <= 31 && g.chance(60) ? "int" : "long";
                long max = w == 64 ? Long.MAX_VALUE : (1L << w) - 1;
                kind = new Kind.Int(type, "", w == 64 ? Long.MIN_VALUE : 0, max, 0, false);
            }
            if (g.chance(8)) {
                constant(kind, w);
            } else if (exact == 0 && kind instanceof Kind.Int i && g.ranges.nextInt(100) < 8) {
                range(i, 0, i.max); // not below a tag, whose other bits a fallback takes as they come
            }
            Field f = add(kind);
            f.extra.add("@Bits(" + w + ")");
            f.bitsWidth = w;
            if (first) {
                f.groupBytes = groupBytes;
                first = false;
            }
            left -= w;
        }
    }

    /** Fixes the value of an integer, boolean or enum with @Const: one it holds ({@code bits} wide, 0 for its own width). */
    void constant(Kind kind, int bits) {
        if (kind instanceof Kind.Int i) {
            // an unsigned 8-byte integer holds its upper half as negative longs, but @Const takes 0 to Long.MAX_VALUE
            long min = i.wireBytes == 8 && i.annotation.startsWith("@UInt") ? 0 : i.min;
            long v = g.r.nextInt(4) == 0 ? i.max : g.r.nextBoolean() ? Math.max(min, 0) : min + (long) (g.r.nextDouble()
                    * ((double) i.max - min));
            i.constant = Math.max(min, Math.min(i.max, v));
        } else if (kind instanceof Kind.Bool b) {
            b.constant = (long) g.r.nextInt(2);
        } else if (kind instanceof Kind.Enum e) {
            List<Decls.Constant> codes = e.decl.encodable();
            e.constant = codes.get(g.r.nextInt(codes.size())).code();
        }
    }

    /**
     * Narrows the values of an integer with @Range to a random part of {@code lo} to {@code hi} (what the
     * wire holds of it: an unsigned 8-byte integer and a 64-bit field from 0), now and then one value or
     * all of them; values then come from the range, and mutants' bytes break it.
     */
    void range(Kind.Int i, long lo, long hi) {
        long a = rangeEnd(lo, hi);
        long b = g.ranges.nextInt(100) < 10 ? a : rangeEnd(lo, hi);
        i.rangeFrom = Math.min(a, b);
        i.rangeTo = Math.max(a, b);
    }

    private long rangeEnd(long lo, long hi) {
        int pick = g.ranges.nextInt(10);
        if (pick < 2) {
            return pick == 0 ? lo : hi;
        }
        if (pick < 4) {
            return Math.max(lo, Math.min(hi, g.ranges.nextInt(256) - (lo < 0 ? 128 : 0)));
        }
        return Math.max(lo, Math.min(hi, lo + (long) (g.ranges.nextDouble() * ((double) hi - lo))));
    }

    /** A fallback's first component: the tag, a bit field of the tag's bits and the rest of its bytes, or an integer of its width. */
    void fallbackTag(Decls.ProtocolDecl p) {
        Field tag;
        if (p.tagBits > 0) {
            long max = (1L << p.tagBits) - 1;
            tag = add(new Kind.Int(p.tagBits <= 31 && g.r.nextBoolean() ? "int" : "long", "", 0, max, 0, false));
            tag.extra.add("@Bits(" + p.tagBits + ")");
            tag.bitsWidth = p.tagBits;
            tag.inTagGroup = true;
            int bytes = Extent.bytesOf(p.tagWidth);
            int from = rec.fields.size();
            bitMembers(8 * bytes - p.tagBits, 0);
            rec.fields.subList(from, rec.fields.size()).forEach(f -> f.inTagGroup = true);
        } else {
            tag = add(switch (p.tagWidth) {
                case "UINT8" -> new Kind.Int(g.r.nextBoolean() ? "int" : "short", "@UInt8", 0, 0xFF, 1, false);
                case "UINT16" -> new Kind.Int("int", "@UInt16", 0, 0xFFFF, 2, false);
                case "UINT24" -> new Kind.Int(g.r.nextBoolean() ? "int" : "long", "@UInt(3)", 0, 0xFF_FFFF, 3, false);
                case "UINT32" -> new Kind.Int("long", "@UInt32", 0, 0xFFFF_FFFFL, 4, false);
                case "UINT64" -> new Kind.Int("long", "", Long.MIN_VALUE, Long.MAX_VALUE, 8, false);
                case "VARINT" -> new Kind.Int("long", "@Varint", Long.MIN_VALUE, Long.MAX_VALUE, 0, true);
                case "LENENC" -> new Kind.Int("long", "@Varint(VarintKind.LENENC)", Long.MIN_VALUE, Long.MAX_VALUE, 0, true);
                default -> new Kind.Int("int", "@Varint(VarintKind.MQTT)", 0, 268_435_455, 0, true);
            });
            tag.inTagGroup = true; // nothing goes before it: no @Length, no @Padding
        }
    }

    /**
     * A component of a selected protocol and, before it, the component that chooses its record: an
     * integer, a @Bits member, a boolean or an enum; {@code last} when nothing follows it in its region.
     */
    void selected(boolean last) {
        if (place.depth() < 2 && g.chance(30)) {
            new PathFields(g, this, place).pathSelected(last);
            return;
        }
        Field selector = selector();
        if (g.chance(20)) {
            integer(true); // something between the choice and what it chooses
        }
        boolean ownRegion = !last && !fixedOnly() && g.chance(40);
        boolean rest = last && place.rest() || ownRegion;
        Decls.ProtocolDecl p = g.selectedProtocol(place.depth() + 1, selector.kind, rest);
        Field f = add(new Kind.Selected(p, selector.name));
        selector.selects = f;
        if (ownRegion) {
            f.length = lengthSpec(rec.fields.size() - 1, f.name);
            f.overhead += f.length.selfBytes();
        }
    }

    private Field selector() {
        int pick = g.r.nextInt(100);
        if (pick < 25 && (rec.fields.isEmpty() || rec.fields.get(rec.fields.size() - 1).bitsWidth == 0)) {
            int from = rec.fields.size();
            bitMembers(0, -1);
            List<Field> members = rec.fields.subList(from, rec.fields.size()).stream()
                    .filter(f -> !(f.kind instanceof Kind.Int i && (i.constant != null || i.rangeFrom != null
                            || i.max > (1L << 40)))
                            && !(f.kind instanceof Kind.Bool b && b.constant != null)
                            && !(f.kind instanceof Kind.Enum e && e.constant != null)).toList();
            if (!members.isEmpty()) {
                return members.get(g.r.nextInt(members.size()));
            }
        }
        if (pick < 42) {
            return add(new Kind.Bool(false));
        }
        if (pick < 67) {
            Kind.Enum e = new Kind.Enum(g.enumFor(0, true));
            if (e.decl.width > 1 && g.chance(20)) {
                e.order = g.r.nextBoolean() ? "LITTLE" : "BIG";
            }
            return add(e);
        }
        Field f = add(intKind(!fixedOnly(), false));
        order(f);
        return f;
    }

    /** A byte[] or String with a random extent. */
    Field bytes(boolean string) {
        Extent extent;
        int pick = g.r.nextInt(fixedOnly() ? 25 : 100);
        if (pick < 25) {
            extent = new Extent.Fixed(1 + g.r.nextInt(g.chance(80) ? 12 : 40), g.chance(70) ? 0 : g.r.nextInt(256));
        } else if (pick < 60) {
            extent = new Extent.Prefixed(g.width(), g.chance(15) ? (g.r.nextBoolean() ? "LITTLE" : "BIG") : null);
            if (g.chance(25) && !((Extent.Prefixed) extent).width().equals("VARINT")
                    && !((Extent.Prefixed) extent).width().equals("MQTT")) {
                // a prefix whose marker says NULL: @Prefixed(nullable = true) on an Optional
                return add(new Kind.Nullable(bytesKind(string, extent, true)));
            }
        } else if (pick < 85) {
            extent = new Extent.Terminated(delimiter());
        } else {
            return sizedPair(false, string);
        }
        return add(bytesKind(string, extent, false));
    }

    Kind.Bytes bytesKind(boolean string, Extent extent, boolean inOptional) {
        String charset = string ? g.charset() : null;
        // @Max is documented for byte[], String, List and Payload components, not for an Optional of one
        long max = !inOptional && !(extent instanceof Extent.Fixed) && g.chance(15) ? g.r.nextInt(41) : -1;
        return new Kind.Bytes(extent, string, charset, max);
    }

    private byte[] delimiter() {
        int n = g.chance(50) ? 1 : 1 + g.r.nextInt(3);
        byte[] delimiter = new byte[n];
        for (int i = 0; i < n; i++) {
            delimiter[i] = (byte) (g.chance(40) ? 0 : g.chance(30) ? 0x0A : g.r.nextInt(256));
        }
        return delimiter;
    }

    /** An integer component, then the byte[], String or List whose size or count it holds. */
    Field sizedPair(boolean list) {
        return sizedPair(list, g.r.nextBoolean());
    }

    private Field sizedPair(boolean list, boolean string) {
        Kind.Int sizeKind = switch (g.r.nextInt(6)) {
            case 0 -> new Kind.Int("short", "@UInt8", 0, 255, 1, false);
            case 1 -> new Kind.Int("int", "@UInt16", 0, 0xFFFF, 2, false);
            case 2 -> new Kind.Int("byte", "", Byte.MIN_VALUE, Byte.MAX_VALUE, 1, false);
            case 3 -> new Kind.Int("int", "@Varint", 0, Integer.MAX_VALUE, 0, true);
            case 4 -> new Kind.Int("long", "@UInt32", 0, 0xFFFF_FFFFL, 4, false);
            default -> new Kind.Int("int", "", Integer.MIN_VALUE, Integer.MAX_VALUE, 4, false);
        };
        Field size = add(sizeKind);
        order(size);
        Extent extent = new Extent.SizedBy(size.name, sizeKind.max);
        Field sized = list ? add(new Kind.ListOf(element(), extent, g.chance(15) ? g.r.nextInt(8) : -1))
                : add(bytesKind(string, extent, false));
        size.sizes = sized;
        return sized;
    }

    /** A List of numbers, booleans, enums or records. */
    void list() {
        Extent extent;
        int pick = g.r.nextInt(fixedOnly() ? 30 : 100);
        if (pick < 30) {
            extent = new Extent.Fixed(g.r.nextInt(4), 0);
        } else if (pick < 65) {
            extent = new Extent.Prefixed(g.width(), g.chance(15) ? (g.r.nextBoolean() ? "LITTLE" : "BIG") : null);
        } else if (pick < 82) {
            derivedCount();
            return;
        } else if (pick < 90) {
            // ended by a delimiter: fixed-width integers, whose values the generator keeps off the delimiter
            Kind.Int element = intKind(false, true);
            long max = g.chance(15) ? g.r.nextInt(8) : -1;
            add(new Kind.ListOf(element, new Extent.Terminated(delimiter()), max));
            return;
        } else {
            sizedPair(true);
            return;
        }
        Kind element = fixedOnly() ? fixedElement() : element();
        long max = extent instanceof Extent.Prefixed && g.chance(15) ? g.r.nextInt(8) : -1;
        add(new Kind.ListOf(element, extent, max));
    }

    /**
     * A list whose count a {@code @CountOf} writes: on the list itself, or on an earlier component that starts
     * on a byte of its own (not a bit field), with the components between read before the list.
     */
    private void derivedCount() {
        String width = g.width();
        // not a fallback's first component: it holds the tag
        List<Field> holders = rec.fields.stream().filter(f -> f.bitsWidth == 0 && !f.kind.takesRest() && !f.inTagGroup)
                .toList();
        Kind element = element();
        long max = g.chance(15) ? g.r.nextInt(8) : -1;
        Field list = new Field(name(), new Kind.ListOf(element, new Extent.Derived(width), max));
        List<Field> counting = holders.stream().filter(f -> f.extra.stream().anyMatch(a -> a.startsWith("@CountOf"))).toList();
        // DNS: several counts on the first list, or on the header component before it
        Field holder = !counting.isEmpty() && g.chance(60) ? counting.get(g.r.nextInt(counting.size()))
                : holders.isEmpty() || g.chance(65) ? list : holders.get(g.r.nextInt(holders.size()));
        holder.extra.add("@CountOf(value = Width." + width + ", list = \"" + list.name + "\")");
        holder.overhead += Extent.bytesOf(width);
        rec.fields.add(list);
        if (g.chance(15)) {
            // DNS again: the next list counted on the same component, which then holds two counts
            String next = g.width();
            Field second = new Field(name(), new Kind.ListOf(element(), new Extent.Derived(next), -1));
            holder.extra.add("@CountOf(value = Width." + next + ", list = \"" + second.name + "\")");
            holder.overhead += Extent.bytesOf(next);
            rec.fields.add(second);
        }
    }

    Kind element() {
        int pick = g.r.nextInt(100);
        if (pick < 15 && place.depth() < 2) {
            return new Kind.Nested(g.message(place.nested(false)));
        }
        if (pick < 22) {
            return new Kind.Using();
        }
        return fixedElement();
    }

    private Kind fixedElement() {
        int pick = g.r.nextInt(100);
        if (pick < 50) {
            return intKind(!fixedOnly(), true);
        }
        if (pick < 60) {
            return new Kind.Float(g.r.nextBoolean()); // @Half is for float components, not list elements
        }
        if (pick < 70) {
            return new Kind.Bool(false);
        }
        if (pick < 85 || place.depth() >= 2) {
            return new Kind.Enum(g.enumFor(0));
        }
        RecordDecl fixed = g.message(place.fixed());
        return new Kind.Nested(fixed);
    }

    /** A nested record or protocol; {@code last} when nothing follows it in its region. */
    void nested(boolean last) {
        if (fixedOnly()) {
            add(new Kind.Nested(g.message(place.fixed())));
            return;
        }
        int pick = g.r.nextInt(100);
        if (pick < 70) {
            add(new Kind.Nested(g.message(place.nested(last))));
        } else if (pick < 90) {
            add(new Kind.Nested(g.tagged(place.depth() + 1, false, last && place.rest())));
        } else {
            add(new Kind.Nested(g.untagged(place.depth() + 1, false, last && place.rest())));
        }
    }

    /** An Optional present when an earlier boolean or integer says so. */
    void optional() {
        List<Field> candidates = rec.fields.stream().filter(f -> f.sizes == null && f.selects == null
                && (f.kind instanceof Kind.Bool || f.kind instanceof Kind.Int)).toList();
        // a path into an earlier nested record: the condition's component is the last one added to it
        Field[] path = place.depth() < 2 && g.chance(20) ? new PathFields(g, this, place).pathCondition() : null;
        Field holder = path == null ? null : path[1];
        Field target = path != null ? path[0]
                : candidates.isEmpty() || g.chance(20)
                ? (g.r.nextBoolean() ? add(new Kind.Bool(false)) : integer(true))
                : candidates.get(g.r.nextInt(candidates.size()));
        target.conditions = true;
        String name = holder == null ? target.name : holder.name + "." + target.name;
        Condition condition;
        if (target.kind instanceof Kind.Bool) {
            condition = new Condition(name, -1, null, null, null, g.chance(25));
        } else if (g.chance(35)) {
            condition = range(target, name);
        } else {
            Kind.Int i = (Kind.Int) target.kind;
            int bits = target.bitsWidth > 0 ? target.bitsWidth : i.varint ? (i.javaType.equals("int") ? 31 : 63)
                    : Math.min(64, 8 * i.wireBytes);
            if (g.r.nextBoolean()) {
                condition = new Condition(name, g.r.nextInt(bits), null);
            } else {
                long[] anyOf = new long[1 + g.r.nextInt(3)];
                for (int k = 0; k < anyOf.length; k++) {
                    anyOf[k] = i.min >= 0 && i.max <= 3 ? i.min + g.r.nextInt((int) (i.max - i.min + 1))
                            : g.chance(50) ? g.r.nextInt(4) : i.max;
                }
                condition = new Condition(name, -1, anyOf);
            }
        }
        Kind inner;
        int pick = g.r.nextInt(100);
        if (pick < 35) {
            inner = intKind(true, true);
        } else if (pick < 45) {
            inner = new Kind.Float(g.r.nextBoolean());
        } else if (pick < 50) {
            inner = new Kind.Bool(false);
        } else if (pick < 58) {
            inner = new Kind.Enum(g.enumFor(0));
        } else if (pick < 85) {
            boolean string = g.r.nextBoolean();
            Extent extent = g.chance(30) ? new Extent.Fixed(1 + g.r.nextInt(8), 0)
                    : g.chance(60) ? new Extent.Prefixed(g.width(), null) : new Extent.Terminated(delimiter());
            inner = bytesKind(string, extent, true);
        } else if (pick < 93 && place.depth() < 2) {
            inner = new Kind.Nested(g.message(place.nested(false)));
        } else if (pick < 96) {
            inner = new Kind.Using();
        } else {
            inner = new Kind.ListOf(fixedElement(), new Extent.Prefixed(g.width(), null), -1);
        }
        add(new Kind.Opt(inner, condition));
    }

    /** @When with min, max or both, perhaps negated, within the target's values. */
    private Condition range(Field target, String name) {
        Kind.Int i = (Kind.Int) target.kind;
        long lo = Math.max(i.min, -1000);
        long hi = Math.min(i.max, 1000);
        long a = lo + (long) (g.r.nextDouble() * (hi - lo + 1));
        long b = a + (long) (g.r.nextDouble() * (hi - a + 1));
        int form = g.r.nextInt(3);
        return new Condition(name, -1, null, form == 1 ? null : a, form == 0 ? null : b, g.chance(25));
    }

    /** The last component: a value that takes the rest of its region. */
    void remaining() {
        int pick = g.r.nextInt(100);
        if (pick < 35) {
            add(new Kind.Bytes(new Extent.Remaining(), false, null, g.chance(15) ? g.r.nextInt(41) : -1));
        } else if (pick < 60) {
            add(new Kind.Bytes(new Extent.Remaining(), true, g.charset(), g.chance(15) ? g.r.nextInt(41) : -1));
        } else if (pick < 80) {
            add(new Kind.ListOf(element(), new Extent.Remaining(), g.chance(15) ? g.r.nextInt(8) : -1));
        } else if (pick < 85 && place.depth() < 2) {
            nested(true);
        } else if (pick < 92 && place.depth() < 2) {
            selected(true);
        } else {
            optionalRest();
        }
    }

    private void optionalRest() {
        Field target = add(new Kind.Bool(false));
        target.conditions = true;
        add(new Kind.Opt(new Kind.Bytes(new Extent.Remaining(), false, null, -1),
                new Condition(target.name, -1, null)));
    }

    void payload(boolean remainingOnly) {
        Extent extent = !remainingOnly && g.chance(60) ? new Extent.Prefixed(g.width(), null) : new Extent.Remaining();
        add(new Kind.PayloadKind(extent, g.chance(15) ? g.r.nextInt(100) : -1));
    }

    /** Whether the record ends with a {@code @Remaining} payload. */
    boolean remainingPayload() {
        return !rec.fields.isEmpty() && rec.fields.get(rec.fields.size() - 1).kind instanceof Kind.PayloadKind p
                && p.extent instanceof Extent.Remaining;
    }

    /** Padding, lengths: what goes around components rather than in them. */
    void decorate(boolean lengthsAllowed) {
        for (Field f : rec.fields) {
            if (f.bitsWidth == 0 && !f.inTagGroup && g.chance(8)) {
                int before = g.r.nextInt(4);
                // a streamed payload's bytes end the frame: nothing is reserved after them
                int after = f.kind instanceof Kind.PayloadKind ? 0 : g.r.nextInt(4);
                int fill = g.chance(50) ? 0 : g.r.nextInt(256);
                List<String> parts = new ArrayList<>();
                if (before > 0 || after == 0) {
                    parts.add("before = " + Math.max(before, 1));
                    before = Math.max(before, 1);
                }
                if (after > 0) {
                    parts.add("after = " + after);
                }
                if (fill != 0) {
                    parts.add("fill = " + fill);
                }
                f.extra.add("@Padding(" + String.join(", ", parts) + ")");
                f.overhead += before + after;
            }
            if (rec.aligned) {
                f.overhead += 7;
            }
        }
        List<Field> starts = rec.fields.stream().filter(f -> f.bitsWidth == 0 && f.length == null && !f.inTagGroup)
                .toList();
        if (!lengthsAllowed || starts.isEmpty() || !g.chance(22)) {
            return;
        }
        Field first = starts.get(g.r.nextInt(starts.size()));
        String through = null;
        int from = rec.fields.indexOf(first);
        if (g.r.nextBoolean()) {
            List<Field> after = rec.fields.subList(from, rec.fields.size()).stream().filter(f -> f.bitsWidth == 0).toList();
            through = after.get(g.r.nextInt(after.size())).name;
        }
        first.length = lengthSpec(from, through);
        first.overhead += first.length.selfBytes();
        if (g.chance(20)) {
            // a second region inside the first
            int to = through == null ? rec.fields.size() - 1 : Values.indexOf(rec, through);
            List<Field> inner = rec.fields.subList(from + 1, to + 1).stream()
                    .filter(f -> f.bitsWidth == 0 && f.length == null).toList();
            if (!inner.isEmpty()) {
                Field second = inner.get(g.r.nextInt(inner.size()));
                int at = rec.fields.indexOf(second);
                String innerThrough = through == null && g.r.nextBoolean() ? null
                        : rec.fields.get(at + g.r.nextInt(to - at + 1)).name;
                if (rec.fields.get(Values.indexOf(rec, innerThrough == null ? rec.fields.get(to).name : innerThrough))
                        .bitsWidth > 0) {
                    innerThrough = null;
                }
                second.length = lengthSpec(at, innerThrough != null ? innerThrough : through);
                second.overhead += second.length.selfBytes();
            }
        }
    }

    /** A @Length on the component just added, its region ending with it. */
    LengthSpec lengthOfLast(String through) {
        return lengthSpec(rec.fields.size() - 1, through);
    }

    private LengthSpec lengthSpec(int from, String through) {
        int to = through == null ? rec.fields.size() - 1 : Values.indexOf(rec, through);
        int least = 0;
        for (int i = from; i <= to; i++) {
            least += rec.fields.get(i).kind.minBytes() + rec.fields.get(i).groupBytes;
        }
        String width = rec.aligned || place.fixedOnly() ? any(new String[] {"UINT8", "UINT16", "UINT32"}) : g.width();
        if (width.equals("UINT8") && least > 150) {
            width = "UINT16";
        }
        boolean self = g.chance(20);
        int adjust = g.chance(30) ? g.r.nextInt(4) - Math.min(3, least) : 0;
        return new LengthSpec(width, through, self, adjust, null);
    }

    private <T> T any(T[] options) {
        return options[g.r.nextInt(options.length)];
    }
}

package io.wireform.processor.tools.dissector;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Width;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.tools.SchemaIndex;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Lua walker function per message and protocol a dissector reaches. A walker reads its frame
 * item by item in wire order (as the codec's decode does), adds a tree item per value, and keeps
 * the numbers later items refer to (sizes, counts, conditions) in its table {@code v}.
 *
 * <p>What each model element becomes is decided in {@link LuaValues#value} (field kinds),
 * {@link #message} (items) and {@link #protocol} (unions); anything they do not know is shown as raw
 * bytes of its extent (or of the rest of its region) with an expert note, never left out silently.
 */
final class LuaWalkers {
    private final SchemaIndex schemas;
    private final LuaFields fields;
    private final Map<String, String> walkers = new LinkedHashMap<>();
    private final Deque<Object> pending = new ArrayDeque<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Lua.Code code = new Lua.Code();
    private int locals;

    private final LuaValues values;

    LuaWalkers(SchemaIndex schemas, LuaFields fields) {
        this.schemas = schemas;
        this.fields = fields;
        this.values = new LuaValues(schemas, fields, this::walker);
    }

    /** The walker of a message or protocol, generated with everything it reaches. */
    String root(Object model) {
        String name = walker(model);
        while (!pending.isEmpty()) {
            Object next = pending.poll();
            if (next instanceof MessageModel m) {
                message(m);
            } else {
                protocol((ProtocolModel) next);
            }
        }
        return name;
    }

    /** Forward declarations, then the walker functions. */
    void declare(Lua.Code out) {
        out.line("local %s", String.join(", ", walkers.values()));
        out.append(code);
    }

    private String walker(Object model) {
        ClassName type = model instanceof MessageModel m ? m.messageType() : ((ProtocolModel) model).protocolType();
        return walkers.computeIfAbsent(type.canonicalName(), k -> {
            pending.add(model);
            return "w" + (walkers.size() + 1);
        });
    }

    /** The field-name segment of a type: its simple name in snake case, made unique in this dissector. */
    private String key(ClassName type) {
        return keys.computeIfAbsent(type.canonicalName(), k -> {
            String simple = Lua.snake(type.simpleName());
            String key = keys.containsValue(simple) ? Lua.snake(String.join("_", type.simpleNames())) : simple;
            while (keys.containsValue(key)) {
                key = key + "_";
            }
            return key;
        });
    }

    private String local(String prefix) {
        return prefix + (++locals);
    }

    // ---------------------------------------------------------------------------------------------
    // messages
    // ---------------------------------------------------------------------------------------------

    private void message(MessageModel model) {
        String base = key(model.messageType());
        String name = walkers.get(model.messageType().canonicalName());
        int trailer = model.end().size();
        String from = null;
        for (Item item : model.items()) {
            if (item instanceof Item.Checksum c) {
                trailer += c.type().bytes();
                from = c.fromField();
            }
        }
        String checksumFrom = from;
        Lua.Code w = new Lua.Code();
        w.line("-- %s", model.messageType().canonicalName());
        w.open("%s = function(c, off, limit, t, field, exact)", name);
        w.line("local start = off");
        w.line("local s = open(t, field, c, off)");
        w.line("local v = {}");
        if (model.items().stream().anyMatch(i -> i instanceof Item.Checksum)) {
            w.line("local checksum_from = off");
        }
        Deque<String[]> regions = new ArrayDeque<>(); // {through field or null, Lua local of its end}
        String topRest = trailer == 0 ? "limit" : "limit - " + trailer;
        if (!model.magic().isEmpty()) {
            marker(w, "magic", base, model.magic(), "limit");
        }
        // after a value of the user's codec that took the rest of its region, that region's later items are in its bytes
        int skipping = -1;
        // the same after an optional one, when it was there: a Lua flag that guards the region's later items
        String guard = null;
        int guarding = -1;
        List<Item> items = model.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (skipping >= 0 && regions.size() < skipping) {
                skipping = -1;
            }
            if (guard != null && regions.size() < guarding) {
                guard = null;
            }
            boolean guarded = guard != null && !(item instanceof Item.Checksum);
            if (guarded && item instanceof Item.Length) {
                w.line("local r%d = off", locals + 1); // a region skipped with the rest ends where it starts
            }
            if (guarded) {
                w.open("if not %s then", guard);
            }
            if (skipping >= 0 && !(item instanceof Item.Checksum)) {
                if (item instanceof Item.Field f) {
                    closeRegions(w, f.field().name(), regions);
                } else if (item instanceof Item.BitGroup g) {
                    g.members().forEach(m -> closeRegions(w, m.name(), regions));
                } else if (item instanceof Item.Length) {
                    regions.push(new String[] {"", "nil"}); // never closed by name: ends with the skipped region
                }
                continue;
            }
            String limit = regions.isEmpty() ? "limit" : regions.peek()[1];
            int tail = item instanceof Item.Field ? tail(items, i, regions.isEmpty() ? null : regions.peek()[0],
                    !regions.isEmpty()) : -1;
            // a region's end is exact; the record's own, only where its caller says so
            LuaValues.Scope scope = new LuaValues.Scope(limit, regions.isEmpty() ? topRest : limit, "s", tail,
                    regions.isEmpty() ? "exact" : "true");
            if (item instanceof Item.Field f) {
                FieldModel field = f.field();
                if (field.name().equals(checksumFrom)) {
                    w.line("checksum_from = off");
                }
                String took = null;
                if (field.kind() instanceof FieldKind.UsingKind && tail < 0) {
                    skipping = regions.size();
                } else if (using(field.kind()) && tail < 0 && guard == null) {
                    took = local("u");
                    w.line("local %s = false", took);
                }
                reserved(w, field.bytesBefore(), base, limit);
                w.open("do");
                if (took != null) {
                    w.line("local from = off");
                }
                values.value(w, field.kind(), target(base, field), scope);
                if (took != null) {
                    w.line("%s = off ~= from", took);
                    guard = took;
                    guarding = regions.size();
                }
                w.close("end");
                reserved(w, field.paddingAfter(), base, limit);
                closeRegions(w, field.name(), regions);
            } else if (item instanceof Item.BitGroup g) {
                if (g.members().stream().anyMatch(m -> m.name().equals(checksumFrom))) {
                    w.line("checksum_from = off");
                }
                w.open("do");
                bits(w, g, base, scope);
                w.close("end");
                for (Item.BitMember m : g.members()) {
                    closeRegions(w, m.name(), regions);
                }
            } else if (item instanceof Item.Length l) {
                String end = local("r");
                if (!guarded) {
                    w.line("local %s", end);
                }
                w.open("do");
                length(w, l, base, end, scope);
                w.close("end");
                regions.push(new String[] {l.throughField(), end});
            } else if (item instanceof Item.Reserved r) {
                reserved(w, r.bytes(), base, limit);
            } else if (item instanceof Item.Checksum) {
                continue; // after the fields, below
            } else {
                // an item this dissector does not know yet: the rest of the region, undecoded
                String label = item.getClass().getSimpleName();
                w.line("do");
                w.line("  local item = add(s, %s, c, off, %s - off)",
                        fields.field(base + ".undecoded", "undecoded", "ProtoField.bytes", ""), scope.rest());
                w.line("  note(c, item, E.undecoded, %s)", Lua.string("not decoded by this dissector: " + label));
                w.line("  off = %s", scope.rest());
                w.line("end");
            }
            if (guarded) {
                w.close("end");
            }
        }
        while (!regions.isEmpty()) {
            String end = regions.pop()[1];
            if (!end.equals("nil")) {
                regionEnd(w, end);
            }
        }
        for (Item item : model.items()) {
            if (item instanceof Item.Checksum c) {
                w.open("do");
                checksum(w, c, base, checksumFrom == null ? "start" : "checksum_from");
                w.close("end");
            }
        }
        if (!model.end().isEmpty()) {
            marker(w, "end", base, model.end(), "limit");
        }
        w.line("close(s, start, off)");
        w.line("return off, v"); // the values, for paths into this record ("header.count")
        w.close("end");
        code.append(w).blank();
    }

    /** Whether a component holds a value of the user's codec: itself, or as an optional or nullable value. */
    private static boolean using(FieldKind kind) {
        if (kind instanceof FieldKind.OptionalKind o) {
            return using(o.inner());
        }
        if (kind instanceof FieldKind.NullableKind n) {
            return using(n.inner());
        }
        return kind instanceof FieldKind.UsingKind;
    }

    /**
     * What a component is called in the tree: its name; a derived count ({@code <count:questions>}, no
     * component) {@code questions count}, field {@code <record>.questions_count}, as a prefixed list's count.
     */
    private static LuaValues.Target target(String base, FieldModel field) {
        Long constant = field.constant().isPresent() ? field.constant().getAsLong() : null;
        if (field.isDerived()) {
            return new LuaValues.Target(field.countOf() + " count", base + "." + Lua.snake(field.countOf()) + "_count",
                    field.name(), constant, field.range());
        }
        return new LuaValues.Target(field.name(), base + "." + Lua.snake(field.name()), field.name(), constant,
                field.range());
    }

    private void closeRegions(Lua.Code w, String name, Deque<String[]> regions) {
        while (!regions.isEmpty() && (name.equals(regions.peek()[0]) || regions.peek()[1].equals("nil"))) {
            String[] region = regions.pop();
            if (!region[1].equals("nil")) {
                regionEnd(w, region[1]);
            }
        }
    }

    /**
     * The bytes after item {@code i} (a component's reserved bytes after it, then the items that follow) up
     * to the end of its region: the one ending with component {@code through}, or the record's fields when
     * {@code inRegion} is false or {@code through} null; -1 when any of them varies in size.
     */
    private static int tail(List<Item> items, int i, String through, boolean inRegion) {
        Item.Field own = (Item.Field) items.get(i);
        int bytes = own.field().paddingAfter();
        if (inRegion && own.field().name().equals(through)) {
            return bytes;
        }
        for (int j = i + 1; j < items.size(); j++) {
            Item item = items.get(j);
            if (item instanceof Item.Field f) {
                if (!f.field().kind().isFixed()) {
                    return -1;
                }
                bytes += f.field().bytesBefore() + f.field().kind().fixedSize() + f.field().paddingAfter();
                if (inRegion && f.field().name().equals(through)) {
                    return bytes;
                }
            } else if (item instanceof Item.BitGroup g) {
                bytes += g.bytes();
                if (inRegion && g.members().stream().anyMatch(m -> m.name().equals(through))) {
                    return bytes;
                }
            } else if (item instanceof Item.Reserved r) {
                bytes += r.bytes();
            } else if (!(item instanceof Item.Checksum)) {
                return -1; // a length: the bytes it covers may vary
            }
        }
        return bytes;
    }

    /** A region's fields must end where its length says; if they end before, the rest is skipped and noted. */
    private static void regionEnd(Lua.Code w, String end) {
        w.open("if off ~= %s then", end);
        w.line("note(c, s, E.malformed, string.format(\"the length says its region ends at %%d, its fields end at %%d\", %s, off))", end);
        w.line("off = %s", end);
        w.close("end");
    }

    private void reserved(Lua.Code w, int bytes, String base, String limit) {
        if (bytes > 0) {
            String padding = fields.field(base + ".padding", "padding", "ProtoField.bytes", "");
            w.line("need(c, off, %d, %s)", bytes, limit);
            w.line("add(s, %s, c, off, %d)", padding, bytes);
            w.line("off = off + %d", bytes);
        }
    }

    private void marker(Lua.Code w, String which, String base, List<Integer> bytes, String limit) {
        String field = fields.field(base + "." + which, which, "ProtoField.bytes", "base.SPACE");
        w.open("do");
        w.line("need(c, off, %d, %s)", bytes.size(), limit);
        w.line("local item = add(s, %s, c, off, %d)", field, bytes.size());
        w.open("if c.tvb:raw(off, %d) ~= %s then", bytes.size(), Lua.bytes(bytes));
        w.line("c.refused = c.refused or %s", Lua.string("wrong " + which + ": expected " + hex(bytes)));
        w.line("note(c, item, E.marker_bad, %s)", Lua.string("expected " + hex(bytes)));
        w.close("end");
        w.line("off = off + %d", bytes.size());
        w.close("end");
    }

    /**
     * A derived length. Its field, {@code <record>.length}, is one of 64 bits whatever the width: a record (or
     * its protocol) may have lengths of several widths, which share the field.
     */
    private void length(Lua.Code w, Item.Length l, String base, String end, LuaValues.Scope scope) {
        String field = fields.field(base + ".length", "length", "ProtoField.uint64", "base.DEC, nil, nil, "
                + Lua.string("derived length"));
        if (l.width().bytes() == 0) {
            w.line("local value, size = %s", LuaValues.varintCall(l.width(), scope.limit()));
            w.line("add_value(s, %s, c, off, size, value)", field);
            w.line("local n = value:tonumber()");
        } else {
            int width = l.width().bytes();
            w.line("local size = %d", width);
            w.line("need(c, off, size, %s)", scope.limit());
            w.line("local n = uint(c, off, size, %s)", LuaValues.le(l.endian()));
            w.line("add_value(s, %s, c, off, size, uint64(c, off, size, %s))", field, LuaValues.le(l.endian()));
        }
        String covered = "n" + (l.adjust() != 0 ? " - (" + l.adjust() + ")" : "") + (l.includeSelf() ? " - size" : "");
        w.line("off = off + size");
        w.line("%s = off + (%s)", end, covered);
        w.open("if %s < off or %s > %s then", end, end, scope.limit());
        w.line("bad(string.format(\"length %%d does not fit its region\", n), off - size)");
        w.close("end");
        // the region's end is the least the frame needs: ask TCP for that much at once
        w.line("if %s > c.len then short(%s, false, c) end", end, end);
    }

    private void checksum(Lua.Code w, Item.Checksum c, String base, String from) {
        int width = c.type().bytes();
        String field = fields.field(base + ".checksum", "checksum", LuaValues.intField(width, false),
                "base.HEX, nil, nil, " + Lua.string(c.type().name()));
        w.line("need(c, off, %d, limit)", width);
        w.line("local got = uint(c, off, %d, %s)", width, LuaValues.le(c.endian()));
        w.line("local item = add(s, %s, c, off, %d, %s)", field, width, LuaValues.le(c.endian()));
        w.open("if item then");
        w.line("local want = checksums.%s(bytes_of(c, %s, off))", c.type().name().toLowerCase(Locale.ROOT), from);
        w.open("if want == got then");
        w.line("item:append_text(\" [correct]\")");
        w.close("else");
        w.line("  item:append_text(string.format(\" [incorrect, should be 0x%%0%dx]\", want))", 2 * width);
        w.line("  note(c, item, E.checksum_bad, string.format(\"%s: computed 0x%%0%dx, the frame has 0x%%0%dx\", want, got))",
                c.type().name(), 2 * width, 2 * width);
        w.line("end");
        w.close("end");
        w.line("off = off + %d", width);
    }

    private void bits(Lua.Code w, Item.BitGroup g, String base, LuaValues.Scope scope) {
        int bytes = g.bytes();
        w.line("need(c, off, %d, %s)", bytes, scope.limit());
        boolean narrow = bytes <= 4;
        w.line(narrow ? "local g = uint(c, off, %d, %s)" : "local g = uint64(c, off, %d, %s)", bytes, LuaValues.le(g.endian()));
        for (Item.BitMember m : g.members()) {
            if (m.tag()) {
                continue; // the protocol's walker showed it, as tag, and chose this record by it
            }
            String path = base + "." + Lua.snake(m.name());
            long mask = (m.bits() == 64 ? -1L : (1L << m.bits()) - 1) << m.shift();
            String desc = Lua.string(io.wireform.processor.tools.diagram.LayoutWalk.bitKind(m.kind()) + ", " + m.bits()
                    + " bit" + (m.bits() == 1 ? "" : "s"));
            // a @Const or @Range member is checked; a bit-field tag is the protocol's, checked by choosing the record
            Long fixed = m.constant().isPresent() && !m.tag() ? m.constant().getAsLong() : null;
            LuaValues.Target target = new LuaValues.Target(m.name(), path, m.name(), fixed, m.range());
            String valueString = m.kind() instanceof FieldKind.EnumKind e ? values.enumValues(e.enumType()) : "nil";
            if (narrow) {
                String field = m.kind() instanceof FieldKind.BoolKind
                        ? fields.field(path, m.name(), "ProtoField.bool", String.format("%d, nil, 0x%x, %s", 8 * bytes, mask, desc))
                        : fields.field(path, m.name(), LuaValues.intField(bytes, false),
                                String.format("base.DEC, %s, 0x%x, %s", valueString, mask, desc));
                String raw = String.format("bitfield(g, %d, %d)", m.shift(), m.bits());
                boolean named = m.kind() instanceof FieldKind.EnumKind;
                w.line("v[%s] = %s", Lua.string(m.name()), m.kind() instanceof FieldKind.BoolKind ? raw + " == 1" : raw);
                if (named) {
                    w.open("do");
                }
                w.line("%sadd(%s, %s, c, off, %d, %s)", target.checked() || named ? "local item = " : "", scope.tree(), field,
                        bytes, LuaValues.le(g.endian()));
                LuaValues.constant(w, target, "item", raw);
                LuaValues.range(w, target, "item", raw);
                if (named) {
                    values.unknownCode(w, ((FieldKind.EnumKind) m.kind()).enumType(), valueString, "item", raw);
                    w.close("end");
                }
            } else {
                // 64-bit masks do not survive a Lua number: the value is worked out here and shown as is
                String raw = String.format("g:rshift(%d):band(UInt64.fromhex(\"%016x\"))", m.shift(),
                        m.bits() == 64 ? -1L : (1L << m.bits()) - 1);
                w.line("local m%d = %s", m.shift(), raw);
                if (m.kind() instanceof FieldKind.BoolKind) {
                    String field = fields.field(path, m.name(), "ProtoField.bool", "base.NONE, nil, nil, " + desc);
                    w.line("v[%s] = m%d:tonumber() ~= 0", Lua.string(m.name()), m.shift());
                    w.line("%sadd_value(%s, %s, c, off, %d, v[%s])", target.checked() ? "local item = " : "", scope.tree(),
                            field, bytes, Lua.string(m.name()));
                } else {
                    String field = m.kind() instanceof FieldKind.EnumKind
                            ? fields.field(path, m.name(), "ProtoField.uint32", "base.DEC, " + valueString + ", nil, " + desc)
                            : fields.field(path, m.name(), "ProtoField.uint64", "base.DEC, nil, nil, " + desc);
                    boolean named = m.kind() instanceof FieldKind.EnumKind;
                    w.line("v[%s] = m%d:tonumber()", Lua.string(m.name()), m.shift());
                    w.line("%sadd_value(%s, %s, c, off, %d, %s)", target.checked() || named ? "local item = " : "",
                            scope.tree(), field, bytes, named ? "v[" + Lua.string(m.name()) + "]" : "m" + m.shift());
                    if (named) {
                        values.unknownCode(w, ((FieldKind.EnumKind) m.kind()).enumType(), valueString, "item",
                                "v[" + Lua.string(m.name()) + "]");
                    }
                }
                LuaValues.constant(w, target, "item", "m" + m.shift() + ":tonumber()");
                LuaValues.range(w, target, "item", "m" + m.shift() + ":tonumber()");
            }
        }
        w.line("off = off + %d", bytes);
    }

    // ---------------------------------------------------------------------------------------------
    // unions
    // ---------------------------------------------------------------------------------------------

    private void protocol(ProtocolModel model) {
        String name = walkers.get(model.protocolType().canonicalName());
        Lua.Code w = new Lua.Code();
        w.line("-- %s", model.protocolType().canonicalName());
        w.open("%s = function(c, off, limit, t, field, exact)", name);
        w.line("local start = off");
        w.line("local s = open(t, field, c, off)");
        if (model.untagged()) {
            untagged(w, model);
        } else {
            tagged(w, model);
        }
        w.line("close(s, start, off)");
        w.line("return off");
        w.close("end");
        code.append(w).blank();
    }

    private void tagged(Lua.Code w, ProtocolModel model) {
        String base = key(model.protocolType());
        List<Map.Entry<Long, String>> names = new ArrayList<>();
        for (ProtocolModel.Variant v : model.tagged()) {
            names.add(new AbstractMap.SimpleEntry<>(v.tag(), v.message().pathName()));
        }
        String valueString = fields.valueString("tags of " + model.protocolType().canonicalName(), names);
        Width tag = model.tag();
        if (tag.bytes() == 0) {
            String field = fields.field(base + ".tag", "tag", "ProtoField.uint64", "base.HEX, nil, nil, "
                    + Lua.string(tag.name().toLowerCase(Locale.ROOT) + " tag"));
            w.line("local value, size = %s", LuaValues.varintCall(tag, "limit"));
            w.line("local tag = value:tonumber()");
            w.line("local item = add_value(s, %s, c, off, size, value)", field);
            w.line("if item and %s[tag] then item:append_text(\" (\" .. %s[tag] .. \")\") end", valueString, valueString);
            w.line("local body = off + size");
        } else {
            int width = tag.bytes();
            boolean bits = model.tagBits() > 0;
            long mask = bits ? ((1L << model.tagBits()) - 1) << (8 * width - model.tagBits()) : 0;
            String field = fields.field(base + ".tag", "tag", LuaValues.intField(width, false), String.format("base.HEX, %s, %s, %s",
                    width <= 4 ? valueString : "nil", bits && width <= 4 ? String.format("0x%x", mask) : "nil",
                    Lua.string(LuaValues.describeInt(width, false, model.endian()) + (bits ? ", top " + model.tagBits() + " bits" : ""))));
            w.line("need(c, off, %d, limit)", width);
            w.line(bits ? "local tag = math.floor(uint(c, off, %d, %s) / 2 ^ %d)" : "local tag = uint(c, off, %d, %s)",
                    width, LuaValues.le(model.endian()), 8 * width - model.tagBits());
            w.line("local item = add(s, %s, c, off, %d, %s)", field, width, LuaValues.le(model.endian()));
            // a bit-field tag shares its bytes with the record's first bit fields
            w.line("local body = off + %d", bits ? 0 : width);
        }
        w.line("local name = %s[tag]", valueString);
        java.util.Optional<MessageModel> fallback = model.fallback();
        w.open("if not name then");
        if (fallback.isPresent()) {
            // the fallback record takes every other tag, and holds it: its frame starts at the tag
            w.line("name = %s", Lua.string(fallback.get().pathName()));
        } else if (model.length().isPresent()) {
            unknownByLength(w, model, base);
        } else {
            w.line("note(c, item, E.malformed, string.format(\"unknown tag 0x%%x\", tag))");
            w.line("bad(string.format(\"unknown tag 0x%%x\", tag), start)");
        }
        w.close("end");
        w.line("if s then s:append_text(\" (\" .. name .. \")\") end");
        w.line("c.names[#c.names + 1] = name");
        boolean first = true;
        for (ProtocolModel.Variant v : model.tagged()) {
            w.line("%s tag == %d then", first ? "if" : "elseif", v.tag());
            w.line("  off = %s(c, body, limit, s, nil, exact)", walker(v.message()));
            first = false;
        }
        if (fallback.isPresent()) {
            w.line(first ? "do" : "else");
            w.line("  off = %s(c, %s, limit, s, nil, exact)", walker(fallback.get()), model.tagBits() > 0 ? "body" : "off");
        }
        w.line("end");
    }

    /**
     * A tag no record has, in a protocol whose frames all carry their length after the tag: the frame is
     * shown as an unknown message of that length and the dissector goes on after it, as a reader with
     * {@code Resync.SKIP_UNKNOWN} skips it; without that policy decode fails there, which the note says.
     */
    private void unknownByLength(Lua.Code w, ProtocolModel model, String base) {
        boolean skips = model.reader().resync().equals("SKIP_UNKNOWN");
        String field = fields.field(base + ".unknown", "unknown message", "ProtoField.bytes",
                "base.NONE, \"the body of a tag no record has, as long as the protocol's length says\"");
        String text = skips
                ? "unknown tag 0x%x: no record has it; skipped by its length, as the reader does (Resync.SKIP_UNKNOWN)"
                : "unknown tag 0x%x: no record has it, so decode fails here; shown by the protocol's length";
        w.line("local r");
        w.line("off = %s", model.tagBits() > 0 ? "start + " + model.tag().bytes() : "body");
        w.open("do");
        length(w, model.length().get(), base, "r", new LuaValues.Scope("limit", "limit", "s"));
        w.close("end");
        w.line("local unknown = add(s, %s, c, off, r - off)", field);
        w.line("note(c, unknown, %s, string.format(%s, tag))", skips ? "E.unknown_tag" : "E.malformed", Lua.string(text));
        w.line("if s then s:append_text(string.format(\" (unknown tag 0x%%x)\", tag)) end");
        w.line("c.names[#c.names + 1] = \"unknown\"");
        w.line("close(s, start, r)");
        w.line("return r");
    }

    private void untagged(Lua.Code w, ProtocolModel model) {
        Map<List<Integer>, List<MessageModel>> byMagic = new LinkedHashMap<>();
        for (ProtocolModel.Variant v : model.variants()) {
            byMagic.computeIfAbsent(v.message().magic(), k -> new ArrayList<>()).add(v.message());
        }
        boolean first = true;
        List<String> magics = new ArrayList<>();
        for (Map.Entry<List<Integer>, List<MessageModel>> group : byMagic.entrySet()) {
            magics.add(hex(group.getKey()));
            w.open("%s starts(c, off, limit, %s) == 1 then", first ? "if" : "elseif", Lua.bytes(group.getKey()));
            List<MessageModel> variants = new ArrayList<>(group.getValue());
            if (variants.size() == 1) {
                choose(w, variants.get(0));
            } else {
                // shortest first: a longer frame can only be recognised once its end marker has arrived
                variants.sort(Comparator.comparingInt(MessageModel::fixedLength));
                boolean firstEnd = true;
                for (MessageModel v : variants) {
                    w.open("%s starts(c, off + %d, limit, %s) == 1 then", firstEnd ? "if" : "elseif",
                            v.fixedLength() - v.end().size(), Lua.bytes(v.end()));
                    choose(w, v);
                    w.dedent();
                    firstEnd = false;
                }
                w.line("else");
                w.line("  bad(\"no end marker where one of the frames sharing this magic ends\", off)");
                w.line("end");
            }
            w.dedent();
            first = false;
        }
        w.line("else");
        w.line("  bad(%s, off)", Lua.string("not a known magic: expected one of " + String.join(", ", magics)));
        w.line("end");
    }

    private void choose(Lua.Code w, MessageModel variant) {
        w.line("if s then s:append_text(\" (%s)\") end", variant.pathName());
        w.line("c.names[#c.names + 1] = %s", Lua.string(variant.pathName()));
        w.line("off = %s(c, off, limit, s, nil, exact)", walker(variant));
    }

    private static String hex(List<Integer> bytes) {
        StringBuilder text = new StringBuilder();
        for (int b : bytes) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02x", b));
        }
        return text.toString();
    }
}

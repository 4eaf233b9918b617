package io.wireform.processor.tools.dissector;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Width;
import io.wireform.processor.model.Condition;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.model.ValueRange;
import io.wireform.processor.tools.SchemaIndex;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Lua that reads one value of a field kind at {@code off}, adds it to the tree and moves
 * {@code off} past it ({@link #value}); nested records and protocols are read by their walkers.
 * A kind not handled here is shown as raw bytes ({@link #undecoded}).
 */
final class LuaValues {
    private final SchemaIndex schemas;
    private final LuaFields fields;
    private final Function<Object, String> walkers;
    private int locals;

    /**
     * Where a value is read in: the region's limit, where a rest-of-region value ends, the tree item,
     * and the bytes of fixed size that follow the value up to {@code rest} (-1 when they vary or are
     * not known), which tell where a value of the user's own codec ends.
     */
    record Scope(String limit, String rest, String tree, int tail, String exact) {
        Scope(String limit, String rest, String tree) {
            this(limit, rest, tree, -1, "false");
        }

        /**
         * What a record read here is told of its limit: whether it is exactly where the record ends (the
         * value is the last of a region whose end is exact), as a Lua expression.
         */
        String exactFor() {
            return tail == 0 && rest.equals(limit) ? exact : "false";
        }
    }

    /**
     * What a value is called: its label, its field path, its key in {@code v} (null for list elements),
     * the value a {@code @Const} fixes (null for none) and the values a {@code @Range} allows (null for
     * any), which the dissector checks.
     */
    record Target(String label, String path, String key, Long constant, ValueRange range) {
        Target(String label, String path, String key, Long constant) {
            this(label, path, key, constant, null);
        }

        Target(String label, String path, String key) {
            this(label, path, key, null, null);
        }

        /** Whether the value is checked against the schema, so that its tree item is kept in {@code item}. */
        boolean checked() {
            return constant != null || range != null;
        }
    }

    /** @param walkers the walker function of a message or protocol model, generated on demand */
    LuaValues(SchemaIndex schemas, LuaFields fields, Function<Object, String> walkers) {
        this.schemas = schemas;
        this.fields = fields;
        this.walkers = walkers;
    }

    private String local(String prefix) {
        return prefix + (++locals);
    }

    /** Reads one value at {@code off}, adds it under the scope's tree item, and moves {@code off} past it. */
    void value(Lua.Code w, FieldKind kind, Target target, Scope scope) {
        if (kind instanceof FieldKind.IntKind k) {
            String field = fields.field(target.path(), target.label(), intField(k.width(), k.signed()),
                    "base.DEC, nil, nil, " + Lua.string(k.describe()));
            w.line("need(c, off, %d, %s)", k.width(), scope.limit());
            String read = String.format("%s(c, off, %d, %s)", k.signed() ? "sint" : "uint", k.width(), le(k.endian()));
            remember(w, target, read);
            w.line("%sadd(%s, %s, c, off, %d, %s)", target.checked() ? "local item = " : "", scope.tree(), field,
                    k.width(), le(k.endian()));
            constant(w, target, "item", read);
            // the Java value: an unsigned 8-byte integer with its top bit set is negative
            range(w, target, "item", k.width() == 8 ? String.format("sint(c, off, 8, %s)", le(k.endian())) : read);
            w.line("off = off + %d", k.width());
        } else if (kind instanceof FieldKind.FloatKind k && k.width() == 2) {
            // Wireshark has no half float: the bits are worked out here and shown as a float
            String field = fields.field(target.path(), target.label(), "ProtoField.float", "nil, " + Lua.string(k.describe()));
            w.line("need(c, off, 2, %s)", scope.limit());
            w.line("add_value(%s, %s, c, off, 2, half(uint(c, off, 2, %s)))", scope.tree(), field, le(k.endian()));
            w.line("off = off + 2");
        } else if (kind instanceof FieldKind.FloatKind k) {
            String field = fields.field(target.path(), target.label(), k.width() == 4 ? "ProtoField.float" : "ProtoField.double",
                    "nil, " + Lua.string(k.describe()));
            w.line("need(c, off, %d, %s)", k.width(), scope.limit());
            w.line("add(%s, %s, c, off, %d, %s)", scope.tree(), field, k.width(), le(k.endian()));
            w.line("off = off + %d", k.width());
        } else if (kind instanceof FieldKind.BoolKind) {
            String field = fields.field(target.path(), target.label(), "ProtoField.bool", "base.NONE, nil, nil, \"bool\"");
            w.line("need(c, off, 1, %s)", scope.limit());
            remember(w, target, "uint(c, off, 1) ~= 0");
            w.line("%sadd(%s, %s, c, off, 1)", target.checked() ? "local item = " : "", scope.tree(), field);
            constant(w, target, "item", "uint(c, off, 1)");
            w.line("off = off + 1");
        } else if (kind instanceof FieldKind.EnumKind k) {
            enumValue(w, k, target, scope);
        } else if (kind instanceof FieldKind.VarintKind k) {
            varint(w, k, target, scope);
        } else if (kind instanceof FieldKind.BytesKind k) {
            bytes(w, k.extent(), null, -1, k.describe(), target, scope);
        } else if (kind instanceof FieldKind.StringKind k) {
            bytes(w, k.extent(), k.charset(), k.pad(), k.describe(), target, scope);
        } else if (kind instanceof FieldKind.PayloadKind k) {
            bytes(w, k.extent(), null, -1, k.describe(), target, scope);
        } else if (kind instanceof FieldKind.ListKind k) {
            list(w, k, target, scope);
        } else if (kind instanceof FieldKind.NullableKind k) {
            // the prefix's marker alone is NULL: all ones, or FB for a length-encoded integer
            int marker = k.markerSize();
            String nullField = fields.field(target.path() + "_null", target.label() + " (NULL)", "ProtoField.bytes",
                    "base.NONE");
            w.line("need(c, off, %d, %s)", marker, scope.limit());
            w.open("if c.tvb:raw(off, %d) == %s then", marker,
                    k.prefix().width() == Width.LENENC ? "\"\\251\"" : "string.rep(\"\\255\", " + marker + ")");
            w.line("add(%s, %s, c, off, %d)", scope.tree(), nullField, marker);
            w.line("off = off + %d", marker);
            w.dedent().open("else");
            value(w, k.inner(), target, scope);
            w.close("end");
        } else if (kind instanceof FieldKind.OptionalKind k) {
            w.open("if %s then", condition(k.condition()));
            value(w, k.inner(), target, scope);
            w.close("end");
        } else if (kind instanceof FieldKind.NestedKind k) {
            nested(w, k, target, scope);
        } else if (kind instanceof FieldKind.UsingKind k) {
            using(w, k, target, scope);
        } else if (kind instanceof FieldKind.SelectedKind k && schemas.protocol(k.protocolType()).isPresent()) {
            selected(w, k, schemas.protocol(k.protocolType()).get(), target, scope);
        } else {
            undecoded(w, kind, target, scope);
        }
    }

    /**
     * Checks a {@code @Const} value ({@code got}, a Lua expression) against the schema's, as decode does:
     * the item says so, or carries an expert error with both values.
     */
    static void constant(Lua.Code w, Target target, String item, String got) {
        constant(w, target, item, got, "nil");
    }

    /**
     * Checks a {@code @Range} value ({@code got}, a Lua expression of its Java value) as decode does: the
     * item carries an expert error with the range and the value when it is outside.
     */
    static void range(Lua.Code w, Target target, String item, String got) {
        if (target.range() != null) {
            w.line("in_range(%s, %s, %d, %d, %s, %s, E.range_bad)", item, got, target.range().from(), target.range().to(),
                    Lua.string(target.range().text()), Lua.string(target.label()));
        }
    }

    /** As {@link #constant(Lua.Code, Target, String, String)}, naming the values by the value string {@code names}. */
    static void constant(Lua.Code w, Target target, String item, String got, String names) {
        if (target.constant() != null) {
            w.line("constant(%s, %s, %d, %s, E.const_bad%s)", item, got, target.constant(), Lua.string(target.label()),
                    names.equals("nil") ? "" : ", " + names);
        }
    }

    private static void remember(Lua.Code w, Target target, String expression) {
        if (target.key() != null) {
            w.line("v[%s] = %s", Lua.string(target.key()), expression);
        }
    }

    private void enumValue(Lua.Code w, FieldKind.EnumKind k, Target target, Scope scope) {
        String valueString = enumValues(k.enumType());
        String field = fields.field(target.path(), target.label(), intField(k.width(), false),
                "base.DEC, " + valueString + ", nil, " + Lua.string(k.describe()));
        w.line("need(c, off, %d, %s)", k.width(), scope.limit());
        w.line("local code = uint(c, off, %d, %s)", k.width(), le(k.endian()));
        remember(w, target, "code");
        w.line("local item = add(%s, %s, c, off, %d, %s)", scope.tree(), field, k.width(), le(k.endian()));
        constant(w, target, "item", "code", valueString);
        unknownCode(w, k.enumType(), valueString, "item", "code");
        w.line("off = off + %d", k.width());
    }

    /**
     * A code no constant has, as decode reads it: the {@code @Fallback} constant, named after the code
     * ({@code Unknown (81) [K66, the @Fallback constant]}); without one, an error of decode's, which the
     * dissector warns of.
     */
    void unknownCode(Lua.Code w, ClassName enumType, String valueString, String item, String code) {
        Optional<EnumModel> model = schemas.enumModel(enumType);
        if (model.isEmpty() || valueString.equals("nil")) {
            return;
        }
        if (model.get().fallback().isPresent()) {
            w.line("if %s and %s[%s] == nil then %s:append_text(%s) end", item, valueString, code, item,
                    Lua.string(" [" + model.get().fallback().get() + ", the @Fallback constant]"));
        } else {
            w.line("if %s[%s] == nil then note(c, %s, E.unknown_code, \"no constant of %s has this code\") end",
                    valueString, code, item, enumType.simpleName());
        }
    }

    /** The value string of an enum's constants, or {@code nil} when its model cannot be found. */
    String enumValues(ClassName enumType) {
        Optional<EnumModel> model = schemas.enumModel(enumType);
        if (model.isEmpty()) {
            return "nil";
        }
        List<Map.Entry<Long, String>> names = new ArrayList<>();
        for (EnumModel.Constant constant : model.get().constants()) {
            names.add(new AbstractMap.SimpleEntry<>(constant.code(), constant.name()));
        }
        return fields.valueString(enumType.canonicalName(), names);
    }

    /** The prelude's call that reads a number of a variable-length width at {@code off}: {@code value, size}. */
    static String varintCall(Width width, String limit) {
        return width == Width.LENENC ? "lenenc(c, off, " + limit + ")"
                : "varint(c, off, " + limit + ", " + (width == Width.MQTT ? 4 : 10) + ")";
    }

    private void varint(Lua.Code w, FieldKind.VarintKind k, Target target, Scope scope) {
        String constructor;
        String shown;
        switch (k.encoding()) {
            case ZIGZAG -> {
                constructor = "ProtoField.int64";
                shown = "unzigzag(value)";
            }
            case MQTT -> {
                constructor = "ProtoField.uint32";
                shown = "value:tonumber()";
            }
            default -> {
                constructor = "ProtoField.uint64";
                shown = "value";
            }
        }
        String field = fields.field(target.path(), target.label(), constructor,
                "base.DEC, nil, nil, " + Lua.string(k.describe()));
        w.line("local value, size = %s", varintCall(k.encoding() == io.wireform.annotations.VarintKind.LENENC ? Width.LENENC
                : k.encoding() == io.wireform.annotations.VarintKind.MQTT ? Width.MQTT : Width.VARINT, scope.limit()));
        remember(w, target, k.encoding() == io.wireform.annotations.VarintKind.ZIGZAG
                ? "unzigzag(value):tonumber()" : "value:tonumber()");
        w.line("%sadd_value(%s, %s, c, off, size, %s)", target.checked() ? "local item = " : "", scope.tree(),
                field, shown);
        String number = k.encoding() == io.wireform.annotations.VarintKind.ZIGZAG
                ? "unzigzag(value):tonumber()" : "value:tonumber()";
        constant(w, target, "item", number);
        range(w, target, "item", number);
        w.line("off = off + size");
    }

    /**
     * Declares {@code n} (bytes, or elements of a list) and {@code at} (where they start) for an
     * extent; returns the bytes that follow the value and belong to it (a delimiter), or -1 when
     * this extent is not known here.
     */
    private int extent(Lua.Code w, Extent extent, Target target, String unit, Scope scope) {
        if (extent instanceof Extent.Fixed f) {
            w.line("local n, at = %d, off", f.size());
        } else if (extent instanceof Extent.Prefixed p) {
            String label = target.label() + " " + unit;
            if (p.width().bytes() == 0) {
                String field = fields.field(target.path() + "_" + unit, label, "ProtoField.uint64", "base.DEC");
                w.line("local count, size = %s", varintCall(p.width(), scope.limit()));
                w.line("add_value(%s, %s, c, off, size, count)", scope.tree(), field);
                w.line("local n, at = count:tonumber(), off + size");
            } else {
                int width = p.width().bytes();
                String field = fields.field(target.path() + "_" + unit, label, intField(width, false),
                        "base.DEC, nil, nil, " + Lua.string(describeInt(width, false, p.endian())));
                w.line("need(c, off, %d, %s)", width, scope.limit());
                w.line("local n, at = uint(c, off, %d, %s), off + %d", width, le(p.endian()), width);
                w.line("add(%s, %s, c, off, %d, %s)", scope.tree(), field, width, le(p.endian()));
            }
        } else if (extent instanceof Extent.SizedBy s) {
            w.line("local n, at = %s, off", reference(s.field(), s.reference()));
        } else if (extent instanceof Extent.Terminated t) {
            w.line("local n, at = find(c, off, %s, %s) - off, off", scope.limit(), Lua.bytes(t.delimiter()));
            return t.delimiter().size();
        } else if (extent instanceof Extent.Remaining) {
            // up to the bytes of fixed size after it in its region: reserved bytes, as decode leaves them
            w.line("local n, at = (%s)%s - off, off", scope.rest(), scope.tail() > 0 ? " - " + scope.tail() : "");
        } else {
            return -1;
        }
        return 0;
    }

    /**
     * A byte string, text (when {@code charset} is set) or payload. Text of a fixed size is shown without
     * its trailing {@code pad} bytes, which decode drops.
     */
    private void bytes(Lua.Code w, Extent extent, String charset, int pad, String describe, Target target,
                       Scope scope) {
        String encoding = charset == null ? null : encoding(charset);
        String field = encoding == null
                ? fields.field(target.path(), target.label(), "ProtoField.bytes", "base.NONE, " + Lua.string(describe))
                : fields.field(target.path(), target.label(), "ProtoField.string", "base.UNICODE, " + Lua.string(describe));
        int after = extent(w, extent, target, "length", scope);
        if (after < 0) {
            undecoded(w, null, target, scope);
            return;
        }
        w.line("need(c, at, n, %s)", scope.limit());
        if (encoding == null) {
            w.line("add(%s, %s, c, at, n)", scope.tree(), field);
        } else if (extent instanceof Extent.Fixed && pad >= 0) {
            w.line("local text = n");
            w.line("while text > 0 and c.tvb(at + text - 1, 1):uint() == %d do text = text - 1 end", pad & 0xFF);
            w.line("add_text(%s, %s, c, at, text, %s)", scope.tree(), field, encoding);
        } else {
            w.line("add_text(%s, %s, c, at, n, %s)", scope.tree(), field, encoding);
        }
        w.line("off = at + n%s", after > 0 ? " + " + after : "");
    }

    /** Wireshark's name for a charset; null for one it has no name for, which is shown as bytes. */
    private static String encoding(String charset) {
        return switch (charset.toUpperCase(Locale.ROOT).replace("_", "-")) {
            case "UTF-8", "UTF8" -> "ENC_UTF_8";
            case "US-ASCII", "ASCII" -> "ENC_ASCII";
            case "ISO-8859-1", "LATIN1", "ISO8859-1" -> "ENC_ISO_8859_1";
            case "UTF-16BE" -> "ENC_UTF_16 + ENC_BIG_ENDIAN";
            case "UTF-16LE" -> "ENC_UTF_16 + ENC_LITTLE_ENDIAN";
            default -> null;
        };
    }

    private void list(Lua.Code w, FieldKind.ListKind k, Target target, Scope scope) {
        String field = fields.field(target.path(), target.label(), "ProtoField.none", Lua.string(k.describe()));
        if (k.extent() instanceof Extent.Terminated t) {
            terminatedList(w, k, t, field, target, scope);
            return;
        }
        int after = extent(w, k.extent(), target, "count", scope);
        if (after != 0) {
            if (after < 0) {
                undecoded(w, null, target, scope);
            } else {
                w.line("off = at + n + %d", after);
            }
            return;
        }
        boolean remaining = k.extent() instanceof Extent.Remaining;
        String list = local("l");
        w.line("local %s = open(%s, %s, c, at%s)", list, scope.tree(), field,
                remaining ? "" : ", \" (\" .. n .. \" elements)\"");
        w.line("off = at");
        Target element = new Target(target.label() + "[]", target.path() + ".item", null);
        if (remaining) {
            w.line("local e, count = at + n, 0");
            w.open("while off < e do");
            w.line("count = count + 1");
            w.open("do");
            value(w, k.element(), element, new Scope("e", "e", list));
        } else {
            w.open("for _ = 1, n do");
            w.open("do");
            value(w, k.element(), element, new Scope(scope.limit(), scope.rest(), list));
        }
        w.close("end");
        w.close("end");
        if (remaining) {
            w.line("if %s then %s:append_text(\" (\" .. count .. \" elements)\") end", list, list);
        }
        w.line("close(%s, at, off)", list);
    }

    /**
     * A list ended by its delimiter, as decode reads it: before each element, bytes equal to the delimiter
     * end the list; anything else is an element, which may hold the delimiter's bytes inside.
     */
    private void terminatedList(Lua.Code w, FieldKind.ListKind k, Extent.Terminated t, String field, Target target,
                                Scope scope) {
        String list = local("l");
        String terminator = fields.field(target.path() + "_end", target.label() + " terminator", "ProtoField.bytes",
                "base.SPACE");
        String delimiter = Lua.bytes(t.delimiter());
        w.line("local at, count = off, 0");
        w.line("local %s = open(%s, %s, c, at)", list, scope.tree(), field);
        w.open("while starts(c, off, %s, %s) ~= 1 do", scope.limit(), delimiter);
        w.line("count = count + 1");
        w.line("local before = off");
        w.open("do");
        value(w, k.element(), new Target(target.label() + "[]", target.path() + ".item", null),
                new Scope(scope.limit(), scope.rest(), list));
        w.close("end");
        w.line("if off <= before then bad(\"an element of no bytes before the terminator\", off) end");
        w.close("end");
        w.line("add(%s, %s, c, off, %d)", list, terminator, t.delimiter().size());
        w.line("off = off + %d", t.delimiter().size());
        w.line("if %s then %s:append_text(\" (\" .. count .. \" elements)\") end", list, list);
        w.line("close(%s, at, off)", list);
    }

    /** The test of a {@code @When} condition, as decode makes it (see the generator's {@code Conditions}). */
    private static String condition(Condition condition) {
        String value = reference(condition.field(), condition.reference());
        String test;
        if (condition.fieldIsBoolean()) {
            test = value;
        } else if (condition.bit() >= 0) {
            test = "bit_set(" + value + ", " + condition.bit() + ")";
        } else if (!condition.anyOf().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (long option : condition.anyOf()) {
                any.add(value + " == " + option);
            }
            test = String.join(" or ", any);
        } else {
            List<String> bounds = new ArrayList<>();
            if (condition.min() != Long.MIN_VALUE) {
                bounds.add(value + " >= " + condition.min());
            }
            if (condition.max() != Long.MAX_VALUE) {
                bounds.add(value + " <= " + condition.max());
            }
            test = bounds.isEmpty() ? "true" : String.join(" and ", bounds);
        }
        return condition.negated() ? "not (" + test + ")" : "(" + test + ")";
    }

    private void nested(Lua.Code w, FieldKind.NestedKind k, Target target, Scope scope) {
        Optional<MessageModel> message = schemas.message(k.messageType());
        Optional<ProtocolModel> protocol = message.isPresent() ? Optional.empty() : schemas.protocol(k.messageType());
        if (message.isEmpty() && protocol.isEmpty()) {
            undecoded(w, k, target, scope);
            return;
        }
        String field = fields.field(target.path(), target.label() + ": " + k.messageType().simpleName(),
                "ProtoField.none", Lua.string(k.describe()));
        String walker = walkers.apply(message.isPresent() ? message.get() : protocol.get());
        if (message.isPresent() && target.key() != null) {
            w.line("local nested");
            w.line("off, nested = %s(c, off, %s, %s, %s, %s)", walker, scope.limit(), scope.tree(), field, scope.exactFor());
            keep(w, target.key(), "nested");
        } else {
            w.line("off = %s(c, off, %s, %s, %s, %s)", walker, scope.limit(), scope.tree(), field, scope.exactFor());
        }
    }

    /** Keeps the values a nested record read under {@code key.}, for paths into it ({@code "header.count"}). */
    private static void keep(Lua.Code w, String key, String values) {
        w.line("for name, value in pairs(%s) do v[%s .. name] = value end", values, Lua.string(key + "."));
    }

    /** The Lua expression of a value a size or count refers to: the first of its alternatives that was read. */
    static String reference(String field, io.wireform.processor.model.Reference reference) {
        if (reference == null) {
            return "v[" + Lua.string(field) + "]";
        }
        return reference.alternatives().stream().map(io.wireform.processor.model.Reference.Path::text).distinct()
                .map(text -> "v[" + Lua.string(text) + "]").collect(java.util.stream.Collectors.joining(" or "));
    }

    /**
     * The record of a selected protocol: the one whose tag (or range of tags) holds the value the
     * earlier component read, else the fallback record, else an error.
     */
    private void selected(Lua.Code w, FieldKind.SelectedKind k, ProtocolModel protocol, Target target, Scope scope) {
        String field = fields.field(target.path(), target.label() + ": " + k.protocolType().simpleName(),
                "ProtoField.none", Lua.string(k.describe()));
        String selector = local("selector");
        w.line("local %s = %s", selector, reference(k.selector(), k.reference()));
        w.line("if %s == true then %s = 1 elseif %s == false then %s = 0 end", selector, selector, selector, selector);
        if (k.reference() != null && k.selectorKind() instanceof FieldKind.EnumKind e && e.fallback()) {
            // through a path, decode chooses by the constant the nested record decoded: a code no constant
            // has chooses as the @Fallback constant's code
            schemas.enumModel(e.enumType()).ifPresent(m -> m.constants().stream()
                    .filter(c -> c.name().equals(m.fallback().orElse(null))).findFirst().ifPresent(fallback -> {
                        String known = m.constants().stream().map(c -> "[" + c.code() + "] = true")
                                .collect(java.util.stream.Collectors.joining(", "));
                        w.line("if not ({ %s })[%s] then %s = %d end", known, selector, selector, fallback.code());
                    }));
        }
        w.line("local chosen = {}");
        boolean first = true;
        for (ProtocolModel.Variant v : protocol.tagged()) {
            String test = v.isRange() ? String.format("%s >= %d and %s <= %d", selector, v.tag(), selector, v.tagTo())
                    : String.format("%s == %d", selector, v.tag());
            w.line("%s %s then", first ? "if" : "elseif", test);
            w.line("  off, chosen = %s(c, off, %s, %s, %s, %s)", walkers.apply(v.message()), scope.limit(), scope.tree(),
                    field, scope.exactFor());
            first = false;
        }
        Optional<MessageModel> fallback = protocol.fallback();
        String otherwise = fallback.isPresent()
                ? String.format("off, chosen = %s(c, off, %s, %s, %s, %s)", walkers.apply(fallback.get()), scope.limit(),
                        scope.tree(), field, scope.exactFor())
                : String.format("bad(string.format(%s, %s), off)",
                        Lua.string("no record of " + k.protocolType().simpleName() + " is chosen by " + k.selector() + " = %s"),
                        "tostring(" + selector + ")");
        if (first) {
            w.line("%s", otherwise);
        } else {
            w.line("else");
            w.line("  %s", otherwise);
            w.line("end");
        }
        if (target.key() != null) {
            keep(w, target.key(), "chosen"); // a path through it applies when the record chosen has the component
        }
    }

    /**
     * A value of the user's {@code FieldCodec}, which a dissector cannot run: its raw bytes, labelled with
     * the codec. It ends where the fields of fixed size after it start ({@link Scope#tail}), else at the
     * end of its region, whose later fields the walker then leaves in these bytes. Where the end of the
     * region is not known (a record in a list, or followed by more in its region), neither is the value's:
     * the dissector says so and stops, rather than show values read at a guessed place.
     */
    private void using(Lua.Code w, FieldKind.UsingKind k, Target target, Scope scope) {
        String codec = k.codecType().simpleName();
        String field = fields.field(target.path(), target.label() + " (decoded by " + codec + ")", "ProtoField.bytes",
                "base.NONE, " + Lua.string(k.describe()));
        w.open("do");
        w.open("if not (%s) then", scope.exact());
        w.line("bad(%s, off)", Lua.string("where " + target.label() + " (decoded by " + codec
                + ") ends is not known here: this dissector cannot run a FieldCodec"));
        w.close("end");
        w.line("local n, at = (%s)%s - off, off", scope.rest(), scope.tail() > 0 ? " - " + scope.tail() : "");
        w.line("need(c, at, n, %s)", scope.limit());
        w.line("note(c, add(%s, %s, c, at, n), E.undecoded, %s)", scope.tree(), field, Lua.string("raw bytes decoded by "
                + codec + ", a FieldCodec this dissector cannot run; " + (scope.tail() >= 0
                        ? "they end where the fields after it start"
                        : "taken to the end of the region, with any fields after it")));
        w.line("off = at + n");
        w.close("end");
    }

    /** A value this dissector cannot decode: the bytes its extent or fixed size gives, else the rest of the region. */
    private void undecoded(Lua.Code w, FieldKind kind, Target target, Scope scope) {
        String field = fields.field(target.path(), target.label(), "ProtoField.bytes",
                "base.NONE, " + Lua.string(kind == null ? "not decoded" : kind.describe()));
        String what = kind == null ? target.label() : kind.describe();
        w.open("do");
        if (kind != null && kind.isFixed()) {
            w.line("local n, at = %d, off", kind.fixedSize());
        } else if (kind == null || kind.extent() == null || extent(w, kind.extent(), target, "length", scope) < 0) {
            w.line("local n, at = (%s) - off, off", scope.rest());
        }
        w.line("need(c, at, n, %s)", scope.limit());
        w.line("note(c, add(%s, %s, c, at, n), E.undecoded, %s)", scope.tree(), field,
                Lua.string("not decoded by this dissector: " + what));
        w.line("off = at + n");
        w.close("end");
    }

    static String intField(int width, boolean signed) {
        int bits = width <= 1 ? 8 : width == 2 ? 16 : width == 3 ? 24 : width == 4 ? 32 : 64;
        return "ProtoField." + (signed ? "int" : "uint") + bits;
    }

    static String describeInt(int width, boolean signed, Endian endian) {
        return (signed ? "int" : "uint") + 8 * width + (width > 1 ? (endian == Endian.BIG ? " BE" : " LE") : "");
    }

    static String le(Endian endian) {
        return endian == Endian.LITTLE ? "true" : "false";
    }
}

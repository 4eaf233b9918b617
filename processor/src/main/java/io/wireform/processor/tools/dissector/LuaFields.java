package io.wireform.processor.tools.dissector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ProtoField}s of one dissector, kept in one table {@code F} (Lua allows a function at
 * most 200 locals, a schema may have more fields), and the value strings of its enums and tags.
 */
final class LuaFields {
    private final String proto;
    private final Map<String, String> declarations = new LinkedHashMap<>();
    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private final Map<String, ValueString> valueStrings = new LinkedHashMap<>();

    private record ValueString(String name, String table) {}

    LuaFields(String proto) {
        this.proto = proto;
    }

    /**
     * The Lua expression of the field {@code <proto>.<path>}, declared with {@code constructor}
     * (e.g. {@code ProtoField.uint16}) and the arguments that follow abbreviation and name.
     */
    String field(String path, String name, String constructor, String arguments) {
        String abbrev = proto + "." + path;
        Integer index = indexes.get(abbrev);
        if (index == null) {
            index = indexes.size() + 1;
            indexes.put(abbrev, index);
            // P: the protocol's filter name, as Wireshark took it (see new_proto)
            declarations.put(abbrev, String.format("F[%d] = %s(P .. %s, %s%s)", index, constructor,
                    Lua.string("." + path),
                    Lua.string(name), arguments.isEmpty() ? "" : ", " + arguments));
        }
        return "F[" + index + "]";
    }

    /** A table of names by number, declared once per {@code key}; the Lua name of the table. */
    String valueString(String key, List<Map.Entry<Long, String>> names) {
        return valueStrings.computeIfAbsent(key, k -> {
            StringBuilder table = new StringBuilder("{ ");
            for (Map.Entry<Long, String> e : names) {
                table.append('[').append(e.getKey()).append("] = ").append(Lua.string(e.getValue())).append(", ");
            }
            return new ValueString("VS" + (valueStrings.size() + 1), table.append('}').toString());
        }).name();
    }

    void declare(Lua.Code out) {
        out.line("local F = {}");
        for (ValueString value : valueStrings.values()) {
            out.line("local %s = %s", value.name(), value.table());
        }
        for (String declaration : declarations.values()) {
            out.line("%s", declaration);
        }
    }
}

package io.wireform.processor.tools.dissector;

import com.palantir.javapoet.ClassName;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.tools.SchemaIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Wireshark Lua dissector of one message or protocol: its fields, a walker per type it reaches,
 * a TCP loop that dissects every frame of a segment and asks TCP for the rest of a frame cut by a
 * segment boundary, and its registration on a TCP port.
 */
public final class LuaDissector {
    private static final String PRELUDE = "prelude.lua";

    /** Where frames of this type travel: a port (0 for none) and which side sends them. */
    public record Port(int port, String sentBy) {
        public static final Port NONE = new Port(0, "EITHER");
    }

    private final SchemaIndex schemas;

    public LuaDissector(SchemaIndex schemas) {
        this.schemas = schemas;
    }

    /**
     * The dissector of a {@link MessageModel} or {@link ProtocolModel}, as Wireshark protocol {@code
     * proto} (lower case, e.g. {@code request_adu}), the prefix of every field name.
     */
    public String generate(Object model, Port port, String proto) {
        ClassName type = model instanceof MessageModel m ? m.messageType() : ((ProtocolModel) model).protocolType();
        Delimiting delimiting = new Delimiting(schemas);
        boolean selfDelimiting = model instanceof MessageModel m ? delimiting.message(m, false)
                : delimiting.protocol((ProtocolModel) model, false);
        LuaFields fields = new LuaFields(proto);
        LuaWalkers walkers = new LuaWalkers(schemas, fields);
        String root = walkers.root(model);

        Lua.Code out = new Lua.Code();
        out.line("-- Wireshark dissector for %s, written by the Wireform annotation processor.", type.canonicalName());
        out.line("-- Load it with tshark -X lua_script:<this file>, or copy it into Wireshark's Lua plugins folder.");
        out.line("-- Frames %s; TCP port %s (preference %s.tcp_port).",
                selfDelimiting ? "say where they end, so frames cut by segment boundaries are reassembled"
                        : "do not say where they end: each TCP segment is dissected as one frame",
                port.port() == 0 ? "none (use Decode As, or set the preference)" : port.port() + " (frames sent by "
                        + port.sentBy().toLowerCase(Locale.ROOT) + ")", proto);
        out.blank();
        out.append(prelude()).blank();
        // Wireshark wants descriptions unique among all protocols: the type's name with its package
        out.line("local proto, P = new_proto(%s, %s)", Lua.string(proto),
                Lua.string(String.join(".", type.simpleNames()) + " (" + type.packageName() + ")"));
        out.line("local E = {");
        expert(out, "malformed", "Malformed frame", "MALFORMED", "ERROR");
        expert(out, "checksum_bad", "Checksum mismatch", "CHECKSUM", "ERROR");
        expert(out, "marker_bad", "Wrong marker", "PROTOCOL", "ERROR");
        expert(out, "const_bad", "Wrong constant", "PROTOCOL", "ERROR");
        expert(out, "range_bad", "Value out of range", "PROTOCOL", "ERROR");
        expert(out, "unknown_code", "Code of no enum constant", "PROTOCOL", "WARN");
        expert(out, "unknown_tag", "Tag of no record, skipped by its length", "PROTOCOL", "WARN");
        expert(out, "undecoded", "Not decoded by this dissector", "UNDECODED", "NOTE");
        out.line("}");
        fields.declare(out);
        out.blank();
        walkers.declare(out);
        out.line("proto.fields = F");
        out.line("proto.experts = { E.malformed, E.checksum_bad, E.marker_bad, E.const_bad, E.range_bad, E.unknown_code, E.unknown_tag, E.undecoded }");
        out.line("proto.prefs.tcp_port = Pref.uint(\"TCP port\", %d, \"TCP port of %s frames; 0 for none\")",
                port.port(), type.simpleName());
        out.blank();
        loop(out, root, selfDelimiting, type.simpleName());
        registration(out, port);
        return out.toString();
    }

    private static void expert(Lua.Code out, String name, String text, String group, String severity) {
        out.line("  %s = ProtoExpert.new(P .. %s, %s, expert.group.%s, expert.severity.%s),", name,
                Lua.string("." + name), Lua.string(text), group, severity);
    }

    /**
     * Each segment: measure the next frame without a tree (running out of bytes asks TCP for more),
     * then dissect exactly its bytes; repeat while bytes are left.
     */
    private static void loop(Lua.Code out, String root, boolean selfDelimiting, String simpleName) {
        out.line("local SELF_DELIMITING = %s", selfDelimiting);
        out.open("local function dissect(tvb, pinfo, tree)");
        out.line("local len = tvb:len()");
        out.line("local off = 0");
        out.line("local names = {}");
        out.open("while off < len do");
        out.line("local c = { tvb = tvb, len = len, names = {} }");
        // a frame that does not say where it ends is the whole segment: its limit is exactly its end
        out.line("local ok, result = pcall(%s, c, off, SELF_DELIMITING and math.huge or len, nil, nil, not SELF_DELIMITING)",
                root);
        out.open("if not ok and type(result) == \"table\" and result.short and SELF_DELIMITING then");
        out.line("pinfo.desegment_offset = off");
        out.line("pinfo.desegment_len = result.open and DESEGMENT_ONE_MORE_SEGMENT or result.short - len");
        out.line("break");
        out.close("end");
        out.open("if not ok or result <= off then");
        out.line("local item = tree:add(proto, tvb(off, len - off))");
        out.line("item:append_text(\" [malformed]\")");
        out.line("local text = \"no frame\"");
        out.line("if type(result) == \"table\" then text = result.bad or \"cut short\" elseif not ok then text = tostring(result) end");
        out.line("item:add_proto_expert_info(E.malformed, text)");
        out.line("names[#names + 1] = \"malformed\"");
        out.line("off = len");
        out.line("break");
        out.close("end");
        out.line("local frame = tvb(off, result - off):tvb()");
        out.line("local fc = { tvb = frame, len = result - off, names = {} }");
        out.line("local item = tree:add(proto, frame())");
        out.line("local done, problem = pcall(%s, fc, 0, fc.len, item, nil, true)", root);
        out.open("if not done then");
        out.line("item:add_proto_expert_info(E.malformed, type(problem) == \"table\" and (problem.bad or \"cut short\") or tostring(problem))");
        out.close("end");
        out.line("names[#names + 1] = #fc.names > 0 and table.concat(fc.names, \"/\") or %s", Lua.string(simpleName));
        out.line("off = result");
        out.close("end");
        out.open("if #names > 0 then");
        out.line("pinfo.cols.protocol = %s", Lua.string(simpleName));
        out.line("pinfo.cols.info = table.concat(names, \", \")");
        out.close("end");
        out.line("return len");
        out.close("end");
        out.blank();
    }

    /**
     * Registration on the preference's port. Where a client's and a server's types share a port, the
     * one Wireshark calls hands the other direction to the other's dissector, found in the table
     * {@code wireform.tcp} that all Wireform dissectors share (keys such as {@code "502/server"}):
     * each Lua script has globals of its own, but dissector tables are Wireshark's.
     */
    private static void registration(Lua.Code out, Port port) {
        out.line("local SENT_BY = %s", Lua.string(port.sentBy().toLowerCase(Locale.ROOT)));
        out.line("local found, roles = pcall(DissectorTable.get, \"wireform.tcp\")");
        out.open("if not found or not roles then");
        out.line("roles = DissectorTable.new(\"wireform.tcp\", \"Wireform dissectors by TCP port and sender\", ftypes.STRING)");
        out.close("end");
        out.open("function proto.dissector(tvb, pinfo, tree)");
        out.line("local port = proto.prefs.tcp_port");
        out.open("if port ~= 0 and SENT_BY ~= \"either\" and (pinfo.src_port == port) ~= (pinfo.dst_port == port) then");
        out.line("local sender = pinfo.dst_port == port and \"client\" or \"server\"");
        out.open("if sender ~= SENT_BY then");
        out.line("local other = roles:get_dissector(port .. \"/\" .. sender)");
        out.line("if other then return other:call(tvb, pinfo, tree) end");
        out.line("return 0");
        out.close("end");
        out.close("end");
        out.line("return dissect(tvb, pinfo, tree)");
        out.close("end");
        out.blank();
        out.line("local registered = 0");
        out.open("local function register(again)");
        out.line("local port = proto.prefs.tcp_port");
        out.line("if port == registered and not again then return end");
        out.line("local tcp = DissectorTable.get(\"tcp.port\")");
        out.open("if registered ~= 0 and registered ~= port then");
        out.line("tcp:remove(registered, proto)");
        out.line("roles:remove(registered .. \"/\" .. SENT_BY, proto)");
        out.close("end");
        out.open("if port ~= 0 then");
        out.line("tcp:add(port, proto)");
        out.line("roles:add(port .. \"/\" .. SENT_BY, proto)");
        out.close("end");
        out.line("registered = port");
        out.close("end");
        out.line("proto.prefs_changed = function() register(false) end");
        out.line("-- again before each capture: a built-in dissector may have taken the port since (Modbus/TCP takes 502)");
        out.line("proto.init = function() register(true) end");
        out.line("register(false)");
        out.line("DissectorTable.get(\"tcp.port\"):add_for_decode_as(proto)");
    }

    private static Lua.Code prelude() {
        try (InputStream in = LuaDissector.class.getResourceAsStream(PRELUDE)) {
            if (in == null) {
                throw new IllegalStateException(PRELUDE + " is missing from the processor");
            }
            Lua.Code code = new Lua.Code();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                code.line("%s", line);
            }
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

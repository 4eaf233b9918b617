package io.wireform.conformance.dissector;

import io.wireform.samples.wireshark.Pcap;
import io.wireform.samples.wireshark.Tshark;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the dissector showed of one packet: the items of its protocol as a tree, positions counted
 * from the start of the TCP segment's data (where the frame is), and the problems it reported.
 */
final class Shown {
    /** The expert infos that say the frame is not what decode reads: all but the note of undecoded bytes. */
    static final Set<String> PROBLEMS = Set.of("malformed", "checksum_bad", "marker_bad", "const_bad", "range_bad",
            "unknown_code", "unknown_tag");

    /** One tree item. */
    static final class Node {
        final String name;
        final String showname;
        final String show;
        final int pos;
        final int size;
        final String value;
        final List<Node> children = new ArrayList<>();
        boolean claimed;

        Node(Tshark.Field f) {
            this.name = f.name();
            this.showname = f.showname();
            this.show = f.show();
            this.pos = f.pos() - Pcap.HEADERS;
            this.size = f.size();
            this.value = f.value();
        }

        /** The node and everything under it, depth first. */
        List<Node> all() {
            List<Node> out = new ArrayList<>();
            collect(out);
            return out;
        }

        private void collect(List<Node> out) {
            out.add(this);
            children.forEach(c -> c.collect(out));
        }

        /** The node with its children, indented, for reports. */
        void render(StringBuilder out, int depth) {
            out.append("  ".repeat(depth)).append(name).append(" @").append(pos).append('+').append(size)
                    .append(": ").append(showname.isEmpty() ? show : showname).append('\n');
            children.forEach(c -> c.render(out, depth + 1));
        }
    }

    /** A problem the dissector reported: its kind ({@code range_bad}), text, and the item it is on. */
    record Problem(String kind, String text, int pos, int size) {}

    /** The top-level items of protocol {@code proto} (one per frame the dissector read), and the rest. */
    final List<Node> frames = new ArrayList<>();
    /** Wireshark's own reports: a Lua error, a malformed packet. */
    final List<Node> wireshark = new ArrayList<>();

    Shown(Tshark.Packet packet, String proto) {
        List<Node> stack = new ArrayList<>();
        for (Tshark.Field f : packet.fields()) {
            Node node = new Node(f);
            while (stack.size() > f.depth()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                if (f.name().equals(proto)) {
                    frames.add(node);
                } else if (f.name().startsWith("_ws.malformed") || f.name().startsWith("_ws.lua")
                        && !f.name().equals("_ws.lua.fake")) {
                    wireshark.add(node);
                }
            } else {
                stack.get(stack.size() - 1).children.add(node);
            }
            stack.add(node);
        }
    }

    /** The problems reported within {@code frame}. */
    static List<Problem> problems(Node frame, String proto) {
        List<Problem> out = new ArrayList<>();
        problems(frame, frame, proto, out);
        return out;
    }

    private static void problems(Node item, Node parent, String proto, List<Problem> out) {
        if (item.name.equals("_ws.expert")) {
            String kind = null;
            String text = "";
            for (Node c : item.children) {
                if (c.name.startsWith(proto + ".") && PROBLEMS.contains(c.name.substring(proto.length() + 1))) {
                    kind = c.name.substring(proto.length() + 1);
                } else if (c.name.equals("_ws.expert.message")) {
                    text = c.show;
                }
            }
            if (kind != null) {
                out.add(new Problem(kind, text, parent.pos, parent.size));
            }
            return;
        }
        for (Node c : item.children) {
            problems(c, item, proto, out);
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        frames.forEach(f -> f.render(out, 1));
        wireshark.forEach(f -> f.render(out, 1));
        return out.length() == 0 ? "  (nothing: no item of the protocol)\n" : out.toString();
    }
}

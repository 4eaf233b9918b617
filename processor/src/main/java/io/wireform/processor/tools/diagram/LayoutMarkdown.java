package io.wireform.processor.tools.diagram;

import io.wireform.annotations.Layout;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.tools.SchemaIndex;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The layout of a message or protocol as Markdown: for it and every record it reaches, a table of
 * parts (offset, bits, type) and its packet diagram; for a tagged protocol, each variant's frame
 * with the tag in front.
 */
public final class LayoutMarkdown {
    private final SchemaIndex schemas;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> done = new LinkedHashSet<>();
    private final Deque<Object> pending = new ArrayDeque<>();

    private LayoutMarkdown(SchemaIndex schemas) {
        this.schemas = schemas;
    }

    /** The document of a {@link MessageModel} or {@link ProtocolModel}. */
    public static String of(Object model, SchemaIndex schemas) {
        LayoutMarkdown doc = new LayoutMarkdown(schemas);
        doc.pending.add(model);
        while (!doc.pending.isEmpty()) {
            Object next = doc.pending.poll();
            if (next instanceof MessageModel m && doc.done.add(m.messageType().canonicalName())) {
                doc.message(m);
            } else if (next instanceof ProtocolModel p && doc.done.add(p.protocolType().canonicalName())) {
                doc.protocol(p);
            }
        }
        return doc.out.toString();
    }

    private void message(MessageModel model) {
        out.append("## ").append(model.messageType().simpleName()).append("\n\n")
                .append(model.isFixed() ? model.fixedLength() + " bytes" : "Variable length").append(", ")
                .append(model.endian().name().toLowerCase(Locale.ROOT)).append("-endian, ")
                .append(model.layout() == Layout.C_ALIGNED ? "C-aligned" : "packed").append(".\n\n");
        parts(LayoutWalk.of(model));
        reach(model);
    }

    private void protocol(ProtocolModel model) {
        out.append("## ").append(model.protocolType().simpleName()).append("\n\n");
        if (model.untagged()) {
            out.append("A union told apart by magic and end marker:\n\n");
            for (ProtocolModel.Variant v : model.variants()) {
                out.append("- ").append(v.message().pathName()).append("\n");
                pending.add(v.message());
            }
            out.append("\n");
            return;
        }
        out.append("A ").append(model.tag().name().toLowerCase(Locale.ROOT)).append(model.tagBits() > 0
                ? " whose top " + model.tagBits() + " bits are the tag" : " tag").append(", then the record it selects.\n\n");
        for (ProtocolModel.Variant v : model.variants()) {
            out.append("### ").append(v.message().pathName()).append(" (tag 0x").append(Long.toHexString(v.tag()))
                    .append(")\n\n");
            LayoutWalk.Part tag;
            long start;
            String type = model.tag().name().toLowerCase(Locale.ROOT) + " tag";
            if (model.tagBits() > 0) {
                tag = new LayoutWalk.Part("tag = " + v.tag(), type + ", top " + model.tagBits() + " bits", 0,
                        model.tagBits());
                start = 0;
            } else if (model.tag().bytes() > 0) {
                tag = new LayoutWalk.Part("tag = 0x" + Long.toHexString(v.tag()), type, 0, 8L * model.tag().bytes());
                start = 8L * model.tag().bytes();
            } else {
                tag = new LayoutWalk.Part("tag = 0x" + Long.toHexString(v.tag()), type, 0, -1);
                start = -1;
            }
            parts(LayoutWalk.of(List.of(tag), start, v.message()));
            reach(v.message());
        }
    }

    private void parts(List<LayoutWalk.Part> parts) {
        out.append("| offset | bits | part | type |\n|---:|---:|---|---|\n");
        for (LayoutWalk.Part p : parts) {
            String offset = p.bit() < 0 ? "-" : p.bit() % 8 == 0 ? Long.toString(p.bit() / 8) : (p.bit() / 8) + "." + (p.bit() % 8);
            out.append("| ").append(offset).append(" | ").append(p.bits() < 0 ? "var" : Long.toString(p.bits()))
                    .append(" | ").append(p.label()).append(" | ").append(p.type()).append(" |\n");
        }
        out.append("\n```\n").append(String.join("\n", PacketDiagram.render(parts))).append("\n```\n\n");
    }

    /** Queues the records and protocols this message nests. */
    private void reach(MessageModel model) {
        for (Item item : model.items()) {
            if (item instanceof Item.Field f) {
                reach(f.field().kind());
            }
        }
    }

    private void reach(FieldKind kind) {
        if (kind instanceof FieldKind.NestedKind n) {
            schemas.message(n.messageType()).ifPresent(pending::add);
            schemas.protocol(n.messageType()).ifPresent(pending::add);
        } else if (kind instanceof FieldKind.ListKind l) {
            reach(l.element());
        } else if (kind instanceof FieldKind.OptionalKind o) {
            reach(o.inner());
        }
    }
}

package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.tools.diagram.PacketDiagram;
import java.util.List;

/** The class comment of a generated codec: the frame drawn as a table of offsets. */
final class LayoutDoc {
    private LayoutDoc() {}

    static CodeBlock of(MessageModel model) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Encodes and decodes {@link $T}: $L, $L, $L.\n\n", model.messageType(),
                        model.isFixed() ? model.fixedLength() + " bytes" : "variable length",
                        model.endian() == Endian.BIG ? "big-endian" : "little-endian",
                        model.layout() == Layout.PACKED ? "packed" : "C-aligned")
                .add("<pre>\n")
                .add("offset  size  field\n");
        int[] offset = {0};
        if (!model.magic().isEmpty()) {
            row(doc, offset, model.magic().size(), "magic " + hex(model.magic()));
        }
        for (Item item : model.items()) {
            if (item instanceof Item.Field f) {
                FieldModel field = f.field();
                if (field.bytesBefore() > 0) {
                    row(doc, offset, field.bytesBefore(), "(reserved)");
                }
                row(doc, offset, field.kind().fixedSize(), field.name() + ": " + field.kind().describe());
                if (field.paddingAfter() > 0) {
                    row(doc, offset, field.paddingAfter(), "(reserved)");
                }
            } else if (item instanceof Item.BitGroup g) {
                StringBuilder names = new StringBuilder();
                for (Item.BitMember m : g.members()) {
                    names.append(names.length() == 0 ? "" : ", ").append(m.tag() ? "tag " + m.constant().getAsLong() : m.name())
                            .append(':').append(m.bits());
                }
                row(doc, offset, g.bytes(), "bits " + names);
            } else if (item instanceof Item.Length l) {
                row(doc, offset, l.width().bytes() == 0 ? -1 : l.width().bytes(), l.firstField() == null
                        ? "length of the rest" : "length of " + l.firstField() + ".." + (l.throughField() == null ? ""
                        : l.throughField()));
            } else if (item instanceof Item.Reserved r) {
                row(doc, offset, r.bytes(), "(reserved)");
            } else if (item instanceof Item.Checksum c) {
                row(doc, offset, c.type().bytes(), "checksum " + c.type());
            }
        }
        if (!model.end().isEmpty()) {
            row(doc, offset, model.end().size(), "end " + hex(model.end()));
        }
        doc.add("</pre>\n");
        // the same frame as an RFC 791 packet diagram
        return doc.add("\n<pre>\n$L\n</pre>\n", String.join("\n", PacketDiagram.of(model))).build();
    }

    /** One row; once a size is variable, later offsets are unknown and shown as "-". */
    private static void row(CodeBlock.Builder doc, int[] offset, int size, String what) {
        String at = offset[0] < 0 ? "     -" : String.format("%6d", offset[0]);
        String length = size < 0 ? " var" : String.format("%4d", size);
        doc.add("$L", at + "  " + length + "  " + what + "\n");
        offset[0] = offset[0] < 0 || size < 0 ? -1 : offset[0] + size;
    }

    private static String hex(List<Integer> bytes) {
        StringBuilder text = new StringBuilder();
        for (int b : bytes) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02X", b));
        }
        return text.toString();
    }
}

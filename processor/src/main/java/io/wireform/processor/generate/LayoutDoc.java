package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.MessageModel;

/** The class comment of a generated codec: the frame drawn as a table of offsets. */
final class LayoutDoc {
    private LayoutDoc() {}

    static CodeBlock of(MessageModel model) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Encodes and decodes {@link $T}: $L bytes, $L, $L.\n\n", model.messageType(), model.length(),
                        model.endian() == io.wireform.annotations.Endian.BIG ? "big-endian" : "little-endian",
                        model.layout() == io.wireform.annotations.Layout.PACKED ? "packed" : "C-aligned")
                .add("<pre>\n")
                .add("offset  size  field\n");
        if (!model.magic().isEmpty()) {
            doc.add("$L", row(0, model.magic().size(), "magic " + hex(model.magic())));
        }
        for (FieldModel field : model.fields()) {
            int reserved = field.paddingBefore() + field.alignmentBefore();
            if (reserved > 0) {
                doc.add("$L", row(field.offset() - reserved, reserved, "(reserved)"));
            }
            doc.add("$L", row(field.offset(), field.kind().size(), field.name() + ": " + field.kind().describe()));
            if (field.paddingAfter() > 0) {
                doc.add("$L", row(field.offset() + field.kind().size(), field.paddingAfter(), "(reserved)"));
            }
        }
        if (!model.end().isEmpty()) {
            doc.add("$L", row(model.endOffset(), model.end().size(), "end " + hex(model.end())));
        }
        return doc.add("</pre>\n").build();
    }

    private static String row(int offset, int size, String what) {
        return String.format("%6d  %4d  %s\n", offset, size, what);
    }

    private static String hex(java.util.List<Integer> bytes) {
        StringBuilder text = new StringBuilder();
        for (int b : bytes) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02X", b));
        }
        return text.toString();
    }
}

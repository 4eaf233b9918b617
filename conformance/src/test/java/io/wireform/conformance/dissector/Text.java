package io.wireform.conformance.dissector;

/** Text as Wireshark shows a string field (PDML's {@code show}). */
final class Text {
    private Text() {}

    static String asShown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case 0x07 -> out.append("\\a");
                case 0x08 -> out.append("\\b");
                case 0x0C -> out.append("\\f");
                case 0x0A -> out.append("\\n");
                case 0x0D -> out.append("\\r");
                case 0x09 -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                case 0x5C -> out.append("\\\\");
                default -> {
                    if (cp < 0x20 || cp == 0x7F) {
                        out.append(String.format("\\x%02x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}

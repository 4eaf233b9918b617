package io.wireform.conformance.dissector;

/**
 * Text as tshark's PDML shows a string field ({@code show}), worked out with tshark 4.0: the string up to
 * its first NUL (Wireshark's strings are C strings: a limit of what it can show, not of the dissector);
 * other control characters as {@code \x1f} (no leading zero), tab, line feed and carriage return as
 * they are (which XML then reads as spaces); everything else as it is.
 */
final class Text {
    private Text() {}

    static String asShown(String value) {
        int nul = value.indexOf('\0');
        String shown = nul < 0 ? value : value.substring(0, nul);
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append("\\x").append(Integer.toHexString(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}

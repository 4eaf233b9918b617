package io.wireform.samples.properties;

import java.util.HexFormat;

/** Hex in the tests: spaces between groups are ignored when parsing. */
final class Hex {
    private static final HexFormat FORMAT = HexFormat.ofDelimiter(" ");

    private Hex() {}

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}

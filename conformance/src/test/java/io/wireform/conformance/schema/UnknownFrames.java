package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.LengthSpec;
import io.wireform.conformance.schema.Decls.ProtocolDecl;
import io.wireform.conformance.schema.Decls.RecordDecl;
import io.wireform.conformance.schema.Decls.Schema;
import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * Frames of tags no record of a schema's root protocol has, built from the documentation's layout:
 * the tag (with a bit-field tag, random bits below it), the protocol's length of the rest, random
 * bytes. What a {@code Resync.SKIP_UNKNOWN} reader must skip whole.
 */
public final class UnknownFrames {
    private UnknownFrames() {}

    /** Whether the schema's root is a tagged protocol whose frames say their length, with no fallback and a tag to spare. */
    public static boolean applicable(Schema schema) {
        return schema.root instanceof ProtocolDecl p && !p.untagged && !p.selected && p.length != null
                && p.variants.stream().noneMatch(v -> v.fallback)
                && (p.tagBits == 0 || p.tagBits > 20 || p.variants.size() < (1 << p.tagBits));
    }

    /** A random frame of an unknown tag; {@code applicable(schema)} must hold. */
    public static byte[] frame(Schema schema, Random r) {
        ProtocolDecl p = (ProtocolDecl) schema.root;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long tag = unknownTag(p, r);
        if (p.tagBits > 0) {
            int bytes = Extent.bytesOf(p.tagWidth);
            int free = 8 * bytes - p.tagBits;
            long word = (tag << free) | (free == 0 ? 0 : r.nextLong() & ((1L << free) - 1));
            fixed(out, word, bytes, p.little);
        } else {
            integer(out, tag, p.tagWidth, p.little);
        }
        LengthSpec length = p.length;
        byte[] body = new byte[r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(40)];
        r.nextBytes(body);
        long value = lengthValue(length, body.length);
        if (value < 0) {
            body = new byte[(int) -value + body.length];
            r.nextBytes(body);
            value = lengthValue(length, body.length);
        }
        integer(out, value, length.width(), p.little);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static long unknownTag(ProtocolDecl p, Random r) {
        for (int attempt = 0; ; attempt++) {
            long tag;
            if (p.tagBits > 0) {
                tag = r.nextLong() & ((1L << Math.min(p.tagBits, 62)) - 1);
                if (attempt < 4 && p.tagBits < 62) {
                    tag = r.nextBoolean() ? 0 : (1L << p.tagBits) - 1;
                }
            } else {
                tag = switch (p.tagWidth) {
                    case "UINT8" -> r.nextInt(256);
                    case "UINT16" -> r.nextInt(0x10000);
                    case "UINT24" -> r.nextInt(0x100_0000);
                    case "UINT32" -> r.nextLong() & 0xFFFF_FFFFL;
                    case "MQTT" -> r.nextInt(268_435_456);
                    default -> r.nextBoolean() ? r.nextLong() : r.nextInt(400);
                };
            }
            long t = tag;
            if (p.variants.stream().noneMatch(v -> v.tag == t)) {
                return tag;
            }
        }
    }

    /** The length field's value for a body of {@code body} bytes: with includeSelf, its own size too, however wide it is. */
    private static long lengthValue(LengthSpec length, int body) {
        long value = body + length.adjust();
        if (!length.includeSelf()) {
            return value;
        }
        int self = length.selfBytes();
        for (int round = 0; round < 3; round++) {
            ByteArrayOutputStream probe = new ByteArrayOutputStream();
            integer(probe, Math.max(0, value + self), length.width(), false);
            self = probe.size();
        }
        return value + self;
    }

    private static void integer(ByteArrayOutputStream out, long value, String width, boolean little) {
        if (width.equals("LENENC")) {
            // MariaDB's length-encoded integer: one byte below FB, else FC/FD/FE and 2, 3 or 8 bytes, little-endian
            if (value >= 0 && value < 0xFB) {
                out.write((int) value);
            } else if (value >= 0 && value <= 0xFFFF) {
                out.write(0xFC);
                fixed(out, value, 2, true);
            } else if (value >= 0 && value <= 0xFF_FFFF) {
                out.write(0xFD);
                fixed(out, value, 3, true);
            } else {
                out.write(0xFE);
                fixed(out, value, 8, true);
            }
            return;
        }
        if (width.equals("VARINT") || width.equals("MQTT")) {
            long v = value;
            do {
                int b = (int) (v & 0x7F);
                v >>>= 7;
                out.write(v != 0 ? b | 0x80 : b);
            } while (v != 0);
            return;
        }
        fixed(out, value, Extent.bytesOf(width), little);
    }

    private static void fixed(ByteArrayOutputStream out, long value, int bytes, boolean little) {
        for (int i = 0; i < bytes; i++) {
            int shift = 8 * (little ? i : bytes - 1 - i);
            out.write((int) (value >>> shift) & 0xFF);
        }
    }

    /** The variants, for reports. */
    static String tags(ProtocolDecl p) {
        StringBuilder s = new StringBuilder();
        for (RecordDecl v : p.variants) {
            s.append(s.length() == 0 ? "" : ", ").append(v.tag);
        }
        return s.toString();
    }
}

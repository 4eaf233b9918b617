package io.wireform.samples.dns;

import io.wireform.runtime.FieldCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A domain name (RFC 1035 3.1, 4.1.4) as a dotted {@code String}: {@code "example.test"}, the root as
 * {@code ""}. Decoding follows compression pointers, which are offsets from the start of the DNS
 * message (the {@code origin}); each must point before the name or label sequence that holds it, so
 * that forward pointers and pointer loops are errors, not endless walks. Labels are 1 to 63 bytes, a
 * name at most 255 bytes on the wire. Encoding writes names uncompressed. Label bytes map one to one
 * to chars (ISO-8859-1); a label holding a dot is refused both ways, since the dotted form could not
 * tell it apart.
 */
public final class DnsName implements FieldCodec<String> {
    /** The codec; stateless. */
    public static final DnsName INSTANCE = new DnsName();

    private static final String PATH = "DnsName";
    private static final int MAX_LABEL = 63;
    private static final int MAX_NAME = 255;

    private DnsName() {}

    @Override
    public String read(ByteBuffer in, int limit, int origin) {
        int at = in.position();
        StringBuilder name = new StringBuilder();
        int p = at;
        int end = -1; // past this field's own bytes, once a pointer or the root label is read
        int floor = at; // every pointer must go before the label sequence it ends
        int wireLength = 1; // the root label
        int bound = limit; // labels of this field end by the limit; those a pointer reaches, by the floor
        while (true) {
            if (p >= bound) {
                throw cutShort(in, at, p + 1, bound, end < 0);
            }
            int length = in.get(p) & 0xFF;
            if (length == 0) {
                if (end < 0) {
                    end = p + 1;
                }
                break;
            }
            int type = length & 0xC0;
            if (type == 0xC0) {
                if (p + 2 > bound) {
                    throw cutShort(in, at, p + 2, bound, end < 0);
                }
                int offset = (in.getShort(p) & 0x3FFF);
                int target = origin + offset;
                if (target >= floor) {
                    throw new WireDecodeException(in, at, p, PATH, "a compression pointer to an offset before "
                            + (floor - origin) + (floor == at ? " (where the name starts)" : " (where the labels it ends start)"),
                            "a pointer to offset " + offset + (floor == at ? " (a forward pointer)" : " (a pointer loop)"));
                }
                if (end < 0) {
                    end = p + 2;
                }
                floor = target;
                bound = p; // the labels reached stay before this pointer
                p = target;
                continue;
            }
            if (type != 0) {
                throw new WireDecodeException(in, at, p, PATH, "a label length (0 to 63) or a pointer (0xC0)",
                        String.format("label type 0x%02X, which RFC 6891 retired", type));
            }
            wireLength += 1 + length;
            if (wireLength > MAX_NAME) {
                throw new WireDecodeException(in, at, p, PATH, "a name of at most 255 bytes",
                        wireLength + " bytes so far");
            }
            if (p + 1 + length > bound) {
                throw cutShort(in, at, p + 1 + length, bound, end < 0);
            }
            String label = new String(bytes(in, p + 1, length), StandardCharsets.ISO_8859_1);
            if (label.indexOf('.') >= 0) {
                throw new WireDecodeException(in, at, p, PATH, "a label without '.'", "\"" + label + "\"");
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(label);
            p += 1 + length;
        }
        in.position(end);
        return name.toString();
    }

    /**
     * A name whose own bytes run past the limit is cut short (inside a length region, the generated code
     * makes that a malformed frame); labels a pointer reached that run into the pointer are malformed.
     */
    private static RuntimeException cutShort(ByteBuffer in, int at, int needed, int bound, boolean ownBytes) {
        if (ownBytes) {
            return new TruncatedFrameException(in, at, PATH, needed - at, bound - at);
        }
        return new WireDecodeException(in, at, Math.min(bound, Math.max(at, needed - 1)), PATH,
                ownBytes ? "a name ending within its region" : "labels ending before the pointer that reached them",
                "a label running on to offset " + (needed - at));
    }

    private static byte[] bytes(ByteBuffer in, int from, int length) {
        byte[] bytes = new byte[length];
        in.get(from, bytes);
        return bytes;
    }

    @Override
    public void write(String value, ByteBuffer out) {
        for (String label : labels(value)) {
            out.put((byte) label.length());
            for (int i = 0; i < label.length(); i++) {
                out.put((byte) label.charAt(i));
            }
        }
        out.put((byte) 0);
    }

    @Override
    public int size(String value) {
        int size = 1;
        for (String label : labels(value)) {
            size += 1 + label.length();
        }
        if (size > MAX_NAME) {
            throw new WireEncodeException(PATH, "a name of at most 255 bytes on the wire", size + " bytes");
        }
        return size;
    }

    /** The labels of a dotted name; a trailing dot (the root) is allowed. */
    private static String[] labels(String name) {
        String dotted = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (dotted.isEmpty()) {
            return new String[0];
        }
        String[] labels = dotted.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new WireEncodeException(PATH, "labels of 1 to 63 bytes", "an empty label in \"" + name + "\"");
            }
            if (label.length() > MAX_LABEL) {
                throw new WireEncodeException(PATH, "labels of 1 to 63 bytes",
                        "a label of " + label.length() + " bytes in \"" + name + "\"");
            }
            for (int i = 0; i < label.length(); i++) {
                if (label.charAt(i) > 0xFF) {
                    throw new WireEncodeException(PATH, "label bytes (chars up to U+00FF)",
                            String.format("U+%04X in \"%s\"", (int) label.charAt(i), name));
                }
            }
        }
        return labels;
    }

    @Override
    public int length(ByteBuffer in, int at, int limit) {
        int p = at;
        int wireLength = 1;
        while (true) {
            if (p >= limit) {
                return -(p + 1 - at);
            }
            int length = in.get(p) & 0xFF;
            if (length == 0) {
                return p + 1 - at;
            }
            int type = length & 0xC0;
            if (type == 0xC0) {
                return p + 2 > limit ? -(p + 2 - at) : p + 2 - at;
            }
            if (type != 0) {
                throw new WireDecodeException(in, at, p, PATH, "a label length (0 to 63) or a pointer (0xC0)",
                        String.format("label type 0x%02X, which RFC 6891 retired", type));
            }
            wireLength += 1 + length;
            if (wireLength > MAX_NAME) {
                throw new WireDecodeException(in, at, p, PATH, "a name of at most 255 bytes", wireLength + " bytes so far");
            }
            p += 1 + length;
        }
    }
}

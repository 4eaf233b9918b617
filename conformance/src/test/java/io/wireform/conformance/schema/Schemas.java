package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.Field;
import io.wireform.conformance.schema.Decls.ProtocolDecl;
import io.wireform.conformance.schema.Decls.RecordDecl;
import io.wireform.conformance.schema.Decls.TypeDecl;
import java.util.List;

/** Facts about generated types that the documentation implies. */
final class Schemas {
    private Schemas() {}

    /** Least bytes a frame of the type takes. */
    static int minBytes(TypeDecl decl) {
        if (decl instanceof ProtocolDecl p) {
            return p.variants.stream().mapToInt(Schemas::minBytes).min().orElse(0);
        }
        RecordDecl r = (RecordDecl) decl;
        int total = (r.magic == null ? 0 : r.magic.replace(" ", "").length() / 2)
                + (r.end == null ? 0 : r.end.replace(" ", "").length() / 2) + r.checksumBytes + r.padding;
        for (Field f : r.fields) {
            total += f.kind.minBytes() + f.groupBytes + (f.length == null ? 0 : Math.min(1, f.length.selfBytes()));
        }
        return total;
    }

    /** Whether a frame of the type may end with "the rest of the input" rather than a length it says. */
    static boolean endsWithRest(TypeDecl decl) {
        if (decl instanceof ProtocolDecl p) {
            // a protocol's own length ends each of its frames, whatever the record's last value
            return p.length == null && p.variants.stream().anyMatch(Schemas::endsWithRest);
        }
        return ((RecordDecl) decl).endsWithRest;
    }

    static void notCanonical(TypeDecl decl, List<String> reasons) {
        if (decl instanceof ProtocolDecl p) {
            if (p.annotation.contains("Width.VARINT") || p.annotation.contains("Width.MQTT")
                    || p.annotation.contains("Width.LENENC")) {
                reasons.add("a varint tag or length may be written with more bytes than it needs");
            }
            p.variants.forEach(v -> notCanonical(v, reasons));
            return;
        }
        RecordDecl r = (RecordDecl) decl;
        if (r.aligned) {
            reasons.add("alignment bytes are skipped on decode");
        }
        if (r.padding > 0) {
            reasons.add("the record's @Padding bytes are skipped on decode");
        }
        for (Field f : r.fields) {
            f.kind.notCanonical(reasons);
            if (f.extra.stream().anyMatch(a -> a.startsWith("@Padding"))) {
                reasons.add("@Padding bytes are skipped on decode");
            }
            if (f.length != null && Extent.isVarint(f.length.width())) {
                reasons.add("a varint length may be written with more bytes than it needs");
            }
        }
    }

    static void notReencodable(TypeDecl decl, List<String> reasons) {
        if (decl instanceof ProtocolDecl p) {
            p.variants.forEach(v -> notReencodable(v, reasons));
            return;
        }
        for (Field f : ((RecordDecl) decl).fields) {
            f.kind.notReencodable(reasons);
        }
    }
}

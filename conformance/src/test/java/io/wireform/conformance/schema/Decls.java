package io.wireform.conformance.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The declarations of one generated schema, rendered to Java sources. */
public final class Decls {
    private Decls() {}

    static byte[] hexBytes(String hex) {
        String digits = hex.replace(" ", "");
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    /** A type of the schema: an enum, a record or a protocol. */
    public sealed interface TypeDecl permits EnumDecl, RecordDecl, ProtocolDecl {
        /** Simple name; for a record nested in a protocol, the record's own simple name. */
        String name();

        /** Binary name below the package: {@code Proto$Variant} for a nested record. */
        String binaryName();

        /** Source name below the package: {@code Proto.Variant}. */
        String sourceName();
    }

    /** One constant of a wire enum: its code, or none (a fallback without code). */
    public record Constant(String name, Long code, boolean fallback) {}

    public static final class EnumDecl implements TypeDecl {
        final String name;
        final int width;
        final List<Constant> constants = new ArrayList<>();

        EnumDecl(String name, int width) {
            this.name = name;
            this.width = width;
        }

        @Override public String name() { return name; }
        @Override public String binaryName() { return name; }
        @Override public String sourceName() { return name; }

        /** The constants a value may hold: those with a code. */
        List<Constant> encodable() {
            return constants.stream().filter(c -> c.code() != null).toList();
        }

        boolean hasFallback() {
            return constants.stream().anyMatch(Constant::fallback);
        }

        boolean fallbackWithoutCode() {
            return constants.stream().anyMatch(c -> c.fallback() && c.code() == null);
        }

        long maxCode() {
            return constants.stream().filter(c -> c.code() != null).mapToLong(Constant::code).max().orElse(0);
        }

        String source(String pkg) {
            StringBuilder s = new StringBuilder("package ").append(pkg).append(";\n\n")
                    .append("import io.wireform.annotations.*;\n\n")
                    .append("@WireEnum").append(width == 1 ? "" : "(bytes = " + width + ")").append('\n')
                    .append("public enum ").append(name).append(" {\n    ");
            List<String> parts = new ArrayList<>();
            for (Constant c : constants) {
                parts.add((c.code() != null ? "@Code(" + c.code() + (c.code() > Integer.MAX_VALUE ? "L" : "") + ") " : "")
                        + (c.fallback() ? "@Fallback " : "") + c.name());
            }
            return s.append(String.join(", ", parts)).append("\n}\n").toString();
        }
    }

    /** One record component. */
    public static final class Field {
        String name;
        final Kind kind;
        /** Annotations that are not the kind's: @Length, @Padding, @Order, @Bits, @Max. */
        final List<String> extra = new ArrayList<>();
        /** Bytes of the bit group this component starts (0 for others). */
        int groupBytes;
        int bitsWidth;
        /** Extra wire bytes an upper bound must count: padding, a length field, alignment. */
        int overhead;
        /**
         * Set when a later component takes its size or count from this one; for a component of a nested
         * record, a component of the record that nests it, which names this one by a path.
         */
        Field sizes;
        /**
         * Sized by alternatives, WebSocket's way: the selector (which is the size up to {@link #lengthSplit}) and
         * the selected component (whose record holds the size above it).
         */
        Field[] lengthChoice;
        long lengthSplit;
        /** On a nested record: its components that size later components of this record, by a path. */
        final List<Field> pathSizes = new ArrayList<>();
        /** Set when a later component's presence depends on this one. */
        boolean conditions;
        /** @Length on this component. */
        LengthSpec length;
        /** Set on a selector: the later component whose record its value chooses. */
        Field selects;
        /** A fallback's tag component: the tags of the protocol's other records, which it must not hold. */
        java.util.Set<Long> notTags;
        /** Values above this the record's constructor refuses (an integer component), or null. */
        Long refusedAbove;
        /** A member of the bit group a bit-field tag shares. */
        boolean inTagGroup;

        Field(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        public String name() { return name; }
        public Kind kind() { return kind; }

        String declaration() {
            List<String> all = new ArrayList<>(extra);
            if (length != null) {
                all.add(length.annotation());
            }
            kind.annotations(all);
            return String.join(" ", all) + (all.isEmpty() ? "" : " ") + kind.type() + " " + name;
        }
    }

    /** A @Length on a component. */
    public record LengthSpec(String width, String through, boolean includeSelf, int adjust, String order) {
        String annotation() {
            List<String> parts = new ArrayList<>();
            parts.add("value = Width." + width);
            if (through != null) {
                parts.add("through = \"" + through + "\"");
            }
            if (includeSelf) {
                parts.add("includeSelf = true");
            }
            if (adjust != 0) {
                parts.add("adjust = " + adjust);
            }
            return "@Length(" + String.join(", ", parts) + ")";
        }

        long max() {
            return Extent.maxOf(width);
        }

        int selfBytes() {
            return Extent.bytesOf(width);
        }
    }

    public static final class RecordDecl implements TypeDecl {
        final String name;
        /** The protocol it is a variant of, or null. */
        ProtocolDecl protocol;
        /** Whether a variant is written inside its protocol's source. */
        boolean nestedInProtocol = true;
        /** The @Message(...) annotation, or null for a variant without one. */
        String message;
        String magic;
        String end;
        String checksum;
        Long tag;
        /** The last value of a selected record's @Tag range, or null for one value. */
        Long tagTo;
        /** A @Fallback record of its protocol. */
        boolean fallback;
        final List<Field> fields = new ArrayList<>();
        /** Whether the record's frame may end with "the rest of the input". */
        boolean endsWithRest;
        /** Fixed length of the whole frame, or -1. */
        int fixedLength = -1;
        int checksumBytes;
        /** Whether the record is C_ALIGNED. */
        boolean aligned;
        /** Upper bound of the bytes magic, end, checksum, record padding and alignment add. */
        int overhead;
        /** Reserved bytes after the last component ({@code @Padding(n)} on the record), and their fill. */
        int padding;
        int paddingFill;

        RecordDecl(String name) {
            this.name = name;
        }

        @Override public String name() { return name; }

        @Override public String binaryName() {
            return protocol != null && nestedInProtocol ? protocol.name + "$" + name : name;
        }

        @Override public String sourceName() {
            return protocol != null && nestedInProtocol ? protocol.name + "." + name : name;
        }

        Field field(String fieldName) {
            for (Field f : fields) {
                if (f.name.equals(fieldName)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(fieldName);
        }

        String declaration(boolean nested) {
            StringBuilder s = new StringBuilder();
            if (magic != null) {
                s.append("@Magic(\"").append(magic).append("\") ");
            }
            if (end != null) {
                s.append("@End(\"").append(end).append("\") ");
            }
            if (checksum != null) {
                s.append(checksum).append(' ');
            }
            if (padding > 0) {
                s.append(paddingFill == 0 ? "@Padding(" + padding + ") "
                        : "@Padding(value = " + padding + ", fill = " + paddingFill + ") ");
            }
            if (fallback) {
                s.append("@Fallback ");
            } else if (tag != null && tagTo != null) {
                s.append("@Tag(value = ").append(literal(tag)).append(", to = ").append(literal(tagTo)).append(") ");
            } else if (tag != null) {
                s.append("@Tag(").append(literal(tag)).append(") ");
            }
            if (message != null) {
                s.append(message).append(' ');
            }
            s.append(nested ? "" : "public ").append("record ").append(name).append('(');
            List<String> components = new ArrayList<>();
            for (Field f : fields) {
                components.add(f.declaration());
            }
            s.append(String.join(",\n        ", components)).append(')');
            if (protocol != null) {
                s.append(" implements ").append(protocol.name);
            }
            for (Field f : fields) {
                if (f.refusedAbove != null) {
                    // the record checks an invariant, as records do: decode must make its refusal a decode error
                    String limit = f.refusedAbove + (f.kind.type().equals("long") ? "L" : "");
                    return s.append(" {\n        public ").append(name).append(" {\n            if (").append(f.name)
                            .append(" > ").append(limit).append(") {\n                throw new IllegalArgumentException(\"")
                            .append(f.name).append(" above ").append(f.refusedAbove).append(": \" + ").append(f.name)
                            .append(");\n            }\n        }\n    }").toString();
                }
            }
            return s.append(" {}").toString();
        }

        String source(String pkg) {
            return "package " + pkg + ";\n\nimport io.wireform.annotations.*;\n\n" + declaration(false) + "\n";
        }

        /** Whether a selector value chooses this record (a fallback: none of its siblings'). */
        boolean chosenBy(long value) {
            if (fallback) {
                return protocol.variants.stream().noneMatch(v -> v != this && v.chosenBy(value));
            }
            return tagTo == null ? tag == value : tag <= value && value <= tagTo;
        }
    }

    static String literal(long value) {
        return value + (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? "L" : "");
    }

    public static final class ProtocolDecl implements TypeDecl {
        final String name;
        String annotation;
        boolean untagged;
        /** @Protocol(selected = true): records chosen by an earlier component. */
        boolean selected;
        /** @Protocol(length = ...), or null. */
        LengthSpec length;
        /** The tag's width, bits and byte order: what an unknown frame is made of. */
        String tagWidth;
        int tagBits;
        boolean little;
        /** Resync.SKIP_UNKNOWN on the protocol. */
        boolean skipUnknown;
        final List<RecordDecl> variants = new ArrayList<>();

        ProtocolDecl(String name) {
            this.name = name;
        }

        @Override public String name() { return name; }
        @Override public String binaryName() { return name; }
        @Override public String sourceName() { return name; }

        String source(String pkg) {
            StringBuilder s = new StringBuilder("package ").append(pkg).append(";\n\n")
                    .append("import io.wireform.annotations.*;\n\n")
                    .append(annotation).append('\n')
                    .append("public sealed interface ").append(name).append(" permits ");
            List<String> permits = new ArrayList<>();
            for (RecordDecl v : variants) {
                permits.add(v.sourceName());
            }
            s.append(String.join(", ", permits)).append(" {\n");
            for (RecordDecl v : variants) {
                if (v.nestedInProtocol) {
                    s.append("    ").append(v.declaration(true).replace("\n", "\n    ")).append("\n");
                }
            }
            return s.append("}\n").toString();
        }
    }

    /** A generated schema: its package, its types and the one under test. */
    public static final class Schema {
        public final long seed;
        public final String pkg;
        final List<TypeDecl> types = new ArrayList<>();
        TypeDecl root;
        /** Why decode then encode may not give the same bytes; empty when it must. */
        final List<String> notCanonical = new ArrayList<>();
        /** Why a decoded value may not encode again; empty when it must. */
        final List<String> notReencodable = new ArrayList<>();

        Schema(long seed, String pkg) {
            this.seed = seed;
            this.pkg = pkg;
        }

        public TypeDecl root() {
            return root;
        }

        public boolean canonical() {
            return notCanonical.isEmpty();
        }

        public boolean reencodable() {
            return notReencodable.isEmpty();
        }

        public List<String> notCanonical() {
            return notCanonical;
        }

        /** Whether frames of the root carry a magic, an end marker or a checksum: what resync works with. */
        public boolean markedOrChecked() {
            List<RecordDecl> records = root instanceof ProtocolDecl p ? p.variants : List.of((RecordDecl) root);
            return records.stream().anyMatch(r -> r.magic != null || r.end != null || r.checksum != null);
        }

        /** Whether the root's frames say their own length: no rest-of-input value, no streamed payload. */
        public boolean selfDelimiting() {
            List<RecordDecl> records = root instanceof ProtocolDecl p ? p.variants : List.of((RecordDecl) root);
            return !Schemas.endsWithRest(root) && records.stream()
                    .noneMatch(r -> r.fields.stream().anyMatch(f -> f.kind instanceof Kind.PayloadKind));
        }

        /**
         * Whether a record of the root ends with a streamed {@code @Remaining} payload inside a length
         * region (its own or its protocol's), whose length then says where the payload ends.
         */
        public boolean streamsRegionPayload() {
            List<RecordDecl> records = root instanceof ProtocolDecl p ? p.variants : List.of((RecordDecl) root);
            return !Schemas.endsWithRest(root) && records.stream().anyMatch(r -> !r.fields.isEmpty()
                    && r.fields.get(r.fields.size() - 1).kind instanceof Kind.PayloadKind k
                    && k.extent instanceof Extent.Remaining
                    && (r.protocol != null && r.protocol.length != null || r.fields.stream().anyMatch(f -> f.length != null
                    && (f.length.through() == null || f.length.through().equals(r.fields.get(r.fields.size() - 1).name)))));
        }

        /** Source files by binary class name. */
        public Map<String, String> sources() {
            Map<String, String> sources = new LinkedHashMap<>();
            for (TypeDecl t : types) {
                if (t instanceof EnumDecl e) {
                    sources.put(pkg + "." + e.name, e.source(pkg));
                } else if (t instanceof ProtocolDecl p) {
                    sources.put(pkg + "." + p.name, p.source(pkg));
                } else if (t instanceof RecordDecl r && (r.protocol == null || !r.nestedInProtocol)) {
                    sources.put(pkg + "." + r.name, r.source(pkg));
                }
            }
            return sources;
        }

        /** All sources as one text, for failure reports. */
        public String text() {
            StringBuilder s = new StringBuilder();
            sources().forEach((name, text) -> s.append("// ").append(name.replace('.', '/')).append(".java\n")
                    .append(text).append('\n'));
            return s.toString();
        }

        /** The codec class of the root type. */
        public String rootCodec() {
            return pkg + "." + root.binaryName().replace('$', '_') + "Codec";
        }

        public String rootReader() {
            return pkg + "." + root.binaryName().replace('$', '_') + "Reader";
        }
    }
}

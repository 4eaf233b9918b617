package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.EnumDecl;
import io.wireform.conformance.schema.Decls.TypeDecl;
import io.wireform.runtime.Payload;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a record component holds: how it is declared (Java type and annotations), which values are
 * valid by the documentation, what decode gives back for them, and an upper bound of their bytes.
 */
public abstract class Kind {

    /** The Java type as declared. */
    abstract String type();

    /** The type inside a List or Optional. */
    String boxed() {
        return type();
    }

    /** Appends the annotations that describe the value. */
    abstract void annotations(List<String> out);

    /** A random value valid by the documentation. {@code size} scales lengths and counts: 0 for the smallest. */
    abstract Object value(Values g, int size);

    /** What decode gives back for a value encode accepted. */
    Object expected(Object value) {
        return value;
    }

    /** Most bytes the value takes on the wire. */
    abstract long maxBytes(Object value, Values g);

    /** Fixed wire size, or -1. */
    int fixedSize() {
        return -1;
    }

    /** Least bytes any value takes. */
    int minBytes() {
        return Math.max(0, fixedSize());
    }

    /** Whether the value ends with "the rest of the frame". */
    boolean takesRest() {
        return false;
    }

    /** Reasons decode then encode may not give the same bytes. */
    void notCanonical(List<String> reasons) {}

    /** Reasons a decoded value may not encode again. */
    void notReencodable(List<String> reasons) {}

    static String constAnnotation(long value) {
        return "@Const(" + literal(value) + ")";
    }

    /** A long as Java source: an L where it needs one; the least long, which no literal negates to, as a sum. */
    static String literal(long value) {
        return value == Long.MIN_VALUE ? "-9223372036854775807L - 1"
                : value + (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? "L" : "");
    }

    // ------------------------------------------------------------------------------------ numbers

    /** An integer: fixed width, varint or bit field. */
    static final class Int extends Kind {
        final String javaType;
        final String annotation;
        final long min;
        final long max;
        /** Bytes on the wire, 0 for a varint or a bit field. */
        final int wireBytes;
        final boolean varint;
        String order;
        /** The value @Const fixes, or null. */
        Long constant;
        /** The values @Range allows, from {@code rangeFrom} to {@code rangeTo}, or null for any. */
        Long rangeFrom;
        Long rangeTo;

        Int(String javaType, String annotation, long min, long max, int wireBytes, boolean varint) {
            this.javaType = javaType;
            this.annotation = annotation;
            this.min = min;
            this.max = max;
            this.wireBytes = wireBytes;
            this.varint = varint;
        }

        @Override String type() { return javaType; }

        @Override String boxed() {
            return switch (javaType) {
                case "byte" -> "Byte";
                case "short" -> "Short";
                case "int" -> "Integer";
                default -> "Long";
            };
        }

        @Override void annotations(List<String> out) {
            if (order != null) {
                out.add("@Order(Endian." + order + ")");
            }
            if (!annotation.isEmpty()) {
                out.add(annotation);
            }
            if (constant != null) {
                out.add(constAnnotation(constant));
            }
            if (rangeFrom != null) {
                out.add("@Range(from = " + literal(rangeFrom) + ", to = " + literal(rangeTo) + ")");
            }
        }

        @Override Object value(Values g, int size) {
            return box(constant != null ? constant : rangeFrom != null ? g.between(rangeFrom, rangeTo) : g.between(min, max));
        }

        Object box(long v) {
            return switch (javaType) {
                case "byte" -> (byte) v;
                case "short" -> (short) v;
                case "int" -> (int) v;
                default -> v;
            };
        }

        @Override long maxBytes(Object value, Values g) {
            return varint ? 10 : wireBytes;
        }

        @Override int fixedSize() {
            return varint ? -1 : wireBytes;
        }

        @Override int minBytes() {
            return varint ? 1 : wireBytes;
        }

        @Override void notCanonical(List<String> reasons) {
            if (varint) {
                reasons.add("a varint may be written with more bytes than it needs");
            }
        }

        /** Bits of the value on the wire, for @When(bit = n). */
        int wireBits() {
            return 8 * wireBytes;
        }
    }

    static final class Float extends Kind {
        final boolean isDouble;
        /** A @Half float: binary16, 2 bytes. */
        final boolean half;
        String order;

        Float(boolean isDouble) {
            this(isDouble, false);
        }

        Float(boolean isDouble, boolean half) {
            this.isDouble = isDouble;
            this.half = half && !isDouble;
        }

        @Override String type() { return isDouble ? "double" : "float"; }
        @Override String boxed() { return isDouble ? "Double" : "Float"; }

        @Override void annotations(List<String> out) {
            if (order != null) {
                out.add("@Order(Endian." + order + ")");
            }
            if (half) {
                out.add("@Half");
            }
        }

        @Override Object value(Values g, int size) {
            int pick = g.random.nextInt(10);
            if (half) {
                // values a half holds exactly: what encode then decode gives back unchanged
                int bits = switch (pick) {
                    case 0 -> 0x7BFF; // 65504, the largest
                    case 1 -> 0x0001; // the smallest subnormal
                    case 2 -> 0x8000; // -0
                    case 3 -> 0xFC00; // -infinity
                    case 4 -> 0x7E00; // NaN
                    case 5 -> 0x03FF; // the largest subnormal
                    default -> g.random.nextInt(0x10000);
                };
                return halfToFloat(bits);
            }
            if (isDouble) {
                return switch (pick) {
                    case 0 -> Double.longBitsToDouble(g.random.nextLong());
                    case 1 -> Double.NaN;
                    case 2 -> -0.0d;
                    case 3 -> Double.NEGATIVE_INFINITY;
                    default -> g.random.nextGaussian() * 1000;
                };
            }
            return switch (pick) {
                case 0 -> java.lang.Float.intBitsToFloat(g.random.nextInt());
                case 1 -> java.lang.Float.NaN;
                case 2 -> -0.0f;
                case 3 -> java.lang.Float.POSITIVE_INFINITY;
                default -> (float) (g.random.nextGaussian() * 1000);
            };
        }

        @Override long maxBytes(Object value, Values g) { return isDouble ? 8 : half ? 2 : 4; }
        @Override int fixedSize() { return isDouble ? 8 : half ? 2 : 4; }

        @Override void notCanonical(List<String> reasons) {
            if (half) {
                reasons.add("a half's signalling NaN is written back quiet");
            }
        }

        /** The float of a binary16's bits, computed here from IEEE 754 rather than by the runtime. */
        static float halfToFloat(int bits) {
            int exponent = (bits >> 10) & 0x1F;
            int mantissa = bits & 0x3FF;
            float magnitude = exponent == 0x1F ? (mantissa == 0 ? java.lang.Float.POSITIVE_INFINITY : java.lang.Float.NaN)
                    : exponent == 0 ? Math.scalb((float) mantissa, -24)
                    : Math.scalb(1f + mantissa / 1024f, exponent - 15);
            return (bits & 0x8000) != 0 ? -magnitude : magnitude;
        }
    }

    static final class Bool extends Kind {
        final boolean bit;

        Bool(boolean bit) {
            this.bit = bit;
        }

        /** 0 or 1 when @Const fixes it, else null. */
        Long constant;

        @Override String type() { return "boolean"; }
        @Override String boxed() { return "Boolean"; }

        @Override void annotations(List<String> out) {
            if (constant != null) {
                out.add(constAnnotation(constant));
            }
        }

        @Override Object value(Values g, int size) {
            return constant != null ? constant == 1 : g.random.nextBoolean();
        }
        @Override long maxBytes(Object value, Values g) { return bit ? 0 : 1; }
        @Override int fixedSize() { return bit ? 0 : 1; }

        @Override void notCanonical(List<String> reasons) {
            if (!bit) {
                reasons.add("a boolean reads any non-zero byte as true");
            }
        }
    }

    static final class Enum extends Kind {
        final EnumDecl decl;
        String order;
        /** Bit width when a bit field, else 0. */
        int bits;
        /** The code @Const fixes, or null. */
        Long constant;

        Enum(EnumDecl decl) {
            this.decl = decl;
        }

        @Override String type() { return decl.name; }

        @Override void annotations(List<String> out) {
            if (order != null) {
                out.add("@Order(Endian." + order + ")");
            }
            if (constant != null) {
                out.add(constAnnotation(constant));
            }
        }

        @Override Object value(Values g, int size) {
            if (constant != null) {
                return g.constant(decl, decl.encodable().stream().filter(c -> c.code().equals(constant)).findFirst()
                        .orElseThrow().name());
            }
            List<Decls.Constant> codes = decl.encodable();
            return g.constant(decl, codes.get(g.random.nextInt(codes.size())).name());
        }

        @Override long maxBytes(Object value, Values g) { return bits > 0 ? 0 : decl.width; }
        @Override int fixedSize() { return bits > 0 ? 0 : decl.width; }

        @Override void notCanonical(List<String> reasons) {
            if (decl.hasFallback()) {
                reasons.add("unknown codes of " + decl.name + " decode to its fallback");
            }
        }

        @Override void notReencodable(List<String> reasons) {
            if (decl.fallbackWithoutCode()) {
                reasons.add(decl.name + "'s fallback has no code to encode");
            }
        }
    }

    // ------------------------------------------------------------------------------- byte strings

    /** A byte[] or a String. */
    static final class Bytes extends Kind {
        final Extent extent;
        /** The charset name as written in @Charset, null for UTF-8 by default, or for byte[]. */
        final String charsetName;
        final boolean string;
        final long max;
        final Charset charset;

        Bytes(Extent extent, boolean string, String charsetName, long max) {
            this.extent = extent;
            this.string = string;
            this.charsetName = charsetName;
            this.max = max;
            this.charset = charsetName == null ? java.nio.charset.StandardCharsets.UTF_8 : Charset.forName(charsetName);
        }

        @Override String type() { return string ? "String" : "byte[]"; }

        @Override void annotations(List<String> out) {
            if (max >= 0) {
                out.add("@Max(" + max + ")");
            }
            if (charsetName != null) {
                out.add("@Charset(\"" + charsetName + "\")");
            }
            out.add(Extent.annotation(extent, false));
        }

        /** The most bytes a value may have. */
        long limit(int size) {
            long limit = Extent.limit(extent);
            if (max >= 0) {
                limit = Math.min(limit, max);
            }
            return Math.min(limit, size == 0 ? 0 : 3L + 12L * size);
        }

        @Override Object value(Values g, int size) {
            long limit = limit(size);
            for (int attempt = 0; ; attempt++) {
                int length = (int) g.length(extent instanceof Extent.Fixed f && !string && attempt < 50
                        ? Math.min(limit, f.size()) : limit);
                if (extent instanceof Extent.Fixed f && !string && g.random.nextInt(4) != 0) {
                    length = f.size(); // mostly full, sometimes shorter: padded on encode
                }
                byte[] bytes = string ? g.text(charset, length, extent instanceof Extent.SizedBy) : g.bytes(length, this);
                if (string && bytes.length > limit) {
                    continue;
                }
                if (string && extent instanceof Extent.SizedBy && bytes.length != length) {
                    continue;
                }
                if (valid(bytes)) {
                    return string ? new String(bytes, charset) : bytes;
                }
                if (attempt > 200) {
                    return string ? "" : new byte[0];
                }
            }
        }

        /** Whether the documentation says these value bytes can be encoded and read back as they are. */
        boolean valid(byte[] bytes) {
            if (extent instanceof Extent.Terminated t) {
                return Values.indexOf(bytes, t.delimiter(), 0) < 0;
            }
            if (extent instanceof Extent.Fixed f && string) {
                return bytes.length == 0 || (bytes[bytes.length - 1] & 0xFF) != f.pad();
            }
            return true;
        }

        /** Whether the documentation leaves it open whether encode accepts it: the delimiter overlaps the value's end. */
        boolean edge(Object value) {
            if (extent instanceof Extent.Terminated t) {
                byte[] bytes = encoded(value);
                byte[] all = Arrays.copyOf(bytes, bytes.length + t.delimiter().length);
                System.arraycopy(t.delimiter(), 0, all, bytes.length, t.delimiter().length);
                return Values.indexOf(all, t.delimiter(), 0) != bytes.length;
            }
            return false;
        }

        byte[] encoded(Object value) {
            return string ? ((String) value).getBytes(charset) : (byte[]) value;
        }

        @Override Object expected(Object value) {
            if (!string && extent instanceof Extent.Fixed f) {
                byte[] bytes = (byte[]) value;
                byte[] padded = Arrays.copyOf(bytes, f.size());
                Arrays.fill(padded, bytes.length, f.size(), (byte) f.pad());
                return padded;
            }
            return value;
        }

        @Override long maxBytes(Object value, Values g) {
            int length = encoded(value).length;
            if (extent instanceof Extent.Fixed f) {
                return f.size();
            }
            if (extent instanceof Extent.Prefixed p) {
                return p.bytes() + length;
            }
            if (extent instanceof Extent.Terminated t) {
                return length + t.delimiter().length;
            }
            return length;
        }

        @Override int fixedSize() {
            return extent instanceof Extent.Fixed f ? f.size() : -1;
        }

        @Override int minBytes() {
            if (extent instanceof Extent.Fixed f) {
                return f.size();
            }
            if (extent instanceof Extent.Prefixed p) {
                return p.varint() ? 1 : p.bytes();
            }
            return extent instanceof Extent.Terminated t ? t.delimiter().length : 0;
        }

        @Override boolean takesRest() {
            return extent instanceof Extent.Remaining;
        }

        @Override void notCanonical(List<String> reasons) {
            if (extent instanceof Extent.Prefixed p && p.varint()) {
                reasons.add("a varint prefix may be written with more bytes than it needs");
            }
            if (string && charset.name().equals("UTF-16")) {
                reasons.add("UTF-16 reads either byte order mark and writes the big-endian one");
            }
        }
    }

    // --------------------------------------------------------------------------------------- lists

    static final class ListOf extends Kind {
        final Kind element;
        final Extent extent;
        final long max;

        ListOf(Kind element, Extent extent, long max) {
            this.element = element;
            this.extent = extent;
            this.max = max;
        }

        @Override String type() { return "java.util.List<" + element.boxed() + ">"; }

        @Override void annotations(List<String> out) {
            if (max >= 0) {
                out.add("@Max(" + max + ")");
            }
            if (!(extent instanceof Extent.Derived)) {
                out.add(Extent.annotation(extent, true));
            }
            element.annotations(out);
        }

        long limit(int size) {
            long limit = Extent.limit(extent);
            if (max >= 0) {
                limit = Math.min(limit, max);
            }
            return Math.min(limit, size == 0 ? 0 : 1L + 2L * size);
        }

        @Override Object value(Values g, int size) {
            int count = extent instanceof Extent.Fixed f ? f.size() : (int) g.length(limit(size));
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Object item = element.value(g, Math.max(0, size - 1));
                // a terminated list holds no element that starts with its delimiter, which would end it
                for (int attempt = 0; attempt < 20 && startsWithDelimiter(item); attempt++) {
                    item = element.value(g, Math.max(0, size - 1));
                }
                if (!startsWithDelimiter(item)) {
                    items.add(item);
                }
            }
            return List.copyOf(items);
        }

        /**
         * Whether an integer element may start with the delimiter of a terminated list: its first byte in either
         * byte order is the delimiter's first byte (the generator offers terminated lists of fixed-width
         * integers only).
         */
        private boolean startsWithDelimiter(Object item) {
            if (!(extent instanceof Extent.Terminated t)) {
                return false;
            }
            long v = ((Number) item).longValue();
            int first = t.delimiter()[0] & 0xFF;
            int width = ((Int) element).wireBytes;
            return (v & 0xFF) == first || (v >>> (8 * (width - 1)) & 0xFF) == first;
        }

        @Override Object expected(Object value) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(element.expected(item));
            }
            return items;
        }

        @Override long maxBytes(Object value, Values g) {
            long total = extent instanceof Extent.Prefixed p ? p.bytes()
                    : extent instanceof Extent.Terminated t ? t.delimiter().length : 0;
            for (Object item : (List<?>) value) {
                total += element.maxBytes(item, g);
            }
            return total;
        }

        @Override int fixedSize() {
            return extent instanceof Extent.Fixed f && element.fixedSize() >= 0 ? f.size() * element.fixedSize() : -1;
        }

        @Override int minBytes() {
            if (extent instanceof Extent.Fixed f) {
                return f.size() * element.minBytes();
            }
            if (extent instanceof Extent.Terminated t) {
                return t.delimiter().length;
            }
            return extent instanceof Extent.Prefixed p ? (p.varint() ? 1 : p.bytes()) : 0;
        }

        @Override boolean takesRest() {
            return extent instanceof Extent.Remaining;
        }

        @Override void notCanonical(List<String> reasons) {
            element.notCanonical(reasons);
            if (extent instanceof Extent.Prefixed p && p.varint() || extent instanceof Extent.Derived d && d.varint()) {
                reasons.add("a varint count may be written with more bytes than it needs");
            }
        }

        @Override void notReencodable(List<String> reasons) {
            element.notReencodable(reasons);
        }
    }

    // ------------------------------------------------------------------------- nested and optional

    /** A nested @Message record or @Protocol interface. */
    static final class Nested extends Kind {
        final TypeDecl decl;

        Nested(TypeDecl decl) {
            this.decl = decl;
        }

        @Override String type() { return decl.sourceName(); }
        @Override void annotations(List<String> out) {}
        @Override Object value(Values g, int size) { return g.value(decl, size); }
        @Override Object expected(Object value) { return Values.expected(decl, value); }
        @Override long maxBytes(Object value, Values g) { return g.maxBytes(decl, value); }

        @Override int fixedSize() {
            return decl instanceof Decls.RecordDecl r ? r.fixedLength : -1;
        }

        @Override int minBytes() {
            return Schemas.minBytes(decl);
        }

        @Override boolean takesRest() {
            return Schemas.endsWithRest(decl);
        }

        @Override void notCanonical(List<String> reasons) {
            Schemas.notCanonical(decl, reasons);
        }

        @Override void notReencodable(List<String> reasons) {
            Schemas.notReencodable(decl, reasons);
        }
    }

    /** A text read and written by the hand-written {@link UsingCodecs.Pascal} ({@code @Using}). */
    static final class Using extends Kind {
        @Override String type() { return "String"; }

        @Override void annotations(List<String> out) {
            out.add("@Using(" + UsingCodecs.Pascal.class.getCanonicalName() + ".class)");
        }

        @Override Object value(Values g, int size) {
            for (int attempt = 0; ; attempt++) {
                byte[] text = g.text(java.nio.charset.StandardCharsets.UTF_8,
                        (int) g.length(Math.min(255, size == 0 ? 0 : 3L + 12L * size)), false);
                if (text.length <= 255 || attempt > 100) {
                    return text.length <= 255 ? new String(text, java.nio.charset.StandardCharsets.UTF_8) : "";
                }
            }
        }

        @Override long maxBytes(Object value, Values g) {
            return 1 + ((String) value).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }

        @Override int minBytes() {
            return 1;
        }
    }

    /** A component of a @Protocol(selected = true) type, chosen by an earlier component. */
    static final class Selected extends Kind {
        final Decls.ProtocolDecl decl;
        final String selector;

        Selected(Decls.ProtocolDecl decl, String selector) {
            this.decl = decl;
            this.selector = selector;
        }

        @Override String type() { return decl.sourceName(); }

        @Override void annotations(List<String> out) {
            out.add("@SelectedBy(\"" + selector + "\")");
        }

        @Override Object value(Values g, int size) { return g.value(decl, size); }
        @Override Object expected(Object value) { return Values.expected(decl, value); }
        @Override long maxBytes(Object value, Values g) { return g.maxBytes(decl, value); }

        @Override int minBytes() {
            return Schemas.minBytes(decl);
        }

        @Override boolean takesRest() {
            return Schemas.endsWithRest(decl);
        }

        @Override void notCanonical(List<String> reasons) {
            Schemas.notCanonical(decl, reasons);
        }

        @Override void notReencodable(List<String> reasons) {
            Schemas.notReencodable(decl, reasons);
        }
    }

    static final class Opt extends Kind {
        final Kind inner;
        final Condition condition;

        Opt(Kind inner, Condition condition) {
            this.inner = inner;
            this.condition = condition;
        }

        @Override String type() { return "java.util.Optional<" + inner.boxed() + ">"; }

        @Override void annotations(List<String> out) {
            out.add(condition.annotation());
            inner.annotations(out);
        }

        @Override Object value(Values g, int size) {
            throw new UnsupportedOperationException("an Optional's value depends on its condition");
        }

        Object value(Values g, int size, boolean present) {
            return present ? Optional.of(inner.value(g, size)) : Optional.empty();
        }

        @Override Object expected(Object value) {
            return ((Optional<?>) value).map(inner::expected);
        }

        @Override long maxBytes(Object value, Values g) {
            return ((Optional<?>) value).map(v -> inner.maxBytes(v, g)).orElse(0L);
        }

        @Override boolean takesRest() {
            return inner.takesRest();
        }

        @Override void notCanonical(List<String> reasons) {
            inner.notCanonical(reasons);
        }

        @Override void notReencodable(List<String> reasons) {
            inner.notReencodable(reasons);
        }
    }

    /** A byte[] or String behind a prefix whose marker (all ones, or FB for LENENC) is Optional.empty(). */
    static final class Nullable extends Kind {
        final Bytes inner;
        final Extent.Prefixed prefix;

        Nullable(Bytes inner) {
            this.inner = inner;
            this.prefix = (Extent.Prefixed) inner.extent;
        }

        @Override String type() { return "java.util.Optional<" + inner.boxed() + ">"; }

        @Override void annotations(List<String> out) {
            List<String> own = new ArrayList<>();
            inner.annotations(own);
            String plain = Extent.annotation(prefix, false);
            for (String a : own) {
                out.add(a.equals(plain) ? plain.replace("@Prefixed(Width." + prefix.width() + ")",
                        "@Prefixed(value = Width." + prefix.width() + ", nullable = true)") : a);
            }
        }

        @Override Object value(Values g, int size) {
            if (g.random.nextInt(3) == 0) {
                return Optional.empty();
            }
            Object value = inner.value(g, size);
            // the marker is no length: a fixed width's longest value is one below it
            boolean marker = !prefix.varint() && inner.encoded(value).length == Extent.maxOf(prefix.width());
            return marker ? Optional.empty() : Optional.of(value);
        }

        @Override Object expected(Object value) {
            return ((Optional<?>) value).map(inner::expected);
        }

        @Override long maxBytes(Object value, Values g) {
            return ((Optional<?>) value).map(v -> inner.maxBytes(v, g)).orElse((long) markerBytes());
        }

        int markerBytes() {
            return prefix.varint() ? 1 : prefix.bytes();
        }

        @Override int minBytes() {
            return 1;
        }

        @Override void notCanonical(List<String> reasons) {
            inner.notCanonical(reasons);
        }
    }

    static final class PayloadKind extends Kind {
        final Extent extent;
        final long max;

        PayloadKind(Extent extent, long max) {
            this.extent = extent;
            this.max = max;
        }

        @Override String type() { return "io.wireform.runtime.Payload"; }

        @Override void annotations(List<String> out) {
            if (max >= 0) {
                out.add("@Max(" + max + ")");
            }
            out.add(Extent.annotation(extent, false));
        }

        @Override Object value(Values g, int size) {
            long limit = size == 0 ? 0 : 3L + 40L * size;
            if (extent instanceof Extent.Prefixed p) {
                limit = Math.min(limit, p.max());
            }
            if (max >= 0) {
                limit = Math.min(limit, max);
            }
            return Payload.of(g.bytes((int) g.length(limit), null));
        }

        @Override long maxBytes(Object value, Values g) {
            return ((Payload) value).length() + (extent instanceof Extent.Prefixed p ? p.bytes() : 0);
        }

        @Override boolean takesRest() {
            return extent instanceof Extent.Remaining;
        }

        @Override void notCanonical(List<String> reasons) {
            if (extent instanceof Extent.Prefixed p && p.varint()) {
                reasons.add("a varint prefix may be written with more bytes than it needs");
            }
        }
    }
}

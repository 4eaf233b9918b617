package io.wireform.conformance.schema;

/** Where a byte[], String, List or Payload ends. */
public sealed interface Extent {
    record Fixed(int size, int pad) implements Extent {}

    record Prefixed(String width, String order) implements Extent {
        long max() {
            return maxOf(width);
        }

        int bytes() {
            return bytesOf(width);
        }

        boolean varint() {
            return isVarint(width);
        }
    }

    /** Whether a {@code Width} is variable-length: LEB128, MQTT's or a length-encoded integer. */
    static boolean isVarint(String width) {
        return width.equals("VARINT") || width.equals("MQTT") || width.equals("LENENC");
    }

    /** Sized or counted by the component named {@code ref}, whose range allows at most {@code max}. */
    record SizedBy(String ref, long max) implements Extent {}

    record Terminated(byte[] delimiter) implements Extent {}

    /**
     * A list counted by a derived {@code @CountOf(width)} on the component {@code holder}: the list itself or an
     * earlier one, which carries the annotation.
     */
    record Derived(String width) implements Extent {
        boolean varint() {
            return width.equals("VARINT") || width.equals("MQTT");
        }
    }

    record Remaining() implements Extent {}

    /** The most bytes or elements an extent allows. */
    static long limit(Extent extent) {
        if (extent instanceof Extent.Fixed f) {
            return f.size();
        }
        if (extent instanceof Extent.Prefixed p) {
            return p.max();
        }
        if (extent instanceof Extent.Derived d) {
            return maxOf(d.width());
        }
        return extent instanceof Extent.SizedBy s ? s.max() : Long.MAX_VALUE;
    }

    static String annotation(Extent extent, boolean list) {
        if (extent instanceof Extent.Fixed f) {
            return list ? "@Count(" + f.size() + ")"
                    : "@Fixed(" + (f.pad() == 0 ? f.size() + "" : "value = " + f.size() + ", pad = " + f.pad()) + ")";
        }
        if (extent instanceof Extent.Prefixed p) {
            return (p.order() != null ? "@Order(Endian." + p.order() + ") " : "") + "@Prefixed(Width." + p.width() + ")";
        }
        if (extent instanceof Extent.SizedBy s) {
            if (s.ref().startsWith("{")) {
                return (list ? "@CountedBy(" : "@SizedBy(") + s.ref() + ")"; // alternatives
            }
            return (list ? "@CountedBy(\"" : "@SizedBy(\"") + s.ref() + "\")";
        }
        if (extent instanceof Extent.Derived) {
            return ""; // the @CountOf is on the component that holds it
        }
        if (extent instanceof Extent.Terminated t) {
            return "@Terminated(\"" + Values.hex(t.delimiter()) + "\")";
        }
        return "@Remaining";
    }

    /** The largest number a {@code Width} carries. */
    static long maxOf(String width) {
        return switch (width) {
            case "UINT8" -> 0xFF;
            case "UINT16" -> 0xFFFF;
            case "UINT24" -> 0xFF_FFFF;
            case "UINT32" -> 0xFFFF_FFFFL;
            case "MQTT" -> 268_435_455;
            default -> Long.MAX_VALUE;
        };
    }

    /** Bytes a number of a {@code Width} takes: at most 10 for a varint. */
    static int bytesOf(String width) {
        return switch (width) {
            case "UINT8" -> 1;
            case "UINT16" -> 2;
            case "UINT24" -> 3;
            case "UINT32" -> 4;
            case "UINT64" -> 8;
            default -> 10;
        };
    }
}

package io.wireform.conformance.dissector;

import io.wireform.conformance.dissector.Expected.Row;
import io.wireform.conformance.dissector.Expected.Value;
import io.wireform.runtime.explain.Explanation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dissector's tree of one frame against the codec's explanation of it: every row the codec reads
 * (component, list element, tag, length, checksum, marker, padding) is an item of the dissector of
 * the same name within the row's bytes, showing the same value; every item that shows a value is one
 * of those rows. What Wireshark cannot show exactly is compared as it shows it (see {@link #same}).
 */
final class Compare {
    private static final BigInteger MOD64 = BigInteger.ONE.shiftLeft(64);

    /** Items that show a part of a row's bytes rather than a row: prefixes, terminators. */
    private static final List<String> PARTS = List.of("_count", "_length", "_end");

    private final String proto;
    /** What disagrees, one {kind, detail} pair each. */
    final List<String[]> differences = new ArrayList<>();
    /** Rows compared with an item. */
    int fields;
    /** Rows in the bytes a @Using value took to the end of its region. */
    int inUsing;

    Compare(String proto) {
        this.proto = proto;
    }

    /** Compares the rows of a frame that decoded with the items under {@code frame}. */
    void frame(Shown.Node frame, List<Row> rows) {
        List<Shown.Node> items = frame.all().subList(1, frame.all().size());
        items.removeIf(n -> n.name.startsWith("_ws.") || expertField(n.name));
        int usingEnd = -1;
        for (Row row : rows) {
            if (row.value() instanceof Expected.Absent && row.length() == 0) {
                continue; // an optional component not on the wire
            }
            if (row.offset() + row.length() <= usingEnd) {
                // documented: a @Using value whose end is not known takes the rest of its region, and with it
                // the later fields there (README, "What a dissector checks")
                inUsing++;
                continue;
            }
            Shown.Node item = find(items, row);
            if (item == null) {
                item = items.stream().filter(n -> !n.claimed && n.pos == row.offset() && n.size > row.length()
                        && n.showname.contains("(decoded by ") && n.name.endsWith("." + expectedName(row)))
                        .findFirst().orElse(null);
                if (item != null) {
                    item.claimed = true;
                    fields++;
                    usingEnd = item.pos + item.size;
                    if (!item.value.startsWith(row.bytes())) {
                        differences.add(new String[] {"an item shows another value than decode's (FieldCodec)",
                                row.path() + ": raw bytes " + item.value + ", decode read " + row.bytes()});
                    }
                    continue;
                }
            }
            if (item == null) {
                differences.add(new String[] {"no item for a row of decode's (" + kind(row.value()) + ")", "no item "
                        + expectedName(row) + " within bytes " + row.offset() + ".." + (row.offset() + row.length())
                        + " for " + row.path() + " = " + show(row.value())});
                continue;
            }
            item.claimed = true;
            fields++;
            String difference = same(row, item, rows);
            if (difference != null) {
                differences.add(new String[] {"an item shows another value than decode's (" + kind(row.value()) + ")",
                        row.path() + ": " + difference});
            }
        }
        for (Shown.Node item : items) {
            // a tag no record has, which the protocol's @Fallback record holds as its own bits, is shown as such
            boolean fallbackTag = item.name.endsWith(".tag") && item.showname.contains(": Unknown (");
            if (!item.claimed && PARTS.stream().noneMatch(item.name::endsWith) && !fallbackTag) {
                differences.add(new String[] {"an item is no row of decode's", "item " + item.name + " @" + item.pos
                        + "+" + item.size + " (" + item.showname + ")"});
            }
        }
    }

    private boolean expertField(String name) {
        return name.startsWith(proto + ".") && (Shown.PROBLEMS.contains(name.substring(proto.length() + 1))
                || name.substring(proto.length() + 1).equals("undecoded"));
    }

    /** The item of a row: its name, within its bytes (the exact place first), not yet claimed. */
    private Shown.Node find(List<Shown.Node> items, Row row) {
        String suffix = "." + expectedName(row);
        Shown.Node inside = null;
        for (Shown.Node item : items) {
            if (item.claimed || !item.name.endsWith(suffix)) {
                continue;
            }
            if (item.pos == row.offset() && item.size == row.length()) {
                return item;
            }
            if (inside == null && item.pos >= row.offset() && item.pos + item.size <= row.offset() + row.length()) {
                inside = item;
            }
        }
        return inside;
    }

    /** The dissector's name of a row's item, after the protocol and record: {@code bits_counter}, {@code items.item}. */
    static String expectedName(Row row) {
        String name = row.name();
        if (name.startsWith("<count:") && name.endsWith(">")) {
            return snake(name.substring("<count:".length(), name.length() - 1)) + "_count"; // a derived count
        }
        if (name.startsWith("<") && name.endsWith(">")) {
            return name.substring(1, name.length() - 1);
        }
        int bracket = name.indexOf('[');
        if (bracket > 0) {
            return snake(name.substring(0, bracket)) + ".item";
        }
        // a nullable component's NULL marker (decode's null, or an empty Optional read from the marker)
        boolean marker = row.role() == Explanation.Role.FIELD && (row.value() instanceof Expected.None
                || row.value() instanceof Expected.Absent);
        return snake(name) + (marker ? "_null" : "");
    }

    /** Null when the item shows the row's value; else what differs. */
    private String same(Row row, Shown.Node item, List<Row> rows) {
        Value value = row.value();
        if (item.showname.contains("(decoded by ")) {
            // a value of the user's FieldCodec: the dissector shows its raw bytes
            return item.value.equals(row.bytes()) ? null : "raw bytes " + item.value + ", decode read " + row.bytes();
        }
        if (value instanceof Expected.Int i) {
            BigInteger shown = integer(item.show);
            return shown != null && shown.mod(MOD64).equals(i.value().mod(MOD64)) ? null
                    : "shows " + item.show + ", decode " + i.value();
        }
        if (value instanceof Expected.Bool b) {
            String want = b.value() ? "1" : "0";
            return item.show.equals(want) ? null : "shows " + item.show + ", decode " + b.value();
        }
        if (value instanceof Expected.Real r) {
            return real(item.show, r) ? null : "shows " + item.show + ", decode " + r.value();
        }
        if (value instanceof Expected.Named n) {
            // a code of no constant, which decode reads as the @Fallback constant, is named after it
            String name = java.util.regex.Pattern.quote(n.name());
            return item.showname.matches(".*[:=] " + name + " \\(-?\\d+\\).*")
                    || item.showname.matches(".*[:=] Unknown \\(-?\\d+\\) \\[" + name + ", the @Fallback constant\\]") ? null
                    : "shows " + item.showname + ", decode " + n.name();
        }
        if (value instanceof Expected.Text && !item.value.isEmpty() && item.show.equals(colons(item.value))
                && row.bytes().contains(item.value)) {
            return null; // text in a charset Wireshark has no name for (UTF-16 with its byte order mark): its bytes
        }
        if (value instanceof Expected.Text t) {
            String want = Text.asShown(t.value());
            return item.show.equals(want) ? null : "shows \"" + item.show + "\", decode \"" + t.value() + "\" (shown as \""
                    + want + "\")";
        }
        if (value instanceof Expected.Bytes b) {
            return item.value.equals(b.hex()) ? null : "shows bytes " + item.value + ", decode " + b.hex();
        }
        if (value instanceof Expected.None || value instanceof Expected.Absent) {
            // a marker, padding, or NULL: its bytes
            return item.value.equals(row.bytes()) ? null : "shows bytes " + item.value + ", decode read " + row.bytes();
        }
        if (value instanceof Expected.Nested) {
            return item.pos == row.offset() && item.size == row.length() ? null
                    : "the item is bytes " + item.pos + "+" + item.size + ", decode read " + row.offset() + "+" + row.length();
        }
        if (value instanceof Expected.Items list) {
            return list(row, list, item, rows);
        }
        return "decode's value " + value + " is of no kind compared";
    }

    /**
     * A list: its elements are the item's children {@code .item}; elements that are not records are compared
     * here, and records too where the explanation has no rows of their own ({@code rows}: those of the frame).
     */
    private String list(Row row, Expected.Items list, Shown.Node item, List<Row> rows) {
        List<Shown.Node> elements = item.children.stream().filter(c -> c.name.endsWith(".item")).toList();
        if (elements.size() != list.elements().size()) {
            return elements.size() + " elements shown, decode read " + list.elements().size();
        }
        for (int i = 0; i < elements.size(); i++) {
            Value element = list.elements().get(i);
            Shown.Node shown = elements.get(i);
            String path = row.path() + "[" + i + "]";
            if (element instanceof Expected.Nested nested) {
                if (rows.stream().noneMatch(r -> r.path().equals(path))) {
                    shown.claimed = true;
                    String difference = components(nested, shown);
                    if (difference != null) {
                        return "element " + i + ": " + difference;
                    }
                }
                continue; // else a row of its own follows
            }
            shown.claimed = true;
            fields++;
            String difference = same(new Row(path, shown.pos, shown.size, shown.value, element, Explanation.Role.FIELD),
                    shown, List.of());
            if (difference != null) {
                return "element " + i + ": " + difference;
            }
        }
        return null;
    }

    /** A record's components, shown under {@code item} by name: each item's value is the component's. */
    private String components(Expected.Nested nested, Shown.Node item) {
        List<Shown.Node> under = item.all();
        for (java.util.Map.Entry<String, Value> c : nested.components().entrySet()) {
            if (c.getValue() instanceof Expected.Absent) {
                continue;
            }
            Row row = new Row(nested.type() + "." + c.getKey(), item.pos, item.size, "", c.getValue(),
                    Explanation.Role.FIELD);
            String suffix = "." + expectedName(row);
            Shown.Node shown = under.stream().filter(n -> !n.claimed && n.name.endsWith(suffix)).findFirst().orElse(null);
            if (shown == null) {
                return "no item " + expectedName(row) + " for component " + c.getKey() + " = " + c.getValue();
            }
            shown.claimed = true;
            fields++;
            String difference = c.getValue() instanceof Expected.Nested inner ? components(inner, shown)
                    : same(new Row(row.path(), shown.pos, shown.size, shown.value, c.getValue(), Explanation.Role.FIELD),
                    shown, List.of());
            if (difference != null) {
                return c.getKey() + ": " + difference;
            }
        }
        under.forEach(n -> n.claimed = n.claimed || PARTS.stream().anyMatch(n.name::endsWith) || n.name.endsWith(".tag")
                || n.name.endsWith(".length") || n.name.endsWith(".padding") || n.name.endsWith(".checksum")
                || n.name.endsWith(".magic") || n.name.endsWith(".end"));
        return null;
    }

    private static String colons(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            out.append(i == 0 ? "" : ":").append(hex, i, Math.min(hex.length(), i + 2));
        }
        return out.toString();
    }

    /** A number as Wireshark shows it: decimal, or hexadecimal after 0x. */
    private static BigInteger integer(String shown) {
        try {
            if (shown.startsWith("0x")) {
                return new BigInteger(shown.substring(2), 16);
            }
            return new BigInteger(shown);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A float as Wireshark shows it, with the digits it prints: a float of 32 bits to 9 significant digits
     * and a double to 17 give the value back exactly; fewer digits are compared to what they can hold.
     */
    private static boolean real(String shown, Expected.Real r) {
        double value;
        switch (shown.toLowerCase(Locale.ROOT)) {
            case "nan", "-nan" -> value = Double.NaN;
            case "inf", "infinity" -> value = Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> value = Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    value = Double.parseDouble(shown);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        double want = r.value();
        if (Double.isNaN(want) || Double.isNaN(value) || Double.isInfinite(want) || Double.isInfinite(value)) {
            return Double.compare(want, value) == 0 || Double.isNaN(want) && Double.isNaN(value);
        }
        if (r.single() && (float) value == (float) want) {
            return true;
        }
        int digits = significantDigits(shown);
        double tolerance = Math.abs(want) * Math.pow(10, 1 - digits) / 2 + Double.MIN_VALUE;
        return Math.abs(value - want) <= tolerance && Math.copySign(1, value) == Math.copySign(1, want);
    }

    private static int significantDigits(String shown) {
        String mantissa = shown.replaceFirst("[eE].*$", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
        return Math.max(1, mantissa.length());
    }

    private static String kind(Value value) {
        return value.getClass().getSimpleName();
    }

    private static String show(Value value) {
        return String.valueOf(value);
    }

    /** {@code transactionId} becomes {@code transaction_id}: the dissector's field names (README, "From one schema"). */
    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isUpperCase(ch) && i > 0) {
                char before = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before) || Character.isUpperCase(before) && nextLower) {
                    out.append('_');
                }
            }
            out.append(Character.isLetterOrDigit(ch) ? Character.toLowerCase(ch) : '_');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}

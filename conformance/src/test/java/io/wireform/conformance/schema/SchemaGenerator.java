package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.Constant;
import io.wireform.conformance.schema.Decls.EnumDecl;
import io.wireform.conformance.schema.Decls.Field;
import io.wireform.conformance.schema.Decls.ProtocolDecl;
import io.wireform.conformance.schema.Decls.RecordDecl;
import io.wireform.conformance.schema.Decls.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random schemas that the documentation says are valid: every field kind and extent, bit groups,
 * lengths, checksums, markers, aligned layouts, tagged and untagged protocols, nesting, optionals,
 * payloads. Component and type names are drawn to collide with what generated code declares.
 */
public final class SchemaGenerator {
    private static final String[] WIDTHS = {"UINT8", "UINT16", "UINT24", "UINT32", "UINT64", "VARINT", "MQTT", "LENENC"};
    private static final String[] CHECKSUMS = {"CRC8", "CRC16_MODBUS", "CRC16_CCITT_FALSE", "CRC32", "CRC32C", "SUM8",
            "XOR8"};
    private static final String[] CHARSETS = {"UTF-8", "US-ASCII", "ISO-8859-1", "UTF-16BE", "UTF-16LE", "UTF-16",
            "utf8", "latin1"};
    private static final String[] RESYNC = {"FAIL", "SKIP_FRAME", "SCAN_TO_MAGIC"};

    final Random r;
    /**
     * Record padding's own draws, apart from {@link #r}: a schema without it is the one the same seed gave
     * before record padding joined the generator, so that failures seen by seed stay where they were.
     */
    private final Random padding;
    /** Whether a selected protocol's fallback keeps the bytes only: draws of its own, as {@link #padding}'s. */
    private final Random bytesFallback;
    /** The draws of records' own constructor checks, apart from {@link #r} for the same reason. */
    private final Random refusals;
    /** The draws of @Range, apart from {@link #r} for the same reason: the schemas of a seed stay as they were. */
    final Random ranges;
    private final Schema schema;
    private final Identifiers ids;
    private final List<String> typeNames = new ArrayList<>();
    private final List<EnumDecl> enums = new ArrayList<>();

    private SchemaGenerator(long seed, String pkg) {
        this.r = new Random(seed);
        this.padding = new Random(~seed);
        this.bytesFallback = new Random(seed ^ 0x5DEECE66DL);
        this.refusals = new Random(seed * 0x9E3779B97F4A7C15L + 11);
        this.ranges = new Random(seed * 0x2545F4914F6CDD1DL + 13);
        this.schema = new Schema(seed, pkg);
        this.ids = new Identifiers(r);
    }

    /** A schema in package {@code pkg}; the same seed gives the same schema. */
    public static Schema generate(long seed, String pkg) {
        return new SchemaGenerator(seed, pkg).run();
    }

    /** Where a record is used, which decides what it may hold. */
    record Place(int depth, boolean payload, boolean rest, boolean fixedOnly, boolean tagged, int tagBitsFree,
                 String magic, boolean needsEnd, ProtocolDecl protocol, boolean fallback, int runPast) {
        Place(int depth, boolean payload, boolean rest, boolean fixedOnly, boolean tagged, int tagBitsFree,
              String magic, boolean needsEnd) {
            this(depth, payload, rest, fixedOnly, tagged, tagBitsFree, magic, needsEnd, null, false, 0);
        }

        static Place root() {
            return new Place(0, true, true, false, false, 0, null, false);
        }

        Place nested(boolean restAllowed) {
            return new Place(depth + 1, false, restAllowed, false, false, 0, null, false);
        }

        Place fixed() {
            return new Place(depth + 1, false, false, true, false, 0, null, false);
        }

        /** A record of a protocol whose own length ends its frames: no @End or @Checksum. */
        boolean noTrailer() {
            return protocol != null && protocol.length != null;
        }
    }

    private Schema run() {
        int pick = r.nextInt(100);
        schema.root = pick < 60 ? message(Place.root())
                : pick < 85 ? tagged(0, true, true)
                : untagged(0, true, true);
        Schemas.notCanonical(schema.root, schema.notCanonical);
        Schemas.notReencodable(schema.root, schema.notReencodable);
        return schema;
    }

    boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    <T> T any(T[] options) {
        return options[r.nextInt(options.length)];
    }

    // ------------------------------------------------------------------------------------ records

    RecordDecl message(Place place) {
        RecordDecl rec = new RecordDecl(ids.type(typeNames));
        schema.types.add(rec);
        boolean variant = place.tagged || place.magic != null && place.depth < 0;
        rec.aligned = !place.tagged && place.magic == null && place.tagBitsFree == 0 && !place.fixedOnly && chance(10);
        // a bit-field tag shares its bytes with the record's first bit group: no magic may come between
        rec.magic = place.magic != null ? place.magic
                : place.tagBitsFree == 0 && !place.noTrailer() && !place.fallback && chance(15)
                ? markerBytes(1 + r.nextInt(3)) : null;
        FieldBuilder fields = new FieldBuilder(this, rec, place);
        if (place.fallback) {
            rec.fallback = true;
            fields.fallbackTag(place.protocol);
        } else if (place.tagBitsFree > 0) {
            fields.bitGroup(place.tagBitsFree, place.runPast);
        }
        int count = place.depth == 0 ? r.nextInt(7) : r.nextInt(4);
        for (int i = 0; i < count; i++) {
            fields.any();
        }
        boolean payload = place.payload && !rec.aligned && chance(8);
        if (payload) {
            // inside a protocol's length the payload is what the length leaves: @Remaining
            fields.payload(place.noTrailer());
        } else if (place.rest && !rec.aligned && !place.fixedOnly && chance(place.fallback ? 60 : 18)) {
            fields.remaining();
        }
        boolean padOnly = rec.fields.isEmpty() && rec.magic == null && !place.tagged && !payload
                && padding.nextInt(100) < 25;
        if (rec.fields.isEmpty() && rec.magic == null && !place.tagged) {
            fields.integer(false);
        }
        if (padOnly) {
            rec.fields.clear(); // a record of reserved bytes only: struct's '>2x'
            rec.padding = 1 + padding.nextInt(3);
        }
        // a @Remaining payload may end a length region too, which then says its length
        fields.decorate(!payload || fields.remainingPayload());
        boolean lastPadded = !rec.fields.isEmpty()
                && rec.fields.get(rec.fields.size() - 1).extra.stream().anyMatch(a -> a.startsWith("@Padding"));
        if (!payload && rec.padding == 0 && !lastPadded && padding.nextInt(100) < 8) {
            // reserved bytes after the last component (or bit group), before a checksum and an end marker
            rec.padding = 1 + padding.nextInt(4);
            rec.paddingFill = padding.nextInt(2) == 0 ? 0 : padding.nextInt(256);
        }
        if (!payload && !place.noTrailer() && (place.needsEnd || chance(12))) {
            rec.end = markerBytes(1 + r.nextInt(2));
        }
        if (!payload && !place.noTrailer() && chance(15)) {
            checksum(rec);
        }
        finish(rec);
        if (noBytes(rec) && !place.tagged) {
            // a frame of no bytes and no marker is not a valid message: give it a byte
            rec.fields.add(0, new Field(fields.name(), fields.plainInt()));
            finish(rec);
        }
        refuse(rec);
        // a variant that puts no bytes of its own on the wire (none, or a list of @Count(0)) is no @Message
        boolean ownMessage = !place.tagged || (chance(30) && !rec.fields.isEmpty() && !noBytes(rec));
        if (ownMessage) {
            rec.message = messageAnnotation(rec.aligned, place.tagged || place.magic != null && place.depth == -1,
                    place.runPast > 0);
        }
        return rec;
    }

    /**
     * Now and then a compact constructor that refuses the upper half of one integer component's values, as
     * records check their invariants: decode must make the refusal a decode error, and values never hold them.
     */
    private void refuse(RecordDecl rec) {
        if (refusals.nextInt(100) >= 12) {
            return;
        }
        List<Field> eligible = rec.fields.stream()
                .filter(f -> f.kind instanceof Kind.Int i && i.constant == null && i.rangeFrom == null && i.max - i.min > 1
                        && f.sizes == null && f.selects == null && f.pathSizes.isEmpty() && f.lengthChoice == null
                        && f.notTags == null && !f.inTagGroup
                        && rec.fields.stream().noneMatch(x -> x.lengthChoice != null && x.lengthChoice[1] == f))
                .toList();
        if (eligible.isEmpty()) {
            return;
        }
        Field f = eligible.get(refusals.nextInt(eligible.size()));
        Kind.Int i = (Kind.Int) f.kind;
        f.refusedAbove = i.min + (i.max - i.min) / 2;
    }

    private String messageAnnotation(boolean aligned, boolean variant, boolean protocolOrder) {
        List<String> parts = new ArrayList<>();
        if (!protocolOrder && chance(50)) {
            parts.add("endian = Endian." + (r.nextBoolean() ? "LITTLE" : "BIG"));
        }
        if (aligned) {
            parts.add("layout = Layout.C_ALIGNED");
        }
        if (chance(30)) {
            parts.add("bitOrder = BitOrder.LSB_FIRST");
        }
        if (!variant && chance(10)) {
            parts.add("maxFrameLength = " + (4096 + r.nextInt(60000)));
        }
        if (!variant && chance(20)) {
            parts.add("resync = Resync." + any(RESYNC));
        }
        return "@Message" + (parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")");
    }

    private void checksum(RecordDecl rec) {
        String type = any(CHECKSUMS);
        rec.checksumBytes = switch (type) {
            case "CRC8", "SUM8", "XOR8" -> 1;
            case "CRC16_MODBUS", "CRC16_CCITT_FALSE" -> 2;
            default -> 4;
        };
        List<String> parts = new ArrayList<>();
        parts.add("value = ChecksumType." + type);
        if (rec.fields.stream().anyMatch(f -> !f.inTagGroup) && chance(35)) {
            // a component that starts on a byte: not a bit field other than a group's first
            List<Field> starts = rec.fields.stream().filter(f -> !f.inTagGroup && (f.bitsWidth == 0 || f.groupBytes > 0))
                    .toList();
            parts.add("from = \"" + starts.get(r.nextInt(starts.size())).name + "\"");
        }
        if (rec.checksumBytes > 1 && chance(35)) {
            parts.add("order = Endian." + (r.nextBoolean() ? "LITTLE" : "BIG"));
        }
        rec.checksum = "@Checksum(" + String.join(", ", parts) + ")";
    }

    /** Whether the record puts nothing on the wire, aligned or not: an invalid @Message. */
    private static boolean noBytes(RecordDecl rec) {
        // an aligned record's fields count 7 bytes of overhead for alignment they may not need
        int alignment = rec.aligned ? 7 : 0;
        return rec.overhead == 0 && rec.fields.stream().allMatch(f -> f.kind.fixedSize() == 0 && f.groupBytes == 0
                && f.overhead == alignment && f.length == null);
    }

    /** Computes the record's fixed length, whether it ends with the rest of the input, and its overhead. */
    static void finish(RecordDecl rec) {
        int magic = rec.magic == null ? 0 : rec.magic.replace(" ", "").length() / 2;
        int end = rec.end == null ? 0 : rec.end.replace(" ", "").length() / 2;
        rec.overhead = magic + end + rec.checksumBytes + rec.padding;
        int fixed = rec.overhead;
        for (Field f : rec.fields) {
            int size = f.kind.fixedSize();
            boolean varintLength = f.length != null && Extent.isVarint(f.length.width());
            if (size < 0 || rec.aligned || varintLength) {
                fixed = -1;
            }
            if (fixed >= 0) {
                fixed += size + f.groupBytes + f.overhead;
            }
        }
        rec.fixedLength = fixed;
        rec.endsWithRest = false;
        if (!rec.fields.isEmpty()) {
            Field last = rec.fields.get(rec.fields.size() - 1);
            boolean bounded = rec.fields.stream().anyMatch(f -> f.length != null
                    && (f.length.through() == null || f.length.through().equals(last.name)));
            rec.endsWithRest = last.kind.takesRest() && !bounded;
        }
    }

    // ---------------------------------------------------------------------------------- protocols

    /** A tagged protocol; its records may end with the rest of their input only when {@code rest}. */
    ProtocolDecl tagged(int depth, boolean root, boolean rest) {
        ProtocolDecl p = new ProtocolDecl(ids.type(typeNames));
        schema.types.add(p);
        String width = chance(40) ? "UINT8" : any(WIDTHS);
        int bytes = switch (width) {
            case "UINT8" -> 1;
            case "UINT16" -> 2;
            case "UINT24" -> 3;
            case "UINT32" -> 4;
            case "UINT64" -> 8;
            default -> 0;
        };
        int tagBits = bytes > 0 && chance(25) ? 1 + r.nextInt(Math.min(8 * bytes - 1, 12)) : 0;
        if (tagBits > 0 && bytes > 1 && chance(50)) {
            tagBits = 8 * bytes - 1 - r.nextInt(8); // most of the bytes: few bits left for the record
        }
        p.tagWidth = width;
        p.tagBits = tagBits;
        List<String> parts = new ArrayList<>();
        parts.add("tag = Width." + width);
        if (tagBits > 0) {
            parts.add("tagBits = " + tagBits);
        }
        if (chance(25)) {
            p.length = protocolLength();
            parts.add("length = " + p.length.annotation());
        }
        int variants = 1 + r.nextInt(tagBits == 1 ? 2 : 4);
        // a fallback needs a tag none of the others has: with tag bits, the others must leave one
        boolean fallback = chance(25) && !(tagBits > 0 && tagBits < 63 && variants >= 1L << tagBits);
        boolean skipUnknown = root && !fallback && p.length != null && chance(40);
        List<String> settings = protocolSettings(root && !skipUnknown);
        p.little = settings.contains("endian = Endian.LITTLE");
        parts.addAll(settings);
        if (skipUnknown) {
            p.skipUnknown = true;
            parts.add("resync = Resync.SKIP_UNKNOWN");
        }
        p.annotation = "@Protocol(" + String.join(", ", parts) + ")";
        Set<Long> tags = new HashSet<>();
        int free = tagBits > 0 ? 8 * bytes - tagBits : 0;
        // records get more of their protocol's region when the protocol says their length
        boolean variantRest = rest || p.length != null;
        for (int i = 0; i < variants; i++) {
            long tag;
            do {
                tag = tagValue(width, bytes, tagBits);
            } while (!tags.add(tag));
            // in big-endian order a record's first bit group may run past the tag's bytes
            int runPast = free > 0 && !p.little && p.length == null && bytes < 8 && chance(35)
                    ? 1 + r.nextInt(Math.min(3, 8 - bytes)) : 0;
            Place place = new Place(depth, root, variantRest, false, true, free, null, false, p,
                    false, runPast);
            RecordDecl v = message(place);
            v.tag = tag;
            v.protocol = p;
            v.nestedInProtocol = chance(80);
            p.variants.add(v);
        }
        if (fallback) {
            Place place = new Place(depth, false, variantRest, false, true, free, null, false, p, true, 0);
            RecordDecl v = message(place);
            v.protocol = p;
            v.nestedInProtocol = chance(80);
            v.fields.get(0).notTags = tags;
            p.variants.add(v);
        }
        return p;
    }

    /** A record of one {@code @Remaining byte[]}, perhaps with a {@code @Max}: all the bytes it is given. */
    private RecordDecl bytesOnly() {
        RecordDecl rec = new RecordDecl(ids.type(typeNames));
        schema.types.add(rec);
        rec.fields.add(new Field(ids.component(List.of()), new Kind.Bytes(new Extent.Remaining(), false, null,
                bytesFallback.nextInt(100) < 30 ? bytesFallback.nextInt(9) : -1)));
        finish(rec);
        return rec;
    }

    /**
     * A selected protocol whose records the values of {@code selector} choose: single values and
     * ranges, perhaps a fallback for the values no record has; its records may end with the rest of
     * their region only when {@code rest}.
     */
    ProtocolDecl selectedProtocol(int depth, Kind selector, boolean rest) {
        ProtocolDecl p = new ProtocolDecl(ids.type(typeNames));
        schema.types.add(p);
        p.selected = true;
        p.annotation = "@Protocol(selected = true" + (chance(30) ? ", endian = Endian." + (r.nextBoolean() ? "LITTLE"
                : "BIG") : "") + ")";
        List<Long> values = Selectors.domainSample(selector, r);
        long hi = Selectors.highest(selector);
        int count = 1 + r.nextInt(4);
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < count * 5 && ranges.size() < count; i++) {
            long from = values.get(r.nextInt(values.size()));
            long to = from;
            if (!(selector instanceof Kind.Bool) && !(selector instanceof Kind.Enum) && chance(35) && from < hi) {
                to = from + 1 + (long) (r.nextDouble() * Math.min(hi - from - 1, chance(50) ? 3 : 300));
            }
            long a = from;
            long b = to;
            if (from < 0 || ranges.stream().anyMatch(x -> a <= x[1] && x[0] <= b)) {
                continue;
            }
            ranges.add(new long[] {from, to});
        }
        if (ranges.isEmpty()) {
            ranges.add(new long[] {values.get(0), values.get(0)});
        }
        if (chance(70)) {
            Selectors.takeUnknownCodes(selector, ranges, r);
        }
        for (long[] range : ranges) {
            RecordDecl v = message(new Place(depth, false, rest, false, true, 0, null, false, p, false, 0));
            v.tag = range[0];
            v.tagTo = range[1] == range[0] && chance(80) ? null : range[1];
            v.protocol = p;
            v.nestedInProtocol = chance(80);
            p.variants.add(v);
        }
        boolean uncovered = values.stream().anyMatch(x -> ranges.stream().noneMatch(y -> y[0] <= x && x <= y[1]))
                && !Selectors.fallbackCodeTagged(selector, ranges);
        boolean fallback = uncovered && chance(40);
        // the fallback of a hand-written TLV switch keeps the bytes of the other types, and nothing else
        boolean bytesOnly = uncovered && rest && bytesFallback.nextInt(100) < (fallback ? 40 : 50);
        if (fallback || bytesOnly) {
            RecordDecl v = bytesOnly ? bytesOnly()
                    : message(new Place(depth, false, rest, false, true, 0, null, false, p, false, 0));
            v.fallback = true;
            v.protocol = p;
            v.nestedInProtocol = chance(80);
            p.variants.add(v);
        }
        return p;
    }

    /**
     * WebSocket's extended length (RFC 6455 5.2): a selected protocol whose record for selector values 0 to
     * {@code split} has no components and whose record for the values above, to 255, holds a 16-bit
     * {@code length}, which a later {@code @SizedBy({"x.length", "selector"})} reads where it applies.
     */
    ProtocolDecl lengthChoice(long split) {
        ProtocolDecl p = new ProtocolDecl(ids.type(typeNames));
        schema.types.add(p);
        p.selected = true;
        p.annotation = "@Protocol(selected = true)";
        RecordDecl none = new RecordDecl(ids.type(typeNames));
        schema.types.add(none);
        none.tag = 0L;
        none.tagTo = split;
        RecordDecl extended = new RecordDecl(ids.type(typeNames));
        schema.types.add(extended);
        extended.tag = split + 1;
        extended.tagTo = split + 1 == 255 ? null : 255L;
        extended.fields.add(new Field("length", new Kind.Int("int", "@UInt16", 0, 0xFFFF, 2, false)));
        for (RecordDecl v : List.of(none, extended)) {
            v.protocol = p;
            v.nestedInProtocol = chance(80);
            finish(v);
            p.variants.add(v);
        }
        return p;
    }

    /** A protocol's own length, after the tag of every frame. */
    private Decls.LengthSpec protocolLength() {
        String width = any(new String[] {"UINT8", "UINT16", "UINT16", "UINT24", "UINT32", "VARINT", "MQTT"});
        int self = Extent.bytesOf(width);
        boolean varint = width.equals("VARINT") || width.equals("MQTT");
        boolean includeSelf = !varint && chance(30);
        int adjust = chance(25) ? (includeSelf ? r.nextInt(self + 4) - self : r.nextInt(4)) : 0;
        return new Decls.LengthSpec(width, null, includeSelf, adjust, null);
    }

    private List<String> protocolSettings(boolean root) {
        List<String> parts = new ArrayList<>();
        if (chance(40)) {
            parts.add("endian = Endian." + (r.nextBoolean() ? "LITTLE" : "BIG"));
        }
        if (root && chance(25)) {
            parts.add("resync = Resync." + any(RESYNC));
        }
        if (root && chance(10)) {
            parts.add("maxFrameLength = " + (4096 + r.nextInt(60000)));
        }
        return parts;
    }

    private long tagValue(String width, int bytes, int tagBits) {
        if (tagBits > 0) {
            return r.nextInt(1 << Math.min(tagBits, 30));
        }
        return switch (width) {
            case "UINT8" -> r.nextInt(256);
            case "UINT16" -> chance(30) ? 0xFFFF - r.nextInt(3) : r.nextInt(0x10000);
            case "UINT24" -> r.nextInt(0x100_0000);
            case "UINT32" -> chance(30) ? 0xFFFF_FFFFL - r.nextInt(3) : r.nextInt(1000);
            case "MQTT" -> chance(30) ? 268_435_455 - r.nextInt(3) : r.nextInt(300);
            default -> chance(30) ? r.nextLong() : chance(30) ? (1L << (7 * (1 + r.nextInt(8)))) : r.nextInt(300);
        };
    }

    /** An untagged protocol; its records may end with the rest of their input only when {@code rest}. */
    ProtocolDecl untagged(int depth, boolean root, boolean rest) {
        ProtocolDecl p = new ProtocolDecl(ids.type(typeNames));
        schema.types.add(p);
        p.untagged = true;
        List<String> parts = new ArrayList<>();
        parts.add("untagged = true");
        parts.addAll(protocolSettings(root));
        p.annotation = "@Protocol(" + String.join(", ", parts) + ")";
        List<String> magics = new ArrayList<>();
        if (chance(40)) {
            // records that share a magic: fixed lengths that differ, each with an end marker
            String magic = markerBytes(1 + r.nextInt(3));
            magics.add(magic);
            Set<Integer> lengths = new HashSet<>();
            int count = 2 + r.nextInt(2);
            for (int i = 0; i < count * 4 && lengths.size() < count; i++) {
                Place place = new Place(-1, false, false, true, false, 0, magic, true);
                RecordDecl v = message(place);
                if (v.fixedLength < 0 || !lengths.add(v.fixedLength)) {
                    schema.types.remove(v);
                    typeNames.remove(v.name);
                    continue;
                }
                v.protocol = p;
                v.nestedInProtocol = chance(80);
                p.variants.add(v);
            }
        }
        int others = p.variants.isEmpty() ? 1 + r.nextInt(3) : r.nextInt(2);
        for (int i = 0; i < others; i++) {
            String magic = distinctMagic(magics);
            Place place = new Place(-1, root, rest, false, false, 0, magic, false);
            RecordDecl v = message(place);
            v.protocol = p;
            v.nestedInProtocol = chance(80);
            p.variants.add(v);
        }
        return p;
    }

    /** A magic that is no other's prefix, nor has one as its own. */
    private String distinctMagic(List<String> magics) {
        while (true) {
            String magic = markerBytes(1 + r.nextInt(3));
            String bare = magic.replace(" ", "");
            boolean clash = magics.stream().map(m -> m.replace(" ", ""))
                    .anyMatch(m -> m.startsWith(bare) || bare.startsWith(m));
            if (!clash) {
                magics.add(magic);
                return magic;
            }
        }
    }

    String markerBytes(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int b = chance(20) ? any(new Integer[] {0x00, 0xFF, 0x0D, 0x0A}) : r.nextInt(256);
            s.append(i == 0 ? "" : " ").append(String.format("%02X", b));
        }
        return s.toString();
    }

    // --------------------------------------------------------------------------------------- enums

    /** An enum whose codes fit {@code bits} bits (0: its own width). */
    EnumDecl enumFor(int bits) {
        return enumFor(bits, false);
    }

    /** A wire enum for a component of {@code bits} (0: whole bytes); a selector's more often has a coded fallback. */
    EnumDecl enumFor(int bits, boolean selector) {
        if (!enums.isEmpty() && chance(selector ? 20 : 40)) {
            EnumDecl reuse = enums.get(r.nextInt(enums.size()));
            if (bits == 0 || (bits <= 8 * reuse.width && reuse.maxCode() < (1L << bits))) {
                return reuse;
            }
        }
        int width = bits > 0 ? Math.max((bits + 7) / 8, chance(80) ? 1 : 1 + r.nextInt(4))
                : chance(70) ? 1 : 1 + r.nextInt(4);
        width = Math.min(4, Math.max(width, (bits + 7) / 8));
        EnumDecl e = new EnumDecl(ids.type(typeNames), width);
        long maxCode = bits > 0 ? (1L << bits) - 1 : (1L << (8 * width)) - 1;
        Set<Long> codes = new HashSet<>();
        List<String> names = new ArrayList<>();
        int count = 1 + r.nextInt(5);
        for (int i = 0; i < count; i++) {
            long code = chance(25) ? maxCode : chance(25) ? 0 : (long) (r.nextDouble() * (maxCode + 1));
            if (codes.add(code)) {
                e.constants.add(new Constant(ids.constant(names), code, false));
            }
        }
        if (chance(selector ? 60 : 25)) {
            boolean withCode = chance(selector ? 85 : 50);
            long code = -1;
            if (withCode) {
                for (int i = 0; i < 10 && (code < 0 || codes.contains(code)); i++) {
                    code = (long) (r.nextDouble() * (maxCode + 1));
                }
            }
            boolean coded = withCode && !codes.contains(code);
            e.constants.add(r.nextInt(e.constants.size() + 1),
                    new Constant(ids.constant(names), coded ? code : null, true));
        }
        schema.types.add(e);
        enums.add(e);
        return e;
    }

    String width() {
        return chance(30) ? "UINT8" : any(WIDTHS);
    }

    String charset() {
        return chance(40) ? null : any(CHARSETS);
    }

    Identifiers ids() {
        return ids;
    }
}

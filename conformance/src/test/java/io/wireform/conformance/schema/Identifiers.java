package io.wireform.conformance.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Names for generated types and components, drawn to collide with the identifiers generated code
 * uses: its locals and parameters, the locals it derives from component names ({@code dataLength}
 * for {@code data}), the runtime classes it calls by simple name, and the generated classes.
 */
final class Identifiers {
    /** Locals, parameters and fields of generated codecs, readers and protocol switches. */
    static final List<String> LOCALS = List.of("in", "out", "message", "start", "limit", "p", "e", "i", "at", "size",
            "in_", "out_", "message_", "start_", "limit_", "p_", "e_", "i_", "at_", "size_",
            "checksum", "receivedChecksum", "expectedChecksum", "variant", "tag", "tagLength", "bodyAt", "body",
            "bodyStart", "length", "value", "region", "need", "frameStart", "magic", "end", "code", "bits", "unused",
            "source", "path", "headerLength", "length0", "length1", "length0Covered", "length0Size", "length0Length",
            "length0At", "region0End", "region1End", "self", "found", "match", "magic0", "magic1", "end0", "selector",
            "available", "offset", "content", "frame", "buffer", "bytes", "result", "items", "count", "next", "prefix",
            "delimiter", "pad", "crc", "sum", "expected", "actual", "header", "remaining", "known", "cursor", "total",
            "payload", "elements", "element", "pos", "raw", "search", "covered", "chunk", "sink", "codec", "another",
            "unsigned", "signed", "none", "packed", "select", "decoded", "encoded", "width", "order", "kind", "flags",
            "data", "text", "name", "values", "list", "b", "v", "n", "x", "k", "j", "$", "a$b", "_x", "x_y", "xY",
            "java", "io", "javax", "wireform", "gen", "INSTANCE", "aB", "a_b");

    /** Simple names of classes generated code refers to unqualified; a local of that name would hide them. */
    static final List<String> CLASSES = List.of("Frames", "Values", "Bytes", "Varints", "Checksums", "Delimiters",
            "Lists", "Optional", "List", "ArrayList", "Collections", "StandardCharsets", "ByteBuffer", "Math", "Long",
            "Integer", "Short", "Byte", "Float", "Double", "Boolean", "System", "Arrays", "Objects", "WireException",
            "WireDecodeException", "WireEncodeException", "UnknownTagException", "TruncatedFrameException",
            "ChecksumMismatchException", "FrameTooLargeException", "Payload", "INSTANCE", "ENCODED_LENGTH", "MAGIC",
            "END", "NEED_MORE", "MAX_FRAME_LENGTH", "WIDTH", "String", "Character", "Resync", "FrameReader");

    /** What generated code appends to a component's name for its own locals and constants. */
    static final List<String> SUFFIXES = List.of("Length", "Count", "End", "At", "Size", "Element", "Value", "Pos",
            "Raw", "Search", "ChecksumFrom", "Items", "Prefix", "Covered", "_", "Bits", "Start", "Limit", "Present");

    /** Ordinary names, so that not every component is a hazard. */
    private static final List<String> PLAIN = List.of("id", "seq", "temp", "level", "mode", "status", "label",
            "reading", "channel", "port", "host", "key", "entry", "note", "score", "depth", "rate", "node", "unit",
            "opcode", "serial", "counter", "volume", "weight");

    /** Type names: some shadow the runtime classes generated code imports. */
    static final List<String> TYPES = List.of("Frames", "Values", "Bytes", "Varints", "Checksums", "Delimiters",
            "Lists", "Optional", "List", "ArrayList", "StandardCharsets", "ByteBuffer", "WireCodec", "WireException",
            "Payload", "StreamedCodec", "FrameReader", "WireReader", "InputStream", "Generated", "Arrays", "Objects",
            "Point", "Frame", "Header", "Item", "Block", "Packet", "Msg", "Reading", "Entry", "Cmd", "Mode", "Kind",
            "State", "Body", "Inner", "Outer", "Part", "Unit", "Color");

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

    /** Record component names that JLS 8.10.1 forbids. */
    private static final Set<String> FORBIDDEN = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");

    private final Random random;

    Identifiers(Random random) {
        this.random = random;
    }

    /** A component name not in {@code taken}: often a hazard. */
    String component(List<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String name;
            int pick = random.nextInt(100);
            if (pick < 30) {
                name = LOCALS.get(random.nextInt(LOCALS.size()));
            } else if (pick < 38) {
                name = CLASSES.get(random.nextInt(CLASSES.size()));
            } else if (pick < 55 && !taken.isEmpty()) {
                String other = taken.get(random.nextInt(taken.size()));
                name = derived(other);
            } else if (pick < 62) {
                String base = PLAIN.get(random.nextInt(PLAIN.size()));
                name = "bits" + capitalized(base);
            } else {
                name = PLAIN.get(random.nextInt(PLAIN.size()));
            }
            if (attempt > 50) {
                name = "f" + taken.size() + "_" + attempt;
            }
            if (usable(name) && !taken.contains(name)) {
                return name;
            }
        }
    }

    /** A name generated code derives from {@code other}: {@code otherLength}, {@code bitsOther}, ... */
    String derived(String other) {
        return switch (random.nextInt(5)) {
            case 0 -> "bits" + capitalized(other);
            case 1 -> "bits" + other;
            default -> other + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
        };
    }

    /** A type name not in {@code taken}. */
    String type(List<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String name = TYPES.get(random.nextInt(TYPES.size()));
            if (attempt > 20 || random.nextInt(4) == 0) {
                name = name + (attempt + taken.size());
            }
            if (!taken.contains(name) && !generatedCollision(name, taken)) {
                taken.add(name);
                return name;
            }
        }
    }

    /** Whether {@code name} is, or makes, what the processor generates for another type: X and XCodec, XReader, XCodes. */
    private static boolean generatedCollision(String name, List<String> taken) {
        for (String suffix : List.of("Codec", "Reader", "Codes")) {
            if (taken.contains(name + suffix) || name.endsWith(suffix)
                    && taken.contains(name.substring(0, name.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** An enum constant name: upper case, sometimes a name generated code uses. */
    String constant(List<String> taken) {
        List<String> hazards = List.of("INSTANCE", "WIDTH", "UNKNOWN", "values", "code", "valueOf", "MAGIC", "END",
                "A", "B", "C", "IDLE", "RUNNING", "STOPPED", "$", "x_y");
        for (int attempt = 0; ; attempt++) {
            String name = random.nextInt(3) == 0 ? hazards.get(random.nextInt(hazards.size()))
                    : "K" + random.nextInt(100);
            if (!taken.contains(name) && usable(name)) {
                taken.add(name);
                return name;
            }
        }
    }

    static boolean usable(String name) {
        return !KEYWORDS.contains(name) && !FORBIDDEN.contains(name) && !name.isEmpty()
                && Character.isJavaIdentifierStart(name.charAt(0))
                && name.chars().allMatch(Character::isJavaIdentifierPart);
    }

    static String capitalized(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** Renames components so that some take a name generated code derives from a later component. */
    static List<String> collideForward(Random random, List<String> names, Identifiers ids) {
        List<String> renamed = new ArrayList<>(names);
        for (int i = 0; i + 1 < renamed.size(); i++) {
            if (random.nextInt(4) == 0) {
                String later = renamed.get(i + 1 + random.nextInt(renamed.size() - i - 1));
                String candidate = ids.derived(later);
                if (usable(candidate) && !renamed.contains(candidate)) {
                    renamed.set(i, candidate);
                }
            }
        }
        return renamed;
    }
}

package io.wireform.processor.tools.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * Turns a Python {@code struct} format into the annotated record that has the same layout:
 *
 * <pre>
 * java -cp wireform-processor.jar io.wireform.processor.tools.struct.StructImport --name Reading '@I 2s f' id code value
 * </pre>
 *
 * prints
 *
 * <pre>{@code
 * @Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
 * public record Reading(@UInt32 long id, @Fixed(2) byte[] code, float value) {}
 * }</pre>
 *
 * <p>Each struct item becomes one component; a count before a number code ({@code 4H}) makes a list
 * of that many, and one before {@code s} a byte string of that length. Names are given in order,
 * one per component; missing ones are {@code f1}, {@code f2}, ... Pad bytes ({@code x}) become
 * {@code @Padding}, and trailing ones (as in {@code '>2x'} or {@code '@bix'}) {@code @Padding(n)} on the record. Native mode ({@code @} or no prefix) is taken as CPython on x86-64 and ARM64
 * Linux: little-endian, {@code l}, {@code L}, {@code n}, {@code N} 8 bytes, numbers aligned to their
 * size, which is {@code Layout.C_ALIGNED} (a list's alignment, which that layout does not add, is
 * written as padding). {@code =}, {@code <}, {@code >} and {@code !} are packed, in their byte order.
 * Half floats ({@code e}), Pascal strings ({@code p}) and pointers ({@code P}) have no counterpart.
 */
public final class StructImport {
    private StructImport() {}

    /** One component to be: its Java declaration (annotations and type), and its struct size and alignment. */
    private record Component(List<String> annotations, String type, int size, int alignment, boolean list) {}

    /**
     * The record source for {@code format}, named {@code name}, in {@code packageName} (none when null or
     * empty), its components named by {@code names}.
     *
     * @throws IllegalArgumentException for a format struct does not accept or this cannot express, with why
     */
    public static String toRecord(String format, String name, String packageName, List<String> names) {
        if (!SourceVersion.isName(name) || name.contains(".")) {
            throw new IllegalArgumentException("'" + name + "' is not a Java type name");
        }
        String spec = format.strip();
        char prefix = spec.isEmpty() ? '@' : spec.charAt(0);
        boolean hasPrefix = "@=<>!".indexOf(prefix) >= 0;
        if (!hasPrefix) {
            prefix = '@';
        }
        boolean nativeMode = prefix == '@';
        boolean little = prefix == '@' || prefix == '=' || prefix == '<';
        List<Component> components = new ArrayList<>();
        List<Integer> padsBefore = new ArrayList<>();
        int pending = 0;
        int structOffset = 0;
        int wireOffset = 0;
        int i = hasPrefix ? 1 : 0;
        while (i < spec.length()) {
            char ch = spec.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            int start = i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == spec.length()) {
                throw new IllegalArgumentException("the count " + spec.substring(start) + " at the end of '" + format
                        + "' has no format code after it");
            }
            boolean counted = i > start;
            int count = counted ? Integer.parseInt(spec.substring(start, i)) : 1;
            char code = spec.charAt(i++);
            if (code == 'x') {
                pending += count;
                structOffset += count;
                continue;
            }
            Component component = component(code, count, counted, nativeMode, format);
            if (count == 0 && code != 's') {
                throw new IllegalArgumentException("'0" + code + "' in '" + format + "' has no value; remove it");
            }
            int padding = pending;
            if (nativeMode) {
                int aligned = align(structOffset, component.alignment());
                // C_ALIGNED aligns numbers itself, after the padding; anything else needs its gap as padding
                int wireAligned = component.list() ? wireOffset + pending : align(wireOffset + pending, component.alignment());
                padding += aligned - wireAligned;
                structOffset = aligned;
            }
            padsBefore.add(padding);
            components.add(component);
            structOffset += component.size();
            wireOffset = structOffset;
            pending = 0;
        }
        if (components.isEmpty() && pending == 0) {
            throw new IllegalArgumentException("'" + format + "' has no values, so it makes no record");
        }
        if (names.size() > components.size()) {
            throw new IllegalArgumentException(names.size() + " names for the " + components.size()
                    + " components of '" + format + "'");
        }
        Set<String> imports = new TreeSet<>(Set.of("Message", "Endian"));
        List<String> declared = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (int c = 0; c < components.size(); c++) {
            String field = c < names.size() ? names.get(c) : "f" + (c + 1);
            if (!SourceVersion.isIdentifier(field) || SourceVersion.isKeyword(field)) {
                throw new IllegalArgumentException("'" + field + "' is not a Java identifier");
            }
            if (!used.add(field)) {
                throw new IllegalArgumentException("'" + field + "' names two components");
            }
            List<String> annotations = new ArrayList<>();
            int before = padsBefore.get(c);
            if (before > 0) {
                imports.add("Padding");
                annotations.add("@Padding(before = " + before + ")");
            }
            for (String a : components.get(c).annotations()) {
                imports.add(a.replaceAll("^@(\\w+).*", "$1"));
                annotations.add(a);
            }
            if (components.get(c).list()) {
                imports.add("java.util.List");
            }
            declared.add(String.join(" ", annotations) + (annotations.isEmpty() ? "" : " ") + components.get(c).type()
                    + " " + field);
        }
        if (nativeMode) {
            imports.add("Layout");
        }
        if (pending > 0) {
            imports.add("Padding"); // trailing pad bytes: the record's own, after its last component
        }
        StringBuilder source = new StringBuilder();
        if (packageName != null && !packageName.isEmpty()) {
            source.append("package ").append(packageName).append(";\n\n");
        }
        for (String imported : imports) {
            if (!imported.contains(".")) {
                source.append("import io.wireform.annotations.").append(imported).append(";\n");
            }
        }
        if (imports.contains("java.util.List")) {
            source.append("import java.util.List;\n");
        }
        source.append("\n// struct.Struct('").append(format).append("')\n")
                .append(pending > 0 ? "@Padding(" + pending + ")\n" : "")
                .append("@Message(endian = Endian.").append(little ? "LITTLE" : "BIG")
                .append(nativeMode ? ", layout = Layout.C_ALIGNED" : "").append(")\n")
                .append("public record ").append(name).append("(").append(String.join(", ", declared)).append(") {}\n");
        return source.toString();
    }

    private static int align(int offset, int alignment) {
        return (offset + alignment - 1) / alignment * alignment;
    }

    private static Component component(char code, int count, boolean counted, boolean nativeMode, String format) {
        if (code == 's') {
            return new Component(List.of("@Fixed(" + count + ")"), "byte[]", count, 1, false);
        }
        if (code == 'c') {
            if (counted && count != 1) {
                throw new IllegalArgumentException("'" + count + "c' in '" + format + "' is " + count
                        + " values of one byte each, which a record holds as one list of byte strings it cannot have; "
                        + "write '" + count + "s' for one value of " + count + " bytes");
            }
            return new Component(List.of("@Fixed(1)"), "byte[]", 1, 1, false);
        }
        String[] scalar = scalar(code, nativeMode, format);
        int size = Integer.parseInt(scalar[2]);
        List<String> annotations = scalar[0].isEmpty() ? List.of() : List.of(scalar[0]);
        if (counted && count != 1) {
            List<String> all = new ArrayList<>();
            all.add("@Count(" + count + ")");
            all.addAll(annotations);
            return new Component(all, "List<" + scalar[3] + ">", size * count, size, true);
        }
        return new Component(annotations, scalar[1], size, size, false);
    }

    /** {annotation, Java type, size, boxed type} of a number or boolean code. */
    private static String[] scalar(char code, boolean nativeMode, String format) {
        String longSize = nativeMode ? "8" : "4";
        return switch (code) {
            case 'b' -> new String[] {"", "byte", "1", "Byte"};
            case 'B' -> new String[] {"@UInt8", "short", "1", "Short"};
            case '?' -> new String[] {"", "boolean", "1", "Boolean"};
            case 'h' -> new String[] {"", "short", "2", "Short"};
            case 'H' -> new String[] {"@UInt16", "int", "2", "Integer"};
            case 'i' -> new String[] {"", "int", "4", "Integer"};
            case 'I' -> new String[] {"@UInt32", "long", "4", "Long"};
            case 'l' -> nativeMode ? new String[] {"", "long", "8", "Long"} : new String[] {"", "int", "4", "Integer"};
            case 'L' -> nativeMode ? new String[] {"@UInt(8)", "long", "8", "Long"}
                    : new String[] {"@UInt32", "long", longSize, "Long"};
            case 'q' -> new String[] {"", "long", "8", "Long"};
            case 'Q' -> new String[] {"@UInt(8)", "long", "8", "Long"};
            case 'n' -> native64(code, nativeMode, format, new String[] {"", "long", "8", "Long"});
            case 'N' -> native64(code, nativeMode, format, new String[] {"@UInt(8)", "long", "8", "Long"});
            case 'f' -> new String[] {"", "float", "4", "Float"};
            case 'd' -> new String[] {"", "double", "8", "Double"};
            case 'e' -> throw new IllegalArgumentException("'e' (a half float) in '" + format
                    + "' has no Wireform counterpart; read its raw bits as 'H'");
            case 'p', 'P' -> throw new IllegalArgumentException("'" + code + "' in '" + format
                    + "' has no Wireform counterpart; use 's' for bytes or 'Q' for a pointer's value");
            default -> throw new IllegalArgumentException("'" + code + "' in '" + format + "' is not a struct format code");
        };
    }

    private static String[] native64(char code, boolean nativeMode, String format, String[] type) {
        if (!nativeMode) {
            throw new IllegalArgumentException("'" + code + "' in '" + format + "' is only allowed in native mode, as in struct");
        }
        return type;
    }

    /** {@code StructImport [--name Type] [--package name] '<format>' [field names...]}: prints the record. */
    public static void main(String[] args) {
        String name = "Struct";
        String packageName = null;
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            if (i + 1 >= args.length) {
                usage("no value after " + args[i]);
            }
            switch (args[i]) {
                case "--name" -> name = args[i + 1];
                case "--package" -> packageName = args[i + 1];
                default -> usage("unknown option " + args[i]);
            }
            i += 2;
        }
        if (i >= args.length) {
            usage("no format");
        }
        try {
            System.out.print(toRecord(args[i], name, packageName, List.of(args).subList(i + 1, args.length)));
        } catch (IllegalArgumentException e) {
            System.err.println("StructImport: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void usage(String problem) {
        System.err.println("StructImport: " + problem
                + "\nusage: StructImport [--name Type] [--package name] '<struct format>' [field names...]");
        System.exit(2);
    }
}

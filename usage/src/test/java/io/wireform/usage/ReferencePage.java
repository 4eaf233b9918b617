package io.wireform.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/REFERENCE.md read as a test suite. Its fenced blocks say what they are in their info string:
 *
 * <ul>
 *   <li>{@code java types}: type declarations. Each starts an example of its own, compiled with the
 *       processor in a package of its own; the blocks after it, up to the next, use its types.
 *   <li>{@code text wire}: one check a line. {@code EXPR -> HEX}: encoding the value gives the bytes
 *       (and they decode to a value that encodes to them again); {@code Type: HEX -> EXPR}: decoding
 *       the bytes gives a value equal to the expression; {@code -> error: MESSAGE}: encoding or
 *       decoding throws, with that message. The codec is {@code Type}'s when the line starts with
 *       {@code Type:}, else that of the class the expression's {@code new} makes.
 *   <li>{@code java run}: statements, run; what they print must equal the {@code text output} block
 *       that follows.
 * </ul>
 *
 * Plain {@code java} and {@code xml} blocks are illustrations and are not compiled.
 */
final class ReferencePage {
    static final Path FILE = Build.root().resolve("docs/REFERENCE.md");

    private static final Pattern FENCE = Pattern.compile("^```(\\S*)(?:[ \\t]+(\\S+))?[ \\t]*$");

    static final String IMPORTS = """
            import io.wireform.annotations.*;
            import io.wireform.runtime.*;
            import io.wireform.runtime.stream.*;
            import io.wireform.runtime.net.*;
            import java.io.*;
            import java.nio.*;
            import java.nio.file.*;
            import java.time.Duration;
            import java.util.*;
            import static java.nio.charset.StandardCharsets.*;
            """;

    /** A fenced block: its kind ({@code types}, {@code wire}, {@code run}, {@code output}, or none), line, text. */
    record Block(String kind, int line, String text) {}

    /** One example: its package, its types, and the wire lines and runs that use them. */
    record Example(String pkg, Block types, List<WireLine> wires, List<Run> runs) {}

    record WireLine(int line, String text, String type, String left, String right, boolean decode) {
        boolean error() {
            return right.startsWith("error: ");
        }
    }

    record Run(Block code, Block output) {
        String className() {
            return "Run" + code.line();
        }
    }

    private static List<Example> examples;
    private static Compilers.Result compiled;
    private static ClassLoader loader;

    static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher open = FENCE.matcher(lines[i]);
            if (!open.matches() || open.group(1).isEmpty()) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            int start = i + 1;
            for (i++; i < lines.length && !lines[i].equals("```"); i++) {
                body.append(lines[i]).append('\n');
            }
            blocks.add(new Block(open.group(2) == null ? "" : open.group(2), start + 1, body.toString()));
        }
        return blocks;
    }

    static synchronized List<Example> examples() {
        if (examples != null) {
            return examples;
        }
        examples = new ArrayList<>();
        Example current = null;
        List<Block> blocks = blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            switch (b.kind()) {
                case "types" -> {
                    current = new Example("ref.e" + b.line(), b, new ArrayList<>(), new ArrayList<>());
                    examples.add(current);
                }
                case "wire" -> need(current, b).wires().addAll(wireLines(b));
                case "run" -> {
                    Block output = i + 1 < blocks.size() && blocks.get(i + 1).kind().equals("output") ? blocks.get(++i) : null;
                    if (output == null) {
                        throw new IllegalStateException("REFERENCE.md:" + b.line() + ": a run block needs an output block after it");
                    }
                    need(current, b).runs().add(new Run(b, output));
                }
                case "output" -> throw new IllegalStateException("REFERENCE.md:" + b.line() + ": output without a run block");
                default -> { }
            }
        }
        return examples;
    }

    private static Example need(Example current, Block b) {
        if (current == null) {
            throw new IllegalStateException("REFERENCE.md:" + b.line() + ": no types block before it");
        }
        return current;
    }

    private static final Pattern ARROW = Pattern.compile("\\s+->\\s+");
    private static final Pattern TYPED = Pattern.compile("^([A-Z][\\w.]*):\\s+(.*)$");
    private static final Pattern HEX = Pattern.compile("^(?:[0-9a-f]{2}\\s*)+$");
    private static final Pattern NEW = Pattern.compile("^new\\s+([A-Z][\\w.]*)\\s*\\(");

    private static List<WireLine> wireLines(Block b) {
        List<WireLine> lines = new ArrayList<>();
        String[] text = b.text().split("\n");
        for (int i = 0; i < text.length; i++) {
            String line = text[i].strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            int number = b.line() + i;
            Matcher arrow = ARROW.matcher(line);
            if (!arrow.find()) {
                throw new IllegalStateException("REFERENCE.md:" + number + ": no ' -> ' in a wire line: " + line);
            }
            String left = line.substring(0, arrow.start());
            String right = line.substring(arrow.end());
            String type = null;
            Matcher typed = TYPED.matcher(left);
            if (typed.matches()) {
                type = typed.group(1);
                left = typed.group(2);
            }
            boolean decode = HEX.matcher(left).matches();
            if (type == null) {
                Matcher made = NEW.matcher(left);
                if (decode || !made.find()) {
                    throw new IllegalStateException("REFERENCE.md:" + number + ": say the type, 'Type: ...'");
                }
                type = made.group(1);
            }
            lines.add(new WireLine(number, line, type, left, right, decode));
        }
        return lines;
    }

    static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }

    static String codecOf(String type) {
        return type.replace('.', '_') + "Codec";
    }

    /** Every example compiled with the processor, once; the loader that holds the classes. */
    static synchronized Compilers.Result compiled() {
        if (compiled != null) {
            return compiled;
        }
        Path dir = Build.scratch("reference");
        List<Path> sources = new ArrayList<>();
        try {
            for (Example e : examples()) {
                Path pkg = Files.createDirectories(dir.resolve("src").resolve(e.pkg().replace('.', '/')));
                sources.add(write(pkg.resolve("Types.java"), "package " + e.pkg() + ";\n" + IMPORTS + e.types().text()));
                sources.add(write(pkg.resolve("Checks.java"), checks(e)));
                for (Run r : e.runs()) {
                    sources.add(write(pkg.resolve(r.className() + ".java"), "package " + e.pkg() + ";\n" + IMPORTS
                            + "public final class " + r.className() + " {\n"
                            + "    public static void run() throws Exception {\n" + r.code().text() + "    }\n}\n"));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        // an example's types share one file, as no real project would have them: javac -Xlint:all warns
        // of every use of such "auxiliary classes", generated code's included
        compiled = Compilers.javac(sources, Build.testClassPath(), dir.resolve("out"), "-Xlint:-processing,-auxiliaryclass");
        return compiled;
    }

    /** One method per wire line: {@code Object[] lN()} returns the codec and the line's value, if any. */
    private static String checks(Example e) {
        StringBuilder s = new StringBuilder("package " + e.pkg() + ";\n" + IMPORTS
                + "public final class Checks {\n");
        for (WireLine w : e.wires()) {
            s.append("    public static Object[] l").append(w.line()).append("() throws Exception {\n");
            String value = w.decode() ? (w.error() ? "null" : w.right()) : w.left();
            s.append("        ").append(w.type()).append(" value = ").append(value).append(";\n");
            s.append("        return new Object[] {").append(codecOf(w.type())).append(".INSTANCE, value};\n    }\n");
        }
        return s.append("}\n").toString();
    }

    static synchronized ClassLoader loader() {
        if (loader == null) {
            try {
                loader = new URLClassLoader(new URL[] {compiled().classes().toUri().toURL()},
                        ReferencePage.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return loader;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }
}

package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs the real {@code tshark} on a capture with the processor's Lua dissectors and reads its PDML
 * (every field of every packet with its position, size and value).
 *
 * <p>Wireshark runs Lua scripts as root only when its {@code init.lua} allows it, and warns that
 * root is dangerous. So when the tests run as root (as CI does), tshark runs as {@code nobody}
 * through {@code setpriv}, on copies of the capture and scripts in a directory it can read, with
 * that directory as its home.
 *
 * <p>Public, with {@link Pcap}, for the conformance module's dissector law (generated schemas'
 * dissectors loaded into one run).
 */
public final class Tshark {
    /** Where the processor wrote the dissectors of the seed protocols and of the test schemas. */
    static final Path MAIN = Path.of("target", "classes", "META-INF", "wireform", "wireshark");
    static final Path TEST = Path.of("target", "test-classes", "META-INF", "wireform", "wireshark");

    private Tshark() {}

    /** Skips the calling test, saying what to install, when tshark is not on this machine. */
    public static void assumeInstalled() {
        assumeTrue(available(), "tshark is not installed: apt-get install tshark (the Wireshark tests need it)");
    }

    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One field of a packet: its filter name, Wireshark's display line, its value as shown, where it is,
     * its raw value (hex, as PDML's {@code value}; empty where PDML has none) and how deep in the tree
     * (0 for a protocol's own item).
     */
    public record Field(String name, String showname, String show, int pos, int size, String value, int depth) {}

    /** The fields of one packet, depth first, protocol items included (as fields named after the protocol). */
    public record Packet(int number, List<Field> fields) {
        public List<Field> named(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).collect(Collectors.toList());
        }

        public List<String> shows(String name) {
            return named(name).stream().map(Field::show).collect(Collectors.toList());
        }

        public boolean has(String name) {
            return fields.stream().anyMatch(f -> f.name().equals(name));
        }

        /**
         * What the frames of {@code proto} in this packet are: the text each frame's item adds after
         * {@code "<Type> (<package>) "}, such as {@code (Realtime)}, without brackets, joined by ", ".
         */
        public String frames(String proto) {
            return named(proto).stream()
                    .map(f -> f.showname().replaceFirst("^\\S+ \\([^)]*\\) ?", "").replaceAll("^\\((.*)\\)$", "$1"))
                    .collect(Collectors.joining(", "));
        }
    }

    /** The output of a run: packets and tshark's standard error (Lua load errors show there). */
    public record Result(List<Packet> packets, String errors) {
        public List<Packet> with(String name) {
            return packets.stream().filter(p -> p.has(name)).collect(Collectors.toList());
        }
    }

    /** The filter names of the protocols tshark knows with {@code scripts} loaded ({@code tshark -G protocols}). */
    public static List<String> protocols(List<Path> scripts) throws Exception {
        String listing = new String(execute(null, scripts, List.of(), List.of("-G", "protocols")).output(),
                StandardCharsets.UTF_8);
        return listing.lines().map(l -> l.split("\t")).filter(c -> c.length > 2).map(c -> c[2])
                .collect(Collectors.toList());
    }

    /** Dissects {@code capture} with the given Lua scripts and {@code -o} preferences ("name:value"). */
    public static Result run(Pcap capture, List<Path> scripts, List<String> preferences) throws Exception {
        return run(capture, scripts, preferences, List.of());
    }

    /** As {@link #run(Pcap, List, List)}, with more tshark arguments, such as {@code -d} (Decode As). */
    public static Result run(Pcap capture, List<Path> scripts, List<String> preferences, List<String> more)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-n", "-T", "pdml"));
        arguments.addAll(more);
        Output out = execute(capture, scripts, preferences, arguments);
        return new Result(parse(out.output()), out.errors());
    }

    private record Output(byte[] output, String errors) {}

    private static Output execute(Pcap capture, List<Path> scripts, List<String> preferences, List<String> arguments)
            throws Exception {
        Path dir = Files.createTempDirectory("wireform-tshark");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            List<String> command = new ArrayList<>();
            if (isRoot()) {
                command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
            }
            command.add("tshark");
            if (capture != null) {
                Path pcap = dir.resolve("capture.pcap");
                capture.write(pcap);
                command.addAll(List.of("-r", pcap.toString()));
            }
            command.addAll(arguments);
            for (Path script : scripts) {
                Path copy = dir.resolve(script.getFileName());
                Files.copy(script, copy);
                command.addAll(List.of("-X", "lua_script:" + copy));
            }
            for (String preference : preferences) {
                command.addAll(List.of("-o", preference));
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.collect(Collectors.toList())) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectError(dir.resolve("stderr.txt").toFile())
                    .redirectOutput(dir.resolve("stdout.xml").toFile());
            builder.environment().put("HOME", dir.toString());
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("tshark did not finish within 120 s: " + command);
            }
            String errors = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
            byte[] pdml = Files.readAllBytes(dir.resolve("stdout.xml"));
            if (process.exitValue() != 0) {
                throw new AssertionError("tshark exited with " + process.exitValue() + ": " + errors);
            }
            return new Output(pdml, errors);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", "-u").start();
        String uid = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        p.waitFor(10, TimeUnit.SECONDS);
        return uid.equals("0");
    }

    private static List<Packet> parse(byte[] pdml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(pdml));
        List<Packet> packets = new ArrayList<>();
        for (Node node = doc.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element packet && packet.getTagName().equals("packet")) {
                List<Field> fields = new ArrayList<>();
                collect(packet, fields, 0);
                packets.add(new Packet(packets.size() + 1, fields));
            }
        }
        return packets;
    }

    private static void collect(Element parent, List<Field> fields, int depth) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && (e.getTagName().equals("field") || e.getTagName().equals("proto"))) {
                fields.add(new Field(e.getAttribute("name"), e.getAttribute("showname"), e.getAttribute("show"),
                        integer(e.getAttribute("pos")), integer(e.getAttribute("size")), e.getAttribute("value"),
                        depth));
                collect(e, fields, depth + 1);
            }
        }
    }

    private static int integer(String text) {
        return text.isEmpty() ? -1 : Integer.parseInt(text);
    }
}

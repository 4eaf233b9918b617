package io.wireform.samples.struct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.processor.tools.struct.StructImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The struct import command: the README's example word for word, then every plain format of the
 * CPython vectors and a set of harder ones imported, compiled through the processor, and checked
 * both ways against CPython with the original format string.
 */
class StructImportTest {
    private static final long SEED = 2;
    private static final int VALUES = 8;

    /** Formats beyond the vectors': pads, lists, aligned lists, every code, every prefix. */
    static final List<String> MORE = List.of("@I 2s f", "I 2s f", "=I 2s f", "@b4H xx d 3x", "@?q", "@c b",
            "@bhilqBHILQnN", "<bhilqBHILQ", ">lL", "!I2sf", "<3x i 2x", "@x3d", "=hq?", "<10s", "@5f b 2h",
            ">2Q3b", "@b xx H", "@3s d", ">2x", "@bix", "<4x", "=h x");

    @Test
    void readmeExample() {
        String source = StructImport.toRecord("@I 2s f", "Reading", null, List.of("id", "code", "value"));
        assertTrue(source.endsWith("@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)\n"
                + "public record Reading(@UInt32 long id, @Fixed(2) byte[] code, float value) {}\n"), source);
        assertTrue(source.startsWith("import io.wireform.annotations.Endian;\n"), source);
    }

    /** The README's command line, run as a program: the record on standard output; a bad format or option is exit 2. */
    @Test
    void theCommandLinePrintsTheRecordAndRefusesWithExitTwo() throws Exception {
        Process ok = command("--name", "Reading", "@I 2s f", "id", "code", "value");
        String out = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ok.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, ok.exitValue(), out);
        assertEquals(StructImport.toRecord("@I 2s f", "Reading", null, List.of("id", "code", "value")), out);
        for (List<String> bad : List.of(List.of("@I 2s f 9z"), List.of("--colour", "red", "@I"), List.of("--name"))) {
            Process refused = command(bad.toArray(String[]::new));
            String err = new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(refused.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(2, refused.exitValue(), bad + ": " + err);
            assertTrue(err.startsWith("StructImport: "), bad + ": " + err);
        }
    }

    private static Process command(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StructImport.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void trailingPadBytesAreTheRecordsOwn() {
        String padOnly = StructImport.toRecord(">2x", "Pad", null, List.of());
        assertTrue(padOnly.endsWith("// struct.Struct('>2x')\n@Padding(2)\n@Message(endian = Endian.BIG)\n"
                + "public record Pad() {}\n"), padOnly);
        String trailing = StructImport.toRecord("@bix", "Trailing", null, List.of("b", "i"));
        assertTrue(trailing.endsWith("@Padding(1)\n@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)\n"
                + "public record Trailing(byte b, int i) {}\n"), trailing);
        assertTrue(trailing.contains("import io.wireform.annotations.Padding;\n"), trailing);
    }

    @Test
    void formatsWithoutCounterpartAreRefusedWithWhy() {
        assertEquals("'e' (a half float) in '<e' has no Wireform counterpart; read its raw bits as 'H'",
                assertThrows(IllegalArgumentException.class, () -> StructImport.toRecord("<e", "T", null, List.of()))
                        .getMessage());
        assertEquals("'n' in '<n' is only allowed in native mode, as in struct",
                assertThrows(IllegalArgumentException.class, () -> StructImport.toRecord("<n", "T", null, List.of()))
                        .getMessage());
        assertEquals("3 names for the 2 components of '<hh'",
                assertThrows(IllegalArgumentException.class,
                        () -> StructImport.toRecord("<hh", "T", null, List.of("a", "b", "c"))).getMessage());
        assertEquals("'class' is not a Java identifier",
                assertThrows(IllegalArgumentException.class,
                        () -> StructImport.toRecord("<h", "T", null, List.of("class"))).getMessage());
        assertEquals("'%' in '<h%' is not a struct format code",
                assertThrows(IllegalArgumentException.class, () -> StructImport.toRecord("<h%", "T", null, List.of()))
                        .getMessage());
    }

    @Test
    void importedRecordsEncodeWhatCPythonPacks(@TempDir Path work) throws Exception {
        Set<String> formats = new LinkedHashSet<>(vectorFormats());
        assertTrue(formats.size() >= 20, "plain formats among the vectors: " + formats);
        formats.addAll(MORE);
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(formats);
        for (int i = 0; i < order.size(); i++) {
            sources.put("imp.I" + i, StructImport.toRecord(order.get(i), "I" + i, "imp", List.of()));
        }
        ClassLoader loader = InMemoryJavac.compile(sources, work, "imported formats " + order);
        Random random = new Random(SEED);
        List<StructHarness.Case> cases = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Class<?> record = loader.loadClass("imp.I" + i);
            Class<?> codec = loader.loadClass("imp.I" + i + "Codec");
            for (int v = 0; v < VALUES; v++) {
                cases.add(StructHarness.random("I" + i, order.get(i), codec, record, random));
            }
        }
        List<String> failures = StructHarness.check(cases, work);
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases failed");
    }

    /** The formats of the CPython vectors that are plain struct formats (not the script's own notation). */
    static List<String> vectorFormats() throws IOException {
        List<String> formats = new ArrayList<>();
        try (InputStream in = StructImportTest.class.getResourceAsStream("/struct-vectors.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String format = line.split("\\|")[1];
                if (!format.contains("+") && !format.contains("int.") && !format.contains("{") && !formats.contains(format)) {
                    formats.add(format);
                }
            }
        }
        return formats;
    }
}

package io.wireform.processor.tools.diagram;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.wireform.processor.WireformProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The layout of the constructs added after the first diagrams, in the codec's class comment and the
 * Markdown beside a dissector: a constant in its box with its value, bit fields as the unsigned values
 * they are, a derived count named after its list, a half float, a length-encoded integer, a nullable
 * prefix with its NULL marker, a terminated list with its terminator, a selected record, a value of a
 * codec of the user's, and a C array among pad boxes. The diagram is pinned as a golden file (update
 * with {@code -Dwireform.golden.update=true}); the table's rows are checked one by one.
 */
class NewerLayoutTest {

    static final JavaFileObject PASCAL = JavaFileObjects.forSourceLines("test.Pascal",
            "package test;",
            "import io.wireform.runtime.FieldCodec;",
            "import java.nio.ByteBuffer;",
            "public final class Pascal implements FieldCodec<String> {",
            "  public static final Pascal INSTANCE = new Pascal();",
            "  public String read(ByteBuffer in, int limit, int origin) { return \"\"; }",
            "  public void write(String value, ByteBuffer out) { out.put((byte) 0); }",
            "  public int size(String value) { return 1; }",
            "  public int length(ByteBuffer in, int at, int limit) { return 1; }",
            "}");

    static final JavaFileObject NEWER = JavaFileObjects.forSourceLines("test.Newer",
            "package test;",
            "import io.wireform.annotations.*;",
            "import java.util.List;",
            "import java.util.Optional;",
            "@Message",
            "public record Newer(@Const(2) @UInt8 int version, @Bits(4) @Const(1) int flags, @Bits(4) int kind,",
            "    @Half float celsius,",
            "    @CountOf(value = Width.UINT8, list = \"items\") @UInt8 int mode,",
            "    @UInt16 List<Integer> items,",
            "    @Varint(VarintKind.LENENC) long big,",
            "    @Prefixed(value = Width.LENENC, nullable = true) Optional<String> note,",
            "    @Terminated List<Label> labels,",
            "    @SelectedBy(\"mode\") Body body,",
            "    @Using(Pascal.class) String name) {",
            "  @Message public record Label(@Prefixed(Width.UINT8) String text) {}",
            "  @Protocol(selected = true) public sealed interface Body permits Empty, Word {}",
            "  @Tag(0) public record Empty() implements Body {}",
            "  @Tag(1) public record Word(short w) implements Body {}",
            "}");

    static final JavaFileObject ALIGNED = JavaFileObjects.forSourceLines("test.Aligned",
            "package test;",
            "import io.wireform.annotations.*;",
            "import java.util.List;",
            "@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)",
            "public record Aligned(byte kind, @Count(3) List<Short> values, int total) {}");

    private static Compilation compile(JavaFileObject... sources) {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor())
                .withOptions("-Awireform.dissectors=true").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static String resource(Compilation compilation, String name) {
        try {
            return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/wireform/wireshark/" + name)
                    .orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void diagramOfTheNewerConstructs() {
        List<String> diagram = PacketDiagramTest.diagram(compile(PASCAL, NEWER), "test.NewerCodec");
        String actual = String.join("\n", diagram) + "\n";
        Path file = Path.of("src/test/resources/golden/diagrams/Newer.txt");
        try {
            if (Boolean.getBoolean("wireform.golden.update")) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a label too wide for its box loses its spaces first
        assertTrue(actual.contains("|  version = 2  |flags=1| kind  |"), actual);
        diagram.forEach(line -> assertTrue(line.length() <= 65, () -> "too wide: " + line));
    }

    @Test
    void layoutTableSaysWhatEachNewerConstructIs() {
        String md = resource(compile(PASCAL, NEWER), "Newer.md");
        for (String row : List.of(
                "| 0 | 8 | version = 2 | uint8, constant 2 |",
                "| 1 | 4 | flags = 1 | unsigned, 4 bits (mask 0xf0), constant 1 |",
                "| 1.4 | 4 | kind | unsigned, 4 bits (mask 0xf) |",
                "| 2 | 16 | celsius | float16 BE |",
                "| 4 | 8 | items count | count of items (derived), uint8 |",
                "| 5 | 8 | mode | uint8 |",
                "| 6 | var | items | uint16 BE x <count:items> |",
                "| - | var | big | varint lenenc |",
                "| - | var | note | char[lenenc prefix] UTF-8, NULL: FB |",
                "| - | var | labels | Label x terminated by 00 |",
                "| - | var | body | Body chosen by mode |",
                "| - | var | name | java.lang.String by Pascal, as many bytes as the codec reads |")) {
            assertTrue(md.contains(row + "\n"), () -> row + " in\n" + md);
        }
    }

    @Test
    void cArrayAmongPadBoxes() {
        String md = resource(compile(ALIGNED), "Aligned.md");
        for (String row : List.of(
                "| 0 | 8 | kind | int8 |",
                "| 1 | 8 | pad | alignment, 1 byte |",
                "| 2 | 48 | values | int16 LE x 3 |",
                "| 8 | 32 | total | int32 LE |")) {
            assertTrue(md.contains(row + "\n"), () -> row + " in\n" + md);
        }
        // the array's 48 bits: 16 in the first row, its label in the second, where it has all 32
        assertTrue(md.contains("|     kind      |      pad      |                               |\n"
                + "+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +\n"
                + "|                            values                             |\n"), md);
    }
}

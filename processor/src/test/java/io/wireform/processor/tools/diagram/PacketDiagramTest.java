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
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The packet diagrams in generated codec Javadoc, pinned: each golden file is the diagram a
 * reader sees. To update after a deliberate change, run with {@code -Dwireform.golden.update=true}
 * and review the diff.
 */
class PacketDiagramTest {

    /** RFC 791's own example: bit fields across bytes, then a variable part. */
    static final JavaFileObject IPV4 = JavaFileObjects.forSourceLines("test.Ipv4Header",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Message",
            "public record Ipv4Header(@Bits(4) int version, @Bits(4) int ihl, @UInt8 int typeOfService,",
            "    @UInt16 int totalLength, @UInt16 int identification, @Bits(3) int flags, @Bits(13) int fragmentOffset,",
            "    @UInt8 int timeToLive, @UInt8 int protocol, @UInt16 int headerChecksum,",
            "    @UInt32 long sourceAddress, @UInt32 long destinationAddress, @Remaining byte[] options) {}");

    /** C alignment: pad boxes where the struct module would put them. */
    static final JavaFileObject READING = JavaFileObjects.forSourceLines("test.Reading",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)",
            "public record Reading(@UInt32 long id, @Fixed(2) byte[] code, float value) {}");

    /** seeds/004: one field of many rows, shortened; markers at both ends. */
    static final JavaFileObject REALTIME = JavaFileObjects.forSourceLines("test.Realtime",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Magic(\"FD AA\") @End(\"CC DD\") @Message",
            "public record Realtime(@Fixed(150) byte[] data) {}");

    /** A fixed head, a derived length, then parts of variable size and a checksum after them. */
    static final JavaFileObject RECORD = JavaFileObjects.forSourceLines("test.Record",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Checksum(ChecksumType.CRC16_MODBUS)",
            "@Message(bitOrder = BitOrder.LSB_FIRST)",
            "public record Record(@UInt16 int id, @Bits(1) boolean urgent, @Bits(7) int priority,",
            "    @Length(Width.UINT8) @Prefixed(Width.UINT8) String name, @Varint long value) {}");

    /** A little-endian group of two bytes: one box, since its members are not contiguous on the wire. */
    static final JavaFileObject FLAGS = JavaFileObjects.forSourceLines("test.Flags",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Message(endian = Endian.LITTLE)",
            "public record Flags(byte kind, @Bits(4) int a, @Bits(12) int b, double value) {}");

    @Test
    void bitFieldsAcrossBytesAsInRfc791() {
        assertDiagram(IPV4, "test.Ipv4HeaderCodec", "Ipv4Header.txt");
    }

    @Test
    void alignmentPadding() {
        assertDiagram(READING, "test.ReadingCodec", "Reading.txt");
    }

    @Test
    void longFieldShortened() {
        assertDiagram(REALTIME, "test.RealtimeCodec", "Realtime.txt");
    }

    @Test
    void variablePartsAsRows() {
        assertDiagram(RECORD, "test.RecordCodec", "Record.txt");
    }

    @Test
    void littleEndianGroupInOneBox() {
        assertDiagram(FLAGS, "test.FlagsCodec", "Flags.txt");
    }

    @Test
    void everyRowIs32BitsWideOrEndsTheHead() {
        for (JavaFileObject source : List.of(IPV4, READING, REALTIME, RECORD, FLAGS)) {
            String name = source.getName().replaceAll(".*/|\\.java", "");
            for (String line : diagram(compile(source), "test." + name + "Codec")) {
                assertTrue(line.length() <= 65, () -> "too wide: " + line);
            }
        }
    }

    private static void assertDiagram(JavaFileObject source, String codec, String golden) {
        String actual = String.join("\n", diagram(compile(source), codec)) + "\n";
        Path file = Path.of("src/test/resources/golden/diagrams", golden);
        if (Boolean.getBoolean("wireform.golden.update")) {
            try {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "diagram of " + codec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compilation compile(JavaFileObject source) {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor()).compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    /** The second {@code <pre>} block of the codec's class comment, without the comment's margin. */
    static List<String> diagram(Compilation compilation, String codec) {
        String text;
        try {
            text = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, codec.replace('.', '/') + ".java")
                    .orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        int blocks = 0;
        boolean inside = false;
        for (String line : text.split("\n")) {
            String bare = line.replaceFirst("^ \\* ?", "");
            if (bare.equals("<pre>")) {
                inside = ++blocks == 2;
            } else if (bare.equals("</pre>")) {
                if (inside) {
                    return lines;
                }
            } else if (inside) {
                lines.add(bare);
            }
        }
        throw new AssertionError("no diagram in " + codec);
    }
}

package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated code, pinned: one golden source per generator shape. A change here must be a
 * change someone meant. To update after a deliberate change, run with
 * {@code -Dwireform.golden.update=true} and review the diff.
 */
class GoldenSourcesTest {

    static final JavaFileObject MODE = JavaFileObjects.forSourceLines("test.Mode",
            "package test;",
            "import io.wireform.annotations.*;",
            "@WireEnum(bytes = 2)",
            "public enum Mode { @Code(1) IDLE, @Code(2) RUNNING, @Code(0xFF00) SERVICE, @Fallback UNKNOWN }");

    static final JavaFileObject POSITION = JavaFileObjects.forSourceLines("test.Position",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Message(endian = Endian.LITTLE)",
            "public record Position(short x, short y) {}");

    static final JavaFileObject STATUS = JavaFileObjects.forSourceLines("test.Status",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Magic(\"FD AA\")",
            "@End(\"CC DD\")",
            "@Message(layout = Layout.C_ALIGNED, maxFrameLength = 4096)",
            "public record Status(",
            "    byte version,",
            "    @UInt16 int sequence,",
            "    @Int(3) int offset,",
            "    @UInt(3) @Order(Endian.LITTLE) int counter,",
            "    @UInt32 long uptime,",
            "    boolean armed,",
            "    double temperature,",
            "    Mode mode,",
            "    @Padding(before = 1, after = 2, fill = 0xFF) Position position,",
            "    @Fixed(value = 8, pad = ' ') @Charset(\"US-ASCII\") String name,",
            "    @Fixed(4) byte[] serial) {}");

    /**
     * seeds/004's blocks: one magic alone, two sharing a magic and told apart by their end marker; its
     * reader settings declared, so its codec declares them too.
     */
    static final JavaFileObject BLOCK = JavaFileObjects.forSourceLines("test.Block",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Protocol(untagged = true, resync = Resync.SCAN_TO_MAGIC, maxFrameLength = 1024)",
            "public sealed interface Block permits Block.Realtime, Block.Extra, Block.ExtraLong {",
            "    @Magic(\"FD AA\") @End(\"CC DD\") @Message record Realtime(@Fixed(150) byte[] data) implements Block {}",
            "    @Magic(\"FD CC\") @End(\"CC DD\") @Message record Extra(@Fixed(190) byte[] data) implements Block {}",
            "    @Magic(\"FD CC\") @End(\"CC DD\") @Message record ExtraLong(@Fixed(192) byte[] data) implements Block {}",
            "}");

    /** A command set: a little-endian 16-bit command word selects the record. */
    static final JavaFileObject COMMAND = JavaFileObjects.forSourceLines("test.Command",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Protocol(endian = Endian.LITTLE, tag = Width.UINT16)",
            "public sealed interface Command permits Command.Start, Command.Stop {",
            "    @Tag(0x4C) @Message record Start(int job, @Prefixed(Width.UINT8) String reason) implements Command {}",
            "    @Tag(0x43) @Message record Stop(int job) implements Command {}",
            "}");

    @Test
    void taggedUnionCodec() {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor()).compile(COMMAND);
        assertThat(compilation).succeededWithoutWarnings();
        assertGolden(compilation, "test.CommandCodec", "golden/CommandCodec.java");
    }

    @Test
    void untaggedUnionCodec() {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor()).compile(BLOCK);
        assertThat(compilation).succeededWithoutWarnings();
        assertGolden(compilation, "test.BlockCodec", "golden/BlockCodec.java");
    }

    @Test
    void readerPreset() {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor()).compile(BLOCK);
        assertThat(compilation).succeededWithoutWarnings();
        assertGolden(compilation, "test.BlockReader", "golden/BlockReader.java");
    }

    @Test
    void messageCodec() {
        Compilation compilation = compile();
        assertGolden(compilation, "test.StatusCodec", "golden/StatusCodec.java");
    }

    @Test
    void enumCodes() {
        Compilation compilation = compile();
        assertGolden(compilation, "test.ModeCodes", "golden/ModeCodes.java");
    }

    private static Compilation compile() {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor()).compile(MODE, POSITION, STATUS);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static void assertGolden(Compilation compilation, String generatedType, String resource) {
        if (Boolean.getBoolean("wireform.golden.update")) {
            JavaFileObject generated = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT,
                    generatedType.replace('.', '/') + ".java").orElseThrow();
            try {
                Files.writeString(Path.of("src/test/resources", resource),
                        generated.getCharContent(true), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(compilation).generatedSourceFile(generatedType)
                .hasSourceEquivalentTo(JavaFileObjects.forResource(resource));
        // equivalence ignores comments and formatting; the layout table is part of the product too
        try {
            String expected = new String(GoldenSourcesTest.class.getClassLoader().getResourceAsStream(resource)
                    .readAllBytes(), StandardCharsets.UTF_8);
            String actual = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT,
                    generatedType.replace('.', '/') + ".java").orElseThrow().getCharContent(true).toString();
            org.junit.jupiter.api.Assertions.assertEquals(expected, actual, "generated text of " + generatedType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.wireform.processor.tools.dissector;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.wireform.processor.WireformProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The dissector option: declared, off by default (then nothing is written), and with it one Lua
 * dissector and one layout document per protocol and top-level message. What the dissectors do is
 * tested with the real tshark in the samples module.
 */
class DissectorOptionTest {

    static final JavaFileObject COMMAND = JavaFileObjects.forSourceLines("test.Command",
            "package test;",
            "import io.wireform.annotations.*;",
            "@TcpPort(7400)",
            "@Protocol(endian = Endian.LITTLE, tag = Width.UINT16)",
            "public sealed interface Command permits Command.Start, Command.Stop {",
            "    @Tag(0x4C) @Message record Start(int job, @Prefixed(Width.UINT8) String reason) implements Command {}",
            "    @Tag(0x43) @Message record Stop(int job) implements Command {}",
            "}");

    static final JavaFileObject HEADER = JavaFileObjects.forSourceLines("test.Header",
            "package test;",
            "import io.wireform.annotations.*;",
            "@Message",
            "public record Header(@Bits(4) int version, @Bits(4) int flags, @UInt16 int length) {}");

    static final JavaFileObject OTHER_HEADER = JavaFileObjects.forSourceLines("other.Header",
            "package other;",
            "import io.wireform.annotations.*;",
            "@Message",
            "public record Header(@UInt8 int kind) {}");

    @Test
    void optionIsDeclared() {
        assertTrue(new WireformProcessor().getSupportedOptions().contains(Dissectors.OPTION));
        assertEquals("wireform.dissectors", Dissectors.OPTION);
    }

    @Test
    void nothingIsWrittenWithoutTheOption() {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor()).compile(COMMAND, HEADER);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(Map.of(), resources(compilation));
        Compilation off = Compiler.javac().withProcessors(new WireformProcessor())
                .withOptions("-Awireform.dissectors=false").compile(COMMAND, HEADER);
        assertThat(off).succeededWithoutWarnings();
        assertEquals(Map.of(), resources(off));
    }

    @Test
    void oneDissectorAndLayoutPerProtocolAndTopLevelMessage() {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor())
                .withOptions("-Awireform.dissectors=true").compile(COMMAND, HEADER);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> files = resources(compilation);
        // the protocol's records are dissected as part of it, not on their own
        assertEquals(List.of("Command.lua", "Command.md", "Header.lua", "Header.md"), List.copyOf(files.keySet()));
        String command = files.get("Command.lua");
        assertTrue(command.contains("local proto, P = new_proto(\"command\", \"Command (test)\")"), command);
        assertTrue(command.contains("Pref.uint(\"TCP port\", 7400,"), "the @TcpPort is the preference's default");
        assertTrue(command.contains("ProtoField.uint16(P .. \".command.tag\", \"tag\", base.HEX, VS1"), command);
        assertTrue(command.contains("local SELF_DELIMITING = true"), "a tag, an int and a prefixed string end themselves");
        String header = files.get("Header.lua");
        assertTrue(header.contains("ProtoField.uint8(P .. \".header.version\", \"version\", base.DEC, nil, 0xf0,"), header);
        assertTrue(header.contains("ProtoField.uint8(P .. \".header.flags\", \"flags\", base.DEC, nil, 0xf,"), header);
        assertTrue(files.get("Header.md").contains("|version| flags |            length             |"),
                files.get("Header.md"));
    }

    @Test
    void secondTypeOfTheSameNameIsQualified() {
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor())
                .withOptions("-Awireform.dissectors=true").compile(HEADER, OTHER_HEADER);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> files = resources(compilation);
        assertEquals(4, files.size(), files.keySet().toString());
        assertTrue(files.containsKey("Header.lua"));
        String second = files.keySet().stream().filter(n -> n.endsWith("_Header.lua")).findFirst().orElseThrow();
        assertTrue(files.get(second).contains("local proto, P = new_proto(\"" + second.replace(".lua", "").toLowerCase() + "\""),
                files.get(second));
    }

    @Test
    void portOutOfRangeIsAnErrorOnItsValue() {
        JavaFileObject bad = JavaFileObjects.forSourceLines("test.Bad",
                "package test;",
                "import io.wireform.annotations.*;",
                "@TcpPort(70000)",
                "@Message",
                "public record Bad(int x) {}");
        Compilation compilation = Compiler.javac().withProcessors(new WireformProcessor()).compile(bad);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("@TcpPort(70000) on Bad is not a TCP port; use a port from 1 to 65535")
                .inFile(bad).onLineContaining("@TcpPort(70000)");
    }

    /** The files written under {@code META-INF/wireform/wireshark/}, by name. */
    static Map<String, String> resources(Compilation compilation) {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String name = file.toUri().getPath();
            int at = name.indexOf(Dissectors.FOLDER);
            if (at >= 0) {
                try {
                    files.put(name.substring(at + Dissectors.FOLDER.length()), file.getCharContent(true).toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}

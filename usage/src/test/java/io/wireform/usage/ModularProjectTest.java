package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A modular application: its records in a named module that {@code requires io.wireform.runtime},
 * compiled with the annotations and the runtime on the module path and the processor found as a
 * module ({@code --processor-module-path}, through its {@code provides}) or on the processor path,
 * then run from the module path alone.
 */
class ModularProjectTest {

    private static final String MODULE_INFO = """
            module app {
                requires io.wireform.runtime;
            }
            """;

    private static final String WIRE = """
            package app.wire;

            import io.wireform.annotations.*;

            public final class Wire {
                private Wire() {}

                @Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
                public record Reading(@UInt32 long id, @Fixed(2) byte[] code, float value) {}

                @WireEnum
                public enum Mode { @Code(1) IDLE, @Code(2) RUNNING, @Fallback UNKNOWN }

                @Protocol(tag = Width.UINT8)
                public sealed interface Command permits Start, Stop {}

                @Tag(1) public record Start(Mode mode, @Prefixed(Width.UINT8) String name) implements Command {}

                @Tag(2) public record Stop() implements Command {}
            }
            """;

    private static final String MAIN = """
            package app;

            import app.wire.*;
            import io.wireform.runtime.stream.FrameReader;
            import java.util.HexFormat;

            public final class Main {
                public static void main(String[] args) {
                    byte[] bytes = Wire_ReadingCodec.INSTANCE.encode(new Wire.Reading(1, new byte[] {'a', 'b'}, 2.7f));
                    System.out.println(HexFormat.of().formatHex(bytes));
                    Wire.Reading back = Wire_ReadingCodec.INSTANCE.decode(bytes);
                    System.out.println(back.id() + " " + new String(back.code()) + " " + back.value());

                    byte[] start = Wire_CommandCodec.INSTANCE.encode(new Wire.Start(Wire.Mode.RUNNING, "pump"));
                    byte[] stop = Wire_CommandCodec.INSTANCE.encode(new Wire.Stop());
                    System.out.println(HexFormat.of().formatHex(start) + " " + HexFormat.of().formatHex(stop));
                    FrameReader<Wire.Command> reader = Wire_CommandReader.push();
                    System.out.println(reader.feed(new byte[] {start[0], start[1], start[2]}));
                    byte[] rest = new byte[start.length - 3 + stop.length];
                    System.arraycopy(start, 3, rest, 0, start.length - 3);
                    System.arraycopy(stop, 0, rest, start.length - 3, stop.length);
                    System.out.println(reader.feed(rest));
                    System.out.println(Main.class.getModule().getName() + " uses "
                            + FrameReader.class.getModule().getName());
                }
            }
            """;

    @ParameterizedTest(name = "processor on the {0}")
    @ValueSource(strings = {"--processor-module-path", "--processor-path"})
    void modularApplicationCompilesAndRuns(String processorOption) throws Exception {
        Path project = Build.scratch("modular" + processorOption.replace("--", "-"));
        Path src = project.resolve("src");
        write(src.resolve("module-info.java"), MODULE_INFO);
        write(src.resolve("app/wire/Wire.java"), WIRE);
        write(src.resolve("app/Main.java"), MAIN);

        List<Path> modulePath = List.of(Build.locationOf(io.wireform.runtime.WireCodec.class),
                Build.locationOf(io.wireform.annotations.Message.class));
        Compilers.Result result = Compilers.javacModule(Build.javaFiles(src), modulePath, processorOption,
                project.resolve("out"));
        assertTrue(result.success(), () -> "javac failed: " + result.problems() + "\n" + result.output());
        assertEquals(List.of(), result.generatedWarnings(), "javac -Xlint:all on the generated code");
        assertTrue(Files.exists(result.classes().resolve("app/wire/Wire_ReadingCodec.class")));

        List<Path> runPath = new ArrayList<>(modulePath);
        runPath.add(0, result.classes());
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", Build.joined(runPath), "--module", "app/app.Main")
                .redirectErrorStream(true).start();
        String output;
        try {
            output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the application did not end");
        } finally {
            java.destroyForcibly();
        }
        assertEquals(0, java.exitValue(), output);
        assertEquals("""
                0100000061620000cdcc2c40
                1 ab 2.7
                01020470756d70 02
                []
                [Start[mode=RUNNING, name=pump], Stop[]]
                app uses io.wireform.runtime
                """, output.replace("\r\n", "\n"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

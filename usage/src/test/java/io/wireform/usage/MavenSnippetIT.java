package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's Maven snippet, exactly as the text shows it, pasted into an empty project and built by
 * Maven against this build's artifacts, which Maven's invoker plugin installed into a repository of
 * this module's own under target/ (never the user's). Other dependencies and plugins come from the
 * repository of the build that runs this test, else from Maven Central. The project's program then
 * runs a round trip with the installed jars.
 *
 * <p>The text is read from README.md, section "Add it to a Maven build".
 */
class MavenSnippetIT {
    private static final Pattern SNIPPET = Pattern.compile(
            "## Add it to a Maven build.*?```xml\\n(.*?)```", Pattern.DOTALL);

    static Stream<Path> texts() {
        return Stream.of("README.md").map(Build.root()::resolve)
                .filter(MavenSnippetIT::showsBomSnippet);
    }

    private static boolean showsBomSnippet(Path file) {
        try {
            Matcher m = SNIPPET.matcher(Files.readString(file));
            return m.find() && m.group(1).contains("wireform-bom");
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theReadmeShowsTheSnippet() {
        assertTrue(showsBomSnippet(Build.root().resolve("README.md")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void snippetBuildsAnEmptyProject(Path text) throws Exception {
        Matcher m = SNIPPET.matcher(Files.readString(text));
        assertTrue(m.find());
        String snippet = m.group(1);
        // what Maven 3.8 needs spelled out: without it, compiler plugin 3.1 and source 8
        assertTrue(Pattern.compile("<artifactId>maven-compiler-plugin</artifactId>\\s*(<!--.*?-->\\s*)*<version>[0-9.]+</version>")
                .matcher(snippet).find(), "the snippet names the compiler plugin's version");
        assertTrue(snippet.contains("<release>17</release>"), "the snippet sets <release>17</release>");
        assertEquals(1, count(snippet, "<version>" + Build.version() + "</version>"),
                "the snippet names Wireform's version once, the BOM's, and it is " + Build.version());

        Path project = Build.scratch("maven-snippet-" + text.getFileName());
        writePom(project, "demo", snippet);
        Path sources = Files.createDirectories(project.resolve("src/main/java/demo"));
        Files.writeString(sources.resolve("Reading.java"), """
                package demo;

                import io.wireform.annotations.*;

                @Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
                public record Reading(@UInt32 long id, @Fixed(2) byte[] code, float value) {}
                """);
        Files.writeString(sources.resolve("Main.java"), """
                package demo;

                import java.util.HexFormat;

                public final class Main {
                    public static void main(String[] args) {
                        byte[] bytes = ReadingCodec.INSTANCE.encode(new Reading(1, new byte[] {'a', 'b'}, 2.7f));
                        Reading back = ReadingCodec.INSTANCE.decode(bytes);
                        System.out.println(HexFormat.of().formatHex(bytes) + " " + back.id() + " " + back.value());
                    }
                }
                """);
        compile(project);

        Path wireform = Path.of(System.getProperty("wireform.repository")).resolve("io/wireform");
        String version = Build.version();
        List<Path> classPath = List.of(project.resolve("target/classes"),
                wireform.resolve("wireform-runtime/" + version + "/wireform-runtime-" + version + ".jar"),
                wireform.resolve("wireform-annotations/" + version + "/wireform-annotations-" + version + ".jar"));
        String output = run(project, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Build.joined(classPath), "demo.Main");
        assertEquals("0100000061620000cdcc2c40 1 2.7\n", output);
    }

    /** The README: wireform-netty and wireform-kafka are managed by the BOM too, added without a version. */
    @Test
    void nettyAndKafkaNeedNoVersionBesideTheBom() throws Exception {
        Matcher m = SNIPPET.matcher(Files.readString(Build.root().resolve("README.md")));
        assertTrue(m.find());
        String snippet = m.group(1);
        int dependencies = snippet.lastIndexOf("</dependencies>");
        assertTrue(dependencies > snippet.indexOf("</dependencyManagement>"), "the snippet's own dependencies");
        String more = """
                    <dependency>
                      <groupId>io.wireform</groupId>
                      <artifactId>wireform-netty</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>io.wireform</groupId>
                      <artifactId>wireform-kafka</artifactId>
                    </dependency>
                """;
        Path project = Build.scratch("maven-snippet-netty-kafka");
        writePom(project, "demo-netty-kafka", snippet.substring(0, dependencies) + more + snippet.substring(dependencies));
        Path sources = Files.createDirectories(project.resolve("src/main/java/demo"));
        Files.writeString(sources.resolve("Uses.java"), """
                package demo;

                final class Uses {
                    static final Class<?>[] BOTH = {io.wireform.netty.Wireform.class, io.wireform.kafka.WireSerdes.class};
                }
                """);
        compile(project);
        assertTrue(Files.isRegularFile(project.resolve("target/classes/demo/Uses.class")));
    }

    /** The README: every artifact is a named module, kafka's by its manifest. */
    @Test
    void everyArtifactIsANamedModule() {
        Path wireform = Path.of(System.getProperty("wireform.repository")).resolve("io/wireform");
        String version = Build.version();
        Map<String, String> names = Map.of("wireform-annotations", "io.wireform.annotations",
                "wireform-runtime", "io.wireform.runtime", "wireform-processor", "io.wireform.processor",
                "wireform-netty", "io.wireform.netty", "wireform-kafka", "io.wireform.kafka");
        names.forEach((artifact, module) -> {
            Path jar = wireform.resolve(artifact + "/" + version + "/" + artifact + "-" + version + ".jar");
            List<String> found = java.lang.module.ModuleFinder.of(jar).findAll().stream()
                    .map(m -> m.descriptor().name()).toList();
            assertEquals(List.of(module), found, jar.toString());
        });
    }

    @Test
    void publishedArtifactsCarrySourcesAndJavadoc() {
        Path wireform = Path.of(System.getProperty("wireform.repository")).resolve("io/wireform");
        String version = Build.version();
        for (String artifact : List.of("wireform-annotations", "wireform-runtime", "wireform-processor", "wireform-netty",
                "wireform-kafka")) {
            for (String classifier : List.of("", "-sources", "-javadoc")) {
                Path jar = wireform.resolve(artifact + "/" + version + "/" + artifact + "-" + version + classifier + ".jar");
                assertTrue(Files.isRegularFile(jar), jar + " installed");
            }
        }
        assertTrue(Files.isRegularFile(wireform.resolve("wireform-bom/" + version + "/wireform-bom-" + version + ".pom")));
    }

    /** A project's pom: {@code body} (the README's snippet, perhaps with more) as project {@code demo:<artifactId>:1}. */
    private static void writePom(Path project, String artifactId, String body) throws IOException {
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>demo</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                """.formatted(artifactId) + body + "</project>\n");
    }

    /** Compiles {@code project} with Maven against the artifacts installed for this test. */
    private static void compile(Path project) throws IOException, InterruptedException {
        Path settings = project.resolve("settings.xml");
        Files.writeString(settings, settings());
        Path repository = Path.of(System.getProperty("wireform.repository"));
        String maven = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
        run(project, maven, "-B", "-q", "-s", settings.toString(), "-Dmaven.repo.local=" + repository,
                "--no-snapshot-updates", "compile");
    }

    /**
     * The repository of the build running this test, read-only and for releases only, before Maven
     * Central: what a user's machine has cached. Wireform's snapshots come from the test's repository.
     */
    private static String settings() {
        String outer = Path.of(System.getProperty("wireform.outerRepository")).toUri().toString();
        return """
                <settings>
                  <profiles>
                    <profile>
                      <id>cached</id>
                      <repositories>
                        <repository>
                          <id>cached</id>
                          <url>%s</url>
                          <snapshots><enabled>false</enabled></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>cached</id>
                          <url>%s</url>
                          <snapshots><enabled>false</enabled></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>cached</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(outer, outer);
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(10, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        } finally {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + output);
        return output;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}

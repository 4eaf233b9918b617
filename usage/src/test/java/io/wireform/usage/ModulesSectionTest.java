package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/REFERENCE.md's "Modules and compilers" says which artifacts there are, what the BOM manages,
 * each artifact's module name and what the runtime exports: it must say what the build makes, read
 * from the BOM's pom, each module's {@code module-info.java} (or, for an automatic module, its pom's
 * {@code Automatic-Module-Name}).
 */
class ModulesSectionTest {
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(wireform-[a-z]+)</artifactId>");
    private static final Pattern EXPORT = Pattern.compile("exports ([a-z.]+);");
    private static final Pattern ROW = Pattern.compile("^\\| `(wireform-[a-z]+)` \\|", Pattern.MULTILINE);
    private static final Pattern MODULE_ROW = Pattern.compile(
            "^\\| `wireform-([a-z]+)` \\| `([a-z.]+)`( \\(automatic module[^|]*)? \\| (.*) \\|$", Pattern.MULTILINE);
    private static final Pattern MODULE = Pattern.compile("^module ([a-z.]+) \\{", Pattern.MULTILINE);
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*((?:requires|provides|exports) [^;]+);", Pattern.MULTILINE);
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven");

    @Test
    void theTableNamesEveryArtifactAndTheBomCountsThem() throws IOException {
        Set<String> managed = all(ARTIFACT, Files.readString(Build.root().resolve("bom/pom.xml")));
        managed.remove("wireform-bom");
        String section = section();
        Set<String> rows = all(ROW, section);
        rows.remove("wireform-bom");
        assertEquals(managed, rows, "the table's artifacts are the ones the BOM manages");
        String count = "the versions of the " + COUNTS.get(managed.size()) + ", to import";
        assertEquals(true, section.contains(count), "the BOM's row says: " + count);
    }

    @Test
    void theExportsAreTheRuntimes() throws IOException {
        Set<String> exported = all(EXPORT, Files.readString(Build.root().resolve("runtime/src/main/java/module-info.java")));
        String section = section();
        int from = section.indexOf("`io.wireform.runtime` exports");
        String last = "io.wireform.runtime.support`";
        String sentence = section.substring(from, section.indexOf(last, from) + last.length());
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("`(io\\.wireform\\.runtime[a-z.]*)`").matcher(sentence.substring("`io.wireform.runtime` exports".length()));
        while (m.find()) {
            named.add(m.group(1));
        }
        assertEquals(exported, named, "the packages the page says the runtime exports");
    }

    @Test
    void eachModuleIsNamedAndDescribedAsItIsDeclared() throws IOException {
        Matcher row = MODULE_ROW.matcher(section());
        int rows = 0;
        while (row.find()) {
            rows++;
            String artifact = row.group(1);
            String module = row.group(2);
            String said = row.group(4);
            java.nio.file.Path info = Build.root().resolve(artifact + "/src/main/java/module-info.java");
            if (row.group(3) != null) {
                assertEquals(false, Files.exists(info), artifact + " is said to be an automatic module");
                assertEquals(true, Files.readString(Build.root().resolve(artifact + "/pom.xml"))
                        .contains("<Automatic-Module-Name>" + module + "</Automatic-Module-Name>"),
                        artifact + "'s manifest names it " + module);
                continue;
            }
            String declared = Files.readString(info);
            Matcher name = MODULE.matcher(declared);
            assertEquals(true, name.find(), info + " declares a module");
            assertEquals(module, name.group(1), "the module of " + artifact);
            List<String> directives = new ArrayList<>();
            Matcher d = DIRECTIVE.matcher(declared);
            while (d.find()) {
                directives.add(d.group(1).replaceAll("\\s+", " "));
            }
            switch (artifact) {
                case "annotations" -> assertEquals(List.of("exports io.wireform.annotations"), directives,
                        "no dependencies");
                case "runtime" -> assertEquals(all(Pattern.compile("`(requires [^`]+)`"), said),
                        new TreeSet<>(directives.stream().filter(x -> x.startsWith("requires ")).toList()),
                        "what the runtime requires");
                case "processor" -> {
                    assertEquals(List.of(), directives.stream().filter(x -> x.startsWith("exports ")).toList(),
                            "the processor exports nothing");
                    assertEquals(all(Pattern.compile("`(provides [^`]+)`"), said),
                            new TreeSet<>(directives.stream().filter(x -> x.startsWith("provides ")).toList()));
                }
                case "netty" -> assertEquals(List.of(), directives.stream()
                        .filter(x -> x.startsWith("requires ") && !x.startsWith("requires transitive ")).toList(),
                        "the Netty module requires everything transitively");
                default -> throw new AssertionError("a row for " + artifact + " that this test does not know");
            }
        }
        Set<String> managed = all(ARTIFACT, Files.readString(Build.root().resolve("bom/pom.xml")));
        managed.remove("wireform-bom");
        assertEquals(managed.size(), rows, "a row naming the module of each artifact the BOM manages");
    }

    private static String section() {
        String page = ReferencePage.text();
        int start = page.indexOf("## Modules and compilers");
        int end = page.indexOf("\n## ", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static Set<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new TreeSet<>(found);
    }
}

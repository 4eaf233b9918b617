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
 * docs/REFERENCE.md's "Modules and compilers" says which artifacts there are, what the BOM manages
 * and what the runtime exports: it must say what the build makes, read from the BOM's pom and the
 * runtime's {@code module-info.java}.
 */
class ModulesSectionTest {
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(wireform-[a-z]+)</artifactId>");
    private static final Pattern EXPORT = Pattern.compile("exports ([a-z.]+);");
    private static final Pattern ROW = Pattern.compile("^\\| `(wireform-[a-z]+)` \\|", Pattern.MULTILINE);
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

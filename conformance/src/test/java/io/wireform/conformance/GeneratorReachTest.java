package io.wireform.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.conformance.schema.Decls.Schema;
import io.wireform.conformance.schema.SchemaGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The schemas {@link SchemaSpaceTest} compiles (same seed, same count) use the constructs of the derived
 * fields and C alignment: a generator that stopped producing one would leave it unguarded while every run stays green.
 */
class GeneratorReachTest {

    @Test
    void theSchemaSpaceHoldsEveryDerivedConstruct() {
        int count = Integer.getInteger("conformance.schemas", 300);
        Random seeds = new Random(Long.getLong("conformance.seed", 20251202L));
        Map<String, Predicate<String>> constructs = new LinkedHashMap<>();
        constructs.put("@CountOf on the list it counts", text -> countLines(text, true));
        constructs.put("@CountOf on a component before the list", text -> countLines(text, false));
        constructs.put("two @CountOf on one component", text -> text.contains(") @CountOf("));
        constructs.put("a varint @CountOf", text -> text.contains("@CountOf(value = Width.VARINT")
                || text.contains("@CountOf(value = Width.MQTT"));
        constructs.put("a @Terminated list", text -> java.util.regex.Pattern.compile("@Terminated\\(\"[0-9A-F ]+\"\\) "
                + "(@\\w+(\\([^)]*\\))? )*java\\.util\\.List<").matcher(text).find());
        // a C-aligned record with a C array (a @Count list), which is aligned as its elements
        constructs.put("a @Count list in a C-aligned record", text -> java.util.Arrays.stream(text.split("\npackage "))
                .anyMatch(source -> source.contains("Layout.C_ALIGNED") && source.contains("@Count(")));
        // paths into nested records, and alternatives (issue 13, 12)
        constructs.put("a @CountedBy path", text -> Pattern.compile("@CountedBy\\(\"\\w+\\.\\w+\"\\)").matcher(text).find());
        constructs.put("a @SizedBy path", text -> Pattern.compile("@SizedBy\\(\"\\w+\\.\\w+\"\\)").matcher(text).find());
        constructs.put("a @When path", text -> Pattern.compile("@When\\((value = )?\"\\w+\\.\\w+\"").matcher(text).find());
        constructs.put("a @SelectedBy path", text -> Pattern.compile("@SelectedBy\\(\"\\w+\\.\\w+\"\\)").matcher(text).find());
        constructs.put("@CountedBy alternatives", text -> text.contains("@CountedBy({"));
        constructs.put("@SizedBy alternatives", text -> text.contains("@SizedBy({"));
        // @Range on a fixed-width integer, a varint and a bit field
        constructs.put("@Range on a fixed-width integer", text -> Pattern.compile("@(U?Int\\w*(\\(\\d\\))?) @Range\\(")
                .matcher(text).find() || Pattern.compile("[(,] *@Range\\([^)]*\\) (byte|short|int|long) ").matcher(text).find());
        constructs.put("@Range on a varint", text -> Pattern.compile("@Varint(\\([\\w.]+\\))? @Range\\(").matcher(text).find());
        constructs.put("@Range on a bit field", text -> Pattern.compile("@Range\\([^)]*\\) @Bits\\(").matcher(text).find()
                || Pattern.compile("@Bits\\(\\d+\\) @Range\\(").matcher(text).find());
        // an enum selector's @Fallback constant's code tagged on a record whose range goes on over unknown codes
        constructs.put("a record taking a @Fallback constant's code and unknown codes", text -> {
            Matcher fallbacks = Pattern.compile("@Code\\((\\d+)L?\\) @Fallback").matcher(text);
            while (fallbacks.find()) {
                if (Pattern.compile("@Tag\\(value = " + fallbacks.group(1) + "L?, to = ").matcher(text).find()) {
                    return true;
                }
            }
            return false;
        });
        // reader settings a codec must declare (DeclaredSettingsLaws)
        constructs.put("a declared maxFrameLength", text -> text.contains("maxFrameLength = "));
        constructs.put("a declared resync", text -> text.contains("resync = Resync."));
        Map<String, Integer> found = new LinkedHashMap<>();
        constructs.keySet().forEach(k -> found.put(k, 0));
        for (int i = 0; i < count; i++) {
            Schema schema = SchemaGenerator.generate(seeds.nextLong(), "gen.s" + i);
            String text = String.join("\n", schema.sources().values());
            constructs.forEach((name, test) -> {
                if (test.test(text)) {
                    found.merge(name, 1, Integer::sum);
                }
            });
        }
        System.out.println("GeneratorReachTest: schemas with each construct, of " + count + ": " + found);
        found.forEach((name, n) -> assertTrue(n > 0, "no schema of " + count + " has " + name + ": " + found));
    }

    private static final Pattern COUNT_OF = Pattern.compile("@CountOf\\(value = Width\\.\\w+, list = \"(\\w+)\"\\)");
    private static final Pattern LAST_NAME = Pattern.compile("(\\w+)\\s*[,)]\\s*(\\{\\s*\\})?\\s*$");

    /** Whether a component line has a @CountOf of itself ({@code self}) or of another component. */
    private static boolean countLines(String text, boolean self) {
        for (String line : text.split("\n")) {
            Matcher count = COUNT_OF.matcher(line);
            Matcher name = LAST_NAME.matcher(line);
            if (!name.find()) {
                continue;
            }
            while (count.find()) {
                if (count.group(1).equals(name.group(1)) == self) {
                    return true;
                }
            }
        }
        return false;
    }
}

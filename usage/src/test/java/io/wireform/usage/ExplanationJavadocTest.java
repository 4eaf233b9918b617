package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table in {@code Explanation}'s class Javadoc is what {@code toString()} prints: the frame it
 * shows, taken apart by the codec of REFERENCE.md's own {@code SmartHome} (a {@code byte[]} database
 * after a little-endian four-byte tag).
 */
class ExplanationJavadocTest {
    private static final Pattern PRE = Pattern.compile("<pre>\\n(.*?)\\n \\* </pre>", Pattern.DOTALL);

    @Test
    void theClassCommentShowsWhatToStringPrints() throws Exception {
        String shown = javadocTable();
        assertTrue(shown.startsWith("SmartHome: 11 bytes, decoded\n"), shown);
        java.lang.reflect.Field instance = smartHomeCodec().getField("INSTANCE");
        instance.setAccessible(true); // the example's types, and so their codec, are package-private
        Object codec = instance.get(null);
        String printed = ((WireCodec<?>) codec).explain(HexFormat.of().parseHex("43000000" + "03000000" + "616263"))
                .toString();
        assertEquals(shown, printed);
    }

    private static String javadocTable() throws IOException {
        String source = Files.readString(Build.root()
                .resolve("runtime/src/main/java/io/wireform/runtime/explain/Explanation.java"));
        Matcher m = PRE.matcher(source);
        assertTrue(m.find(), "the class comment has its table");
        return m.group(1).replaceAll("(?m)^ \\* ?", "").replace("&lt;", "<").replace("&gt;", ">") + "\n";
    }

    private static Class<?> smartHomeCodec() throws ClassNotFoundException {
        assertTrue(ReferencePage.compiled().success(), "the page's examples compile (ReferencePageTest)");
        for (ReferencePage.Example e : ReferencePage.examples()) {
            if (e.types().text().contains("sealed interface SmartHome permits DownloadDb, DbFile")
                    && e.types().text().contains("byte[] database")) {
                return ReferencePage.loader().loadClass(e.pkg() + ".SmartHomeCodec");
            }
        }
        throw new AssertionError("REFERENCE.md declares SmartHome with a byte[] database");
    }
}

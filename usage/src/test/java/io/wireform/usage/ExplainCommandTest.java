package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * REFERENCE.md's "Explaining a frame" gives the command line of {@code ExplainMain}, "with the codec's
 * classes and the runtime on the class path", exiting with 0 when the frame decodes: run as written,
 * in a JVM of its own, with those two on its class path and nothing else (no annotations jar).
 */
class ExplainCommandTest {
    private static final Pattern COMMAND = Pattern.compile("\n```\n(java -cp [^\n]*ExplainMain[^`]*?)\n```\n");
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    @Test
    void theCommandOnThePageExplainsItsFrame() throws Exception {
        Matcher m = COMMAND.matcher(ReferencePage.text());
        assertTrue(m.find(), "the page gives ExplainMain's command line");
        List<String> words = new ArrayList<>();
        Matcher t = TOKEN.matcher(m.group(1).replace("\\\n", " "));
        while (t.find()) {
            words.add(t.group(1) != null ? t.group(1) : t.group(2));
        }
        assertEquals(List.of("java", "-cp", "runtime/target/classes:samples/target/classes"), words.subList(0, 3),
                "the runtime's classes and the samples' (the codec's), nothing else");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Build.joined(List.of(Build.locationOf(io.wireform.runtime.WireCodec.class),
                        Build.locationOf(io.wireform.samples.smarthome.SmartHomeCodec.class)))));
        command.addAll(words.subList(3, words.size()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ExplainMain ended");
            out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), out);
        assertEquals("""
                SmartHome: 10 bytes, decoded
                offset  size  field                      bytes              value
                     0     4  SmartHome.<tag>            43 00 00 00        67 (0x43)  (tag, checked)
                     4     6  SmartHome.DbFile.database  02 00 00 00 68 69  payload, 2 bytes
                """, out.replace(System.lineSeparator(), "\n"));
    }
}

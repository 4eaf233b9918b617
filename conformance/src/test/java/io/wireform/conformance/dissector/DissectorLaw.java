package io.wireform.conformance.dissector;

import io.wireform.conformance.Failures;
import io.wireform.conformance.compile.InMemoryCompiler;
import io.wireform.conformance.schema.Decls.Schema;
import io.wireform.conformance.schema.SchemaLaws;
import io.wireform.conformance.schema.Values;
import io.wireform.runtime.WireCodec;
import io.wireform.samples.wireshark.Pcap;
import io.wireform.samples.wireshark.Tshark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dissector law: a schema's Wireshark dissector, loaded into the real tshark, reads what its codec
 * reads. For a sample of the generated schemas, random values are encoded and changed at random
 * (mutants); each frame travels alone on a TCP connection of its own in one capture per batch of
 * schemas, which tshark dissects once with all their dissectors. Then, per frame:
 *
 * <ul>
 *   <li>an encoding is one frame of the protocol, of its length, with no problem reported, and
 *       each row of the codec's explanation is an item showing its value ({@link Compare});
 *   <li>a mutant that decode reads is a frame of the length decode read, with no problem, its
 *       items compared as an encoding's; one that decode calls truncated is waited for (no frame
 *       shown), or, where the frames do not say where they end, reported; one that decode
 *       refuses is a frame with a problem reported (an expert info of the dissector's own).
 * </ul>
 *
 * <p>{@code -Dconformance.dissectors=N} checks N schemas of a run (spread over it), {@code all} every
 * one, {@code 0} none; without tshark on the machine the law is skipped, and says so.
 */
public final class DissectorLaw {
    /** Schemas whose dissectors one tshark run loads. */
    private static final int BATCH = 40;
    private static final int VALUES = 8;
    private static final int MUTANTS = 3;
    private static final int FIRST_PORT = 10_000;
    private static final int FIRST_CLIENT_PORT = 20_000;
    /** What a dissector says where it cannot tell where a value of the user's FieldCodec ends. */
    private static final String FIELD_CODEC = "this dissector cannot run a FieldCodec";
    private static final Pattern PROTO = Pattern.compile("new_proto\\(\"([^\"]+)\"");
    private static Set<String> builtin;

    /** One schema's dissector and frames. */
    private record Case(Schema schema, String file, String lua, String proto, boolean selfDelimiting,
                        List<Expected> frames, List<Boolean> encodings) {}

    private final int wanted;
    private final int total;
    private final boolean installed;
    private final List<Case> pending = new ArrayList<>();
    private final Failures failures;

    private int schemas;
    private int encodings;
    private int mutants;
    private int refused;
    private int truncated;
    private int fields;
    private int sameOffset;
    private int unsized;
    /** Frames not compared for a documented limit of dissectors, by limit. */
    private final Map<String, Integer> limits = new java.util.TreeMap<>();
    private int runs;
    private long nanos;

    /** A law for a run of {@code total} schemas, from {@code -Dconformance.dissectors} (40 by default). */
    public DissectorLaw(int total, Failures failures) {
        String setting = System.getProperty("conformance.dissectors", "40").trim();
        this.total = total;
        this.wanted = setting.equalsIgnoreCase("all") ? total : Math.min(total, Integer.parseInt(setting));
        this.installed = wanted > 0 && Tshark.available();
        this.failures = failures;
    }

    /** Whether tshark is here and schemas are to be checked: else nothing is compiled with dissectors. */
    public boolean active() {
        return installed;
    }

    /** Whether schema {@code index} of the run is one of those checked: {@code wanted} spread evenly. */
    public boolean chosen(int index) {
        return installed && (long) index * wanted / total != (long) (index + 1) * wanted / total;
    }

    /** The javac options that make the processor write dissectors. */
    public List<String> compilerOptions() {
        return installed ? List.of("-Awireform.dissectors=true") : List.of();
    }

    /** Takes the dissector of a schema that compiled and obeys the codec laws, and makes its frames. */
    public void add(Schema schema, InMemoryCompiler.Result result, WireCodec<Object> codec) {
        String root = schema.pkg + "." + schema.root().sourceName();
        Map.Entry<String, String> script = result.resources().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".lua") && e.getValue().contains("-- Wireshark dissector for " + root + ", "))
                .findFirst().orElse(null);
        if (script == null) {
            failures.add("dissector: the processor wrote none for the schema's root", seedLine(schema)
                    + "resources: " + result.resources().keySet() + "\n" + schema.text(), 0);
            return;
        }
        Matcher name = PROTO.matcher(script.getValue());
        if (!name.find()) {
            failures.add("dissector: no protocol name in it", seedLine(schema) + script.getValue(), 0);
            return;
        }
        String proto = builtin().contains(name.group(1)) ? name.group(1) + "_wireform" : name.group(1);
        if (pending.stream().anyMatch(c -> c.proto().equals(proto))) {
            flush(); // a schema of another compilation with the same name: Wireshark takes one protocol per name
        }
        List<Expected> frames = new ArrayList<>();
        List<Boolean> encoded = new ArrayList<>();
        Random random = new Random(schema.seed ^ 0x7D15EC7L);
        for (int i = 0; i < VALUES; i++) {
            byte[] bytes;
            try {
                Object value = new Values(random, result.loader(), schema.pkg).value(schema.root(), i % 5);
                bytes = codec.encode(value);
            } catch (RuntimeException e) {
                continue; // an edge the codec laws allow it to refuse
            }
            if (bytes.length == 0 || bytes.length > 30_000) {
                continue;
            }
            frames.add(Expected.encoding(codec, bytes));
            encoded.add(true);
            for (int m = 0; m < MUTANTS; m++) {
                byte[] mutant = SchemaLaws.mutate(bytes, random);
                Expected expected = Expected.bytes(codec, mutant);
                if (expected.outcome().ok()) {
                    // what decode read of it is compared item by item, as an encoding's
                    byte[] read = java.util.Arrays.copyOf(mutant, expected.outcome().consumed());
                    Expected rows = Expected.encoding(codec, read);
                    expected = new Expected(mutant, rows.rows(), expected.outcome(), rows.explanation());
                }
                frames.add(expected);
                encoded.add(false);
            }
        }
        String file = script.getKey().substring(script.getKey().lastIndexOf('/') + 1);
        pending.add(new Case(schema, file, script.getValue(), proto,
                script.getValue().contains("local SELF_DELIMITING = true"), frames, encoded));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Runs tshark on the schemas taken since the last run, and checks the law on each frame. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<Case> batch = List.copyOf(pending);
        pending.clear();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("wireform-dissector-law");
            List<Path> scripts = new ArrayList<>();
            List<String> preferences = new ArrayList<>();
            Pcap capture = null;
            int client = FIRST_CLIENT_PORT;
            Map<Case, List<Integer>> packets = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                Case c = batch.get(i);
                Path script = dir.resolve(i + "_" + c.file());
                Files.writeString(script, c.lua());
                scripts.add(script);
                int port = FIRST_PORT + i;
                preferences.add(c.proto() + ".tcp_port:" + port);
                List<Integer> numbers = new ArrayList<>();
                for (Expected frame : c.frames()) {
                    capture = capture == null ? new Pcap(client++, port) : capture.connect(client++, port);
                    capture.client(frame.frame());
                    numbers.add(capture.packets()); // tshark numbers packets from 1
                }
                packets.put(c, numbers);
            }
            if (capture == null) {
                return;
            }
            String protos = String.join(" ", batch.stream().map(Case::proto).toList());
            keep(capture, scripts, preferences, protos);
            Tshark.Result result = Tshark.run(capture, scripts, preferences, List.of("-J", protos));
            runs++;
            String errors = result.errors().lines().filter(l -> !l.contains("Wireshark has a protocol named"))
                    .reduce("", (a, b) -> a + b + "\n");
            if (!errors.isBlank()) {
                failures.add("dissector: tshark reports on standard error", "schemas " + batch.stream()
                        .map(c -> String.valueOf(c.schema().seed)).toList() + "\n" + errors, 0);
            }
            Map<Integer, Tshark.Packet> byNumber = new java.util.HashMap<>();
            result.packets().forEach(p -> byNumber.put(p.number(), p));
            for (Case c : batch) {
                schemas++;
                check(c, packets.get(c), byNumber);
            }
        } catch (Exception e) {
            failures.add("dissector: the harness failed: " + e.getClass().getSimpleName(), "schemas " + batch.stream()
                    .map(c -> String.valueOf(c.schema().seed)).toList() + "\n" + e, 0);
        } finally {
            nanos += System.nanoTime() - started;
            if (dir != null) {
                delete(dir);
            }
        }
    }

    private void check(Case c, List<Integer> numbers, Map<Integer, Tshark.Packet> packets) {
        for (int i = 0; i < c.frames().size(); i++) {
            Expected frame = c.frames().get(i);
            boolean encoding = c.encodings().get(i);
            Tshark.Packet packet = packets.get(numbers.get(i));
            if (packet == null) {
                failures.add("dissector: tshark shows no packet " + numbers.get(i), seedLine(c.schema()), 0);
                return;
            }
            Shown shown = new Shown(packet, c.proto());
            List<String[]> differences = judge(c, frame, encoding, shown);
            if (!differences.isEmpty()) {
                failures.add("dissector: " + differences.get(0)[0], report(c, frame, encoding, shown, differences),
                        frame.frame().length);
                return; // one report a schema, as the other laws
            }
        }
    }

    /** What disagrees between the dissector and decode for one frame: {signature, detail} pairs. */
    private List<String[]> judge(Case c, Expected frame, boolean encoding, Shown shown) {
        List<String[]> out = new ArrayList<>();
        if (encoding) {
            encodings++;
        } else {
            mutants++;
        }
        for (Shown.Node n : shown.wireshark) {
            out.add(new String[] {"Wireshark reports an error of its own", n.name + ": " + n.showname});
        }
        Shown.Node first = shown.frames.isEmpty() ? null : shown.frames.get(0);
        List<Shown.Problem> problems = first == null ? List.of() : Shown.problems(first, c.proto());
        Expected.Outcome decode = frame.outcome();
        if (problems.stream().anyMatch(p -> p.text().contains(FIELD_CODEC))) {
            // documented (README, "What a dissector checks"): where a @Using value's region does not end with
            // its record (a record of a list), the dissector cannot tell where the value ends, and says so
            unsized++;
            return out;
        }
        if (decode.ok()) {
            judgeRead(c, frame, encoding, shown, first, problems, out);
            if (!out.isEmpty() && wide(frame)) {
                // documented: the numbers a dissector decides with (tags, sizes, counts, conditions, selectors) are
                // Lua numbers, exact to 2^53; beyond, it may decide otherwise. The values it shows are exact.
                out.removeIf(d -> !d[0].startsWith("an item shows another value"));
                if (out.isEmpty()) {
                    limits.merge("a number beyond 2^53", 1, Integer::sum);
                }
            }
            return out;
        }

        if (decode.length() == Expected.Outcome.MORE) {
            // a reader waits for more bytes before it decodes: so may the dissector, or report what it found
            truncated++;
            if (first != null && problems.isEmpty()) {
                out.add(new String[] {"shows a whole frame where frameLength needs more bytes", "the frame is bytes "
                        + first.pos + "+" + first.size + "; decode: " + decode.error()});
            }
            return out;
        }
        refused++;
        // frameLength names decode's error; its walk may have refused the frame first for a documented limit
        String limit = Limits.of(decode.error() + "\n" + decode.lengthError() + "\n" + decode.walkError());
        if (limit != null) {
            limits.merge(limit, 1, Integer::sum);
            return out; // documented: the dissector does not check this, so may show the frame or wait for more
        }
        if (first != null && problems.isEmpty() && first.all().stream().anyMatch(n -> n.name.equals("_ws.expert.message")
                && n.show.contains("with any fields after it"))) {
            // documented: a @Using value took its region's later fields, which the dissector then cannot check
            limits.merge("a refused frame whose @Using value took the fields decode refuses", 1, Integer::sum);
            return out;
        }
        if ((first == null || problems.isEmpty()) && wide(frame)) {
            limits.merge("a number beyond 2^53", 1, Integer::sum); // as above: it may decide otherwise
            return out;
        }
        String length = decode.length() == Expected.Outcome.MALFORMED ? "frameLength refuses the bytes ("
                + decode.lengthError() + ")" : "frameLength " + decode.length();
        if (first == null) {
            out.add(new String[] {"waits for more bytes where decode refuses the frame: " + cause(decode.error()),
                    length + "; decode: " + decode.error()});
        } else if (problems.isEmpty()) {
            out.add(new String[] {"reports no problem where decode refuses the frame: " + cause(decode.error()),
                    "the frame is bytes " + first.pos + "+" + first.size + "; " + length + "; decode: " + decode.error()});
        } else if (problems.stream().anyMatch(p -> p.pos() == decode.offset()
                || p.pos() <= decode.offset() && decode.offset() < p.pos() + p.size() && p.pos() > 0)) {
            sameOffset++;
        }
        return out;
    }

    /** Whether decode read a number beyond 2^53 in the frame (before its error, if any). */
    private static boolean wide(Expected frame) {
        return frame.rows().stream().anyMatch(r -> r.value() instanceof Expected.Int i && i.value().abs().bitLength() > 53);
    }

    /** An encoding, or a mutant decode reads: one frame of decode's length, no problem, its rows as items. */
    private void judgeRead(Case c, Expected frame, boolean encoding, Shown shown, Shown.Node first,
                           List<Shown.Problem> problems, List<String[]> out) {
        Expected.Outcome decode = frame.outcome();
        String what = encoding ? "an encoding" : "a mutant decode reads";
        if (first == null) {
            out.add(new String[] {"shows no frame for " + what, "decode read " + decode.consumed() + " bytes"});
            return;
        }
        if (first.pos != 0 || first.size != decode.consumed()) {
            out.add(new String[] {"takes another length than decode for " + what, "the frame is bytes " + first.pos
                    + "+" + first.size + ", decode read " + decode.consumed()});
        }
        if (encoding && shown.frames.size() != 1) {
            out.add(new String[] {"shows more than one frame for an encoding", shown.frames.size() + " frames"});
        }
        for (Shown.Problem p : problems) {
            out.add(new String[] {"reports a problem (" + p.kind() + ") where decode reads " + (encoding
                    ? "an encoding" : "a mutant"), p.kind() + " on bytes " + p.pos() + "+" + p.size() + ": " + p.text()});
        }
        Compare compare = new Compare(c.proto());
        compare.frame(first, frame.rows());
        fields += compare.fields;
        if (compare.inUsing > 0) {
            limits.merge("rows in the bytes a @Using value took", compare.inUsing, Integer::sum);
        }
        for (String[] d : compare.differences) {
            out.add(new String[] {d[0] + ", in " + what, d[1]});
        }
    }

    /** What a decode error says is wrong, without its numbers and names: {@code expected text in UTF-}. */
    private static String cause(String error) {
        String text = error.replaceFirst("^[^)]*\\): ", "").replaceFirst(", found .*$", "").replaceFirst(" \\[.*$", "");
        return text.replaceAll("[0-9]+", "#").replaceAll("'[^']*'|\"[^\"]*\"", "…");
    }

    private String report(Case c, Expected frame, boolean encoding, Shown shown, List<String[]> differences) {
        StringBuilder s = new StringBuilder(seedLine(c.schema()));
        s.append("dissector: ").append(c.file()).append(" (protocol ").append(c.proto()).append(")\n");
        s.append(encoding ? "an encoding" : "a mutant").append(", bytes: ")
                .append(HexFormat.ofDelimiter(" ").formatHex(frame.frame())).append('\n');
        for (String[] d : differences) {
            s.append("  ").append(d[0]).append(": ").append(d[1]).append('\n');
        }
        s.append("decode: ").append(frame.outcome().ok() ? "read " + frame.outcome().consumed() + " bytes"
                : frame.outcome().error()).append('\n');
        s.append(frame.explanation()).append('\n');
        s.append("the dissector's tree:\n").append(shown.render());
        s.append("schema:\n").append(c.schema().text());
        return s.toString();
    }

    /** Counts for the run's summary, and that the law checked something. */
    public String summary() {
        if (wanted == 0) {
            return "dissector law: off (-Dconformance.dissectors=0)";
        }
        if (!installed) {
            return "dissector law: SKIPPED, tshark is not installed (apt-get install tshark)";
        }
        return String.format(java.util.Locale.ROOT, "dissector law: %d schemas in %d tshark runs, %d encodings and %d "
                        + "mutants (%d refused by decode, %d of which frameLength needs more bytes), %d fields compared, %d of the refused mutants' "
                        + "problems reported at decode's offset; not compared (documented limits): %d frames where a @Using value's end is not "
                        + "known, frames %s; %.1f s", schemas, runs, encodings, mutants, refused, truncated, fields,
                sameOffset, unsized, limits, nanos / 1e9);
    }

    public int schemas() {
        return schemas;
    }

    public int fields() {
        return fields;
    }

    public int refused() {
        return refused;
    }

    /**
     * With {@code -Dconformance.dissectors.keep=<folder>}, the capture, the dissectors and the tshark command
     * of the last run are left there, to run by hand.
     */
    private static void keep(Pcap capture, List<Path> scripts, List<String> preferences, String protos)
            throws IOException {
        String folder = System.getProperty("conformance.dissectors.keep", "");
        if (folder.isBlank()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(folder));
        capture.write(dir.resolve("capture.pcap"));
        StringBuilder command = new StringBuilder("tshark -r capture.pcap -n -T pdml -J '" + protos + "'");
        for (Path script : scripts) {
            Files.copy(script, dir.resolve(script.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            command.append(" -X lua_script:").append(script.getFileName());
        }
        preferences.forEach(p -> command.append(" -o ").append(p));
        Files.writeString(dir.resolve("tshark.sh"), command.append('\n').toString());
    }

    private static synchronized Set<String> builtin() {
        if (builtin == null) {
            try {
                builtin = new HashSet<>(Tshark.protocols(List.of()));
            } catch (Exception e) {
                throw new IllegalStateException("tshark -G protocols failed", e);
            }
        }
        return builtin;
    }

    static String seedLine(Schema schema) {
        return "schema seed " + schema.seed + " (rerun: mvn -pl conformance -am verify -Dtest=SchemaSpaceTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dconformance.only=" + schema.seed + ")\n";
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

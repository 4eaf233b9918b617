package io.wireform.conformance.fuzz;

import io.wireform.conformance.stream.Samples;
import io.wireform.conformance.stream.Subject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the fuzz targets' seed inputs: valid frames of each sample, the same with a byte changed,
 * cut short, or followed by garbage. A tool, not a test: {@code -Dconformance.writeCorpus=true}, and
 * {@code -Dconformance.writeCorpus.only=<family>} for one family.
 */
@EnabledIfSystemProperty(named = "conformance.writeCorpus", matches = "true")
class CorpusSeeds {
    private static final Path ROOT = Path.of("src/test/resources/io/wireform/conformance/fuzz");

    /** For each family, the frames of each of its members, in the order the fuzz tests list them. */
    private static final Map<String, List<String>> FAMILIES = Map.of(
            "device", List.of("DeviceBlock", "DeviceFrame", "DeviceBlock", "DeviceBlock", "DeviceBlock"),
            "modbus", List.of("RequestAdu", "ResponseAdu", "RequestAdu", "ResponseAdu"),
            "mqtt", List.of("MqttPacket"),
            "smartHomeFramingBinary", List.of("SmartHome", "Sixteen", "Line (delimited \\n)",
                    "Blob (length-prefixed 4)", "Reading", "NetworkReading", "PackedReading"),
            "selection", List.of("Tlv", "Control"),
            "protocols", List.of("DnsMessage", "WebSocketFrame", "TlsRecord", "MariaDbPacket"));

    @Test
    void write() throws IOException {
        Random random = new Random(11);
        // -Dconformance.writeCorpus.only=<family> writes that family's seeds alone
        String only = System.getProperty("conformance.writeCorpus.only", "");
        for (Map.Entry<String, List<String>> family : FAMILIES.entrySet()) {
            if (!only.isEmpty() && !only.equals(family.getKey())) {
                continue;
            }
            List<String> members = family.getValue();
            for (int i = 0; i < members.size(); i++) {
                Function<Random, byte[]> frames = subject(members.get(i)).frames();
                int skip = members.get(i).equals("RequestAdu") && i >= 2 || members.get(i).equals("ResponseAdu") && i >= 2
                        ? 7 : 0; // the PDU codecs read what follows the 7-byte MBAP header
                for (int k = 0; k < 3; k++) {
                    byte[] frame = frames.apply(random);
                    frame = java.util.Arrays.copyOfRange(frame, Math.min(skip, frame.length), frame.length);
                    write("SampleCodecFuzzTestInputs", family.getKey(), "valid-" + i + "-" + k, prefixed(i, frame));
                    byte[] bad = frame.clone();
                    if (bad.length > 0) {
                        bad[random.nextInt(bad.length)] ^= (byte) 0x5A;
                    }
                    write("SampleCodecFuzzTestInputs", family.getKey(), "corrupt-" + i + "-" + k, prefixed(i, bad));
                    write("SampleCodecFuzzTestInputs", family.getKey(), "short-" + i + "-" + k,
                            prefixed(i, java.util.Arrays.copyOf(frame, frame.length / 2)));
                }
                for (int k = 0; k < 3; k++) {
                    ByteArrayOutputStream stream = new ByteArrayOutputStream();
                    stream.write(i);
                    stream.write(k);
                    stream.write(random.nextInt(256));
                    byte[] first = frames.apply(random);
                    stream.writeBytes(first);
                    byte[] garbage = new byte[1 + random.nextInt(20)];
                    random.nextBytes(garbage);
                    stream.writeBytes(garbage);
                    stream.writeBytes(frames.apply(random));
                    byte[] broken = frames.apply(random);
                    broken[broken.length - 1] ^= 0x33;
                    stream.writeBytes(broken);
                    stream.writeBytes(java.util.Arrays.copyOf(first, first.length / 2));
                    write("SampleReaderFuzzTestInputs", family.getKey(), "stream-" + i + "-" + k, stream.toByteArray());
                }
            }
        }
    }

    private static Subject<?> subject(String name) {
        return Samples.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] prefixed(int selector, byte[] frame) {
        byte[] input = new byte[frame.length + 1];
        input[0] = (byte) selector;
        System.arraycopy(frame, 0, input, 1, frame.length);
        return input;
    }

    private static void write(String test, String method, String name, byte[] bytes) throws IOException {
        Path dir = ROOT.resolve(test).resolve(method);
        Files.createDirectories(dir);
        Files.write(dir.resolve("seed-" + name), bytes);
    }
}

package io.wireform.samples.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Records that fill their region read in place ({@code decodeRegion}) decode and fail exactly as the
 * codecs that moved the buffer's position to call a record's {@code decode} did: for every input below
 * (cuts and one-byte changes of valid frames, and seeded random bytes), the decoded value and the
 * position after it, or the error's class, offset, field path, message and the position after it, are
 * those recorded in {@code region-reads.txt} from the codecs generated before. Regenerate the file
 * with {@code -Dwireform.regionreads.update=true} only from code whose outcomes are known good.
 */
class RegionReadsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Path EXPECTED = Path.of("src/test/resources/region-reads.txt");
    private static final int FRAME_AT = 3; // bytes before the frame in its buffer

    @Test
    void decodesAndFailsAsBefore() throws IOException {
        List<String> lines = new ArrayList<>();
        outcomes(lines, "Chosen", ChosenCodec.INSTANCE, List.of(
                new Chosen((short) 1, new Chosen.Plain(new byte[] {1, 2}), (short) 9),
                new Chosen((short) 1, new Chosen.Plain(new byte[0]), (short) 9),
                new Chosen((short) 2, new Chosen.Capped(new byte[] {1, 2, 3}), (short) 9),
                new Chosen((short) 3, new Chosen.Marked(7, "hé"), (short) 9),
                new Chosen((short) 8, new Chosen.Rest(new byte[] {1, 2, 3, 4}), (short) 9)), 11);
        outcomes(lines, "Trailed", TrailedCodec.INSTANCE, List.of(
                new Trailed((short) 1, new Chosen.Plain(new byte[] {1, 2})),
                new Trailed((short) 2, new Chosen.Capped(new byte[] {1, 2, 3})),
                new Trailed((short) 3, new Chosen.Marked(7, "hé")),
                new Trailed((short) 8, new Chosen.Rest(new byte[] {1, 2, 3, 4}))), 12);
        outcomes(lines, "Nests", NestsCodec.INSTANCE, List.of(
                new Nests(new Inner(7, new byte[] {1, 2}), (short) 9),
                new Nests(new Inner(7, new byte[] {1, 2, 3, 4, 5}), (short) 9)), 13);
        outcomes(lines, "NestsLast", NestsLastCodec.INSTANCE, List.of(
                new NestsLast((short) 5, new Inner(7, new byte[] {1, 2})),
                new NestsLast((short) 5, new Inner(7, new byte[0]))), 14);
        outcomes(lines, "Inner", InnerCodec.INSTANCE, List.of(new Inner(7, new byte[] {1, 2, 3})), 15);
        if (Boolean.getBoolean("wireform.regionreads.update")) {
            Files.write(EXPECTED, lines, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
        assertEquals(expected.size(), lines.size(), "inputs tried");
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(expected.get(i), lines.get(i), "line " + (i + 1));
        }
    }

    /** The outcome of every input derived from {@code frames}, and of random ones from {@code seed}. */
    private static <T> void outcomes(List<String> lines, String name, WireCodec<T> codec, List<T> values, long seed) {
        Set<String> inputs = new LinkedHashSet<>();
        for (T value : values) {
            byte[] frame = codec.encode(value);
            for (int cut = 0; cut <= frame.length; cut++) {
                inputs.add(HEX.formatHex(frame, 0, cut));
            }
            for (int i = 0; i < frame.length; i++) {
                for (int b : new int[] {0, 1, 2, 3, 4, 5, 6, 0x7F, 0xC3, 0xFF}) {
                    byte[] changed = frame.clone();
                    changed[i] = (byte) b;
                    inputs.add(HEX.formatHex(changed));
                }
            }
        }
        Random random = new Random(seed);
        int[] alphabet = {0, 1, 2, 3, 4, 5, 8, 0x41, 0xC3, 0xFF};
        for (int n = 0; n < 200; n++) {
            byte[] bytes = new byte[random.nextInt(11)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : alphabet[random.nextInt(alphabet.length)]);
            }
            inputs.add(HEX.formatHex(bytes));
        }
        for (String input : inputs) {
            lines.add(name + " " + input + " -> " + outcome(codec, HEX.parseHex(input)));
        }
    }

    private static <T> String outcome(WireCodec<T> codec, byte[] frame) {
        ByteBuffer in = ByteBuffer.allocate(FRAME_AT + frame.length + 2);
        in.put(FRAME_AT, frame).position(FRAME_AT).limit(FRAME_AT + frame.length);
        try {
            T value = codec.decode(in, in.limit());
            return "ok at " + in.position() + ": " + HEX.formatHex(codec.encode(value));
        } catch (WireException e) {
            return e.getClass().getSimpleName() + " at " + in.position() + ": " + e.offset() + " " + e.fieldPath() + " "
                    + e.getMessage();
        }
    }
}

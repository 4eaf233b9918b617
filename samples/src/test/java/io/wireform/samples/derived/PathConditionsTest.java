package io.wireform.samples.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.derived.PathConditions.Entry;
import io.wireform.samples.derived.PathConditions.Flags;
import io.wireform.samples.derived.PathConditions.Framed;
import io.wireform.samples.derived.PathConditions.Named;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code @When} through a path into an earlier nested record: decode, encode, {@code frameLength} and
 * a stream reader agree on whether the component is there, at a constant offset in the nested record
 * and where {@code frameLength} has to decode it.
 */
class PathConditionsTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void aBitOfTheHeadersFlags() {
        Framed with = new Framed(new Flags(1, 0x03), Optional.of(0xCAFEBABE), "hi");
        Framed without = new Framed(new Flags(1, 0x02), Optional.empty(), "hi");
        assertEquals("0103" + "cafebabe" + "026869", HEX.formatHex(PathConditions_FramedCodec.INSTANCE.encode(with)));
        assertEquals("0102" + "026869", HEX.formatHex(PathConditions_FramedCodec.INSTANCE.encode(without)));
        for (Framed f : List.of(with, without)) {
            byte[] bytes = PathConditions_FramedCodec.INSTANCE.encode(f);
            assertEquals(f, PathConditions_FramedCodec.INSTANCE.decode(bytes));
            assertEquals(bytes.length, PathConditions_FramedCodec.INSTANCE.frameLength(ByteBuffer.wrap(bytes)));
        }
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> PathConditions_FramedCodec.INSTANCE
                .encode(new Framed(new Flags(1, 0x02), Optional.of(1), "")));
        assertTrue(e.getMessage().contains("head.flags"), e.getMessage());
    }

    @Test
    void aBooleanOfAHeaderOfVariableSize() {
        Entry with = new Entry(new Named("abc", true), Optional.of(7L), 9);
        Entry without = new Entry(new Named("", false), Optional.empty(), 9);
        assertEquals("03616263" + "01" + "0000000000000007" + "09",
                HEX.formatHex(PathConditions_EntryCodec.INSTANCE.encode(with)));
        assertEquals("00" + "00" + "09", HEX.formatHex(PathConditions_EntryCodec.INSTANCE.encode(without)));
        byte[] stream = HEX.parseHex("03616263010000000000000007" + "09" + "000009" + "0178020000000000000001ff");
        List<Entry> expected = List.of(with, without, new Entry(new Named("x", true), Optional.of(1L), 0xff));
        for (int chunk : new int[] {1, 3, stream.length}) {
            FrameReader<Entry> reader = PathConditions_EntryReader.builder().build();
            List<Entry> read = new ArrayList<>();
            for (int at = 0; at < stream.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)), read::add);
            }
            reader.endOfStream(read::add);
            assertEquals(expected, read, "fed " + chunk + " at a time");
        }
    }
}

package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Endian;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.explain.Explanation;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.tlv.Tlv;
import io.wireform.samples.tlv.TlvCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under a framing of the reader's own, an error decode finds in the message is where its byte is in the
 * stream: its offset counts from the framing's first byte (the header's, or the first block's), as the
 * reader's own errors do, and its hex window shows the stream's bytes around it; {@code explain} still
 * takes the message apart. The conformance suite's ReaderOffsets law checks the same of random streams.
 */
class FramedErrorOffsetsTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    /** A Tlv reading whose length region, 5, is one byte longer than its fields: wrong at offset 7, its last byte. */
    private static final String LONG_REGION = "01 00 05 07 12 4d 60 00";

    private static WireException readError(Framing framing, String stream) {
        FrameReader<Tlv> reader = FrameReader.builder(TlvCodec.INSTANCE).framing(framing).build();
        return assertThrows(WireException.class, () -> {
            reader.feed(ByteBuffer.wrap(HEX.parseHex(stream)), m -> { });
            reader.endOfStream(m -> { });
        });
    }

    @Test
    void aCodecErrorCountsFromTheLengthPrefix() {
        WireException alone = assertThrows(WireDecodeException.class, () -> TlvCodec.INSTANCE.decode(HEX.parseHex(LONG_REGION)));
        assertEquals(7, alone.offset());

        WireException e = readError(Framing.lengthPrefixed(2), "00 08 " + LONG_REGION);
        assertEquals(WireDecodeException.class, e.getClass());
        assertEquals(2 + 7, e.offset(), e.getMessage());
        assertEquals(alone.fieldPath(), e.fieldPath());
        assertEquals("08 01 00 05 07 12 4d 60 [00]", e.hexWindow()); // 8 bytes either side
        explainsTheMessage(e, alone);
    }

    @Test
    void aCodecErrorCountsFromTheNetstringsLength() {
        WireException e = readError(Framing.netstring(), "38 3a " + LONG_REGION + " 2c"); // 8:...,
        assertEquals(2 + 7, e.offset(), e.getMessage());
        assertEquals("3a 01 00 05 07 12 4d 60 [00] 2c", e.hexWindow());
    }

    @Test
    void aCodecErrorInBlocksIsAtItsBytesPlaceAmongThem() {
        // blocks of 3: 03 010005, 03 07124d, 02 6000, 00: the message's byte 7 is the stream's byte 10
        WireException e = readError(Framing.chunked(1, Endian.BIG, 3), "03 01 00 05 03 07 12 4d 02 60 00 00");
        assertEquals(10, e.offset(), e.getMessage());
        assertEquals("00 05 03 07 12 4d 02 60 [00] 00", e.hexWindow());
        explainsTheMessage(e, assertThrows(WireException.class, () -> TlvCodec.INSTANCE.decode(HEX.parseHex(LONG_REGION))));
    }

    @Test
    void decodesTruncationAndTheReadersOwnCountFromTheSameByte() {
        // the message says 4 bytes follow its length; its frame holds 1: decode finds it cut short at the frame's end
        WireException decoded = readError(Framing.lengthPrefixed(2), "00 05 01 00 04 07 12");
        TruncatedFrameException cut = assertInstanceOfTruncated(decoded);
        assertEquals(7, cut.offset(), cut.getMessage());
        assertEquals(7, cut.available());
        assertEquals(9, cut.needed());
        // a frame of no fixed size: its length is a lower bound (TruncatedFrameException.lengthKnown)
        assertTrue(cut.getMessage().startsWith("Truncated frame: input ended 7 bytes into a frame of at least 9 bytes"),
                cut.getMessage());
        assertEquals("00 05 01 00 04 07 12 []", cut.hexWindow());

        // the stream ends inside the frame: the reader's own truncation, from the same first byte
        TruncatedFrameException own = assertInstanceOfTruncated(readError(Framing.lengthPrefixed(2), "00 05 01 00 04"));
        assertEquals(5, own.offset(), own.getMessage());
        assertEquals(7, own.needed());
    }

    @Test
    void aDroppedFramesCauseIsWhereTheListenerIsToldItStarts() {
        List<long[]> at = new ArrayList<>();
        List<WireException> causes = new ArrayList<>();
        FrameReader<Tlv> reader = FrameReader.builder(TlvCodec.INSTANCE).framing(Framing.lengthPrefixed(2))
                .resync(io.wireform.annotations.Resync.SKIP_FRAME).onDropped((bytes, offset, cause) -> {
                    at.add(new long[] {offset, bytes});
                    causes.add(cause);
                }).build();
        String good = "00 07 01 00 04 07 12 4d 60";
        List<Tlv> read = new ArrayList<>();
        reader.feed(ByteBuffer.wrap(HEX.parseHex(good + " 00 08 " + LONG_REGION + " " + good)), read::add);
        assertEquals(2, read.size());
        assertEquals(1, at.size());
        assertEquals(List.of(9L, 10L), List.of(at.get(0)[0], at.get(0)[1]));
        assertEquals(9, causes.get(0).offset(), causes.get(0).getMessage()); // the stream's byte 9 + 9 = 18, the 00
    }

    private static TruncatedFrameException assertInstanceOfTruncated(WireException e) {
        assertEquals(TruncatedFrameException.class, e.getClass(), e.toString());
        return (TruncatedFrameException) e;
    }

    /** {@code explain} reads the message again and finds the error decode found in it alone. */
    private static void explainsTheMessage(WireException e, WireException alone) {
        Explanation explained = e.explain(TlvCodec.INSTANCE);
        WireException again = explained.error().orElseThrow();
        assertEquals(alone.offset(), again.offset());
        assertEquals(alone.fieldPath(), again.fieldPath());
        assertTrue(!explained.rows().isEmpty(), explained.toString());
    }
}

package io.wireform.samples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameReader;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * {@link TruncatedFrameException#lengthKnown()}: "whether {@code needed()} is the whole frame's length
 * rather than a lower bound", and the message with it: "a 4-byte frame" only where the frame's length
 * is known, else "a frame of at least n bytes". A frame cut short inside a field whose size its own
 * prefix gives, with more fields after it, is not known to end there.
 */
class TruncationLengthTest {

    @Test
    void aFixedSizeFrameKnowsItsLength() {
        TruncatedFrameException e = cut(Cut_PointCodec.INSTANCE, "0001 00");
        assertTrue(e.lengthKnown());
        assertEquals(4, e.needed());
        assertEquals(3, e.available());
        assertTrue(e.getMessage().startsWith("Truncated frame: input ended 3 bytes into a 4-byte frame at offset 3"),
                e.getMessage());
    }

    @Test
    void aFrameCutInsideAFieldWithMoreAfterItIsAtLeastThatLong() {
        // two questions; the second's name prefix is missing, and its name and type would follow
        TruncatedFrameException e = cut(Cut_QuestionsCodec.INSTANCE, "0007 0002 0161 0001");
        assertFalse(e.lengthKnown(), e.getMessage());
        assertEquals(9, e.needed(), "the second question's prefix at least");
        assertEquals(8, e.available());
        assertTrue(e.getMessage().startsWith("Truncated frame: input ended 8 bytes into a frame of at least 9 bytes"),
                e.getMessage());
    }

    @Test
    void aFixedSizeRecordInsideALongerFrameDoesNotGiveTheFramesLength() {
        TruncatedFrameException e = cut(Cut_MarkedCodec.INSTANCE, "01 0001 00");
        assertFalse(e.lengthKnown(), e.getMessage());
        assertEquals(5, e.needed(), "the point's end at least; the label follows");
        assertTrue(e.getMessage().startsWith("Truncated frame: input ended 4 bytes into a frame of at least 5 bytes"),
                e.getMessage());
    }

    @Test
    void expectedAndFoundCountFromTheOuterFramesStartAsTheOffsetDoes() {
        // the point's own bounds check says 4 bytes needed, 3 there; inside Marked, after its first byte
        TruncatedFrameException e = cut(Cut_MarkedCodec.INSTANCE, "01 0001 00");
        assertEquals(4, e.offset());
        assertEquals("at least 5 bytes", e.expected());
        assertEquals("4 bytes", e.actual());
        assertTrue(e.getMessage().contains(": expected at least 5 bytes, found 4 bytes"), e.getMessage());
        // and under a framing of the reader's own, counted from the framing's first byte
        FrameReader<Cut.Questions> reader = FrameReader.builder(Cut_QuestionsCodec.INSTANCE)
                .framing(io.wireform.runtime.stream.Framing.lengthPrefixed(2)).build();
        TruncatedFrameException framed = assertThrows(TruncatedFrameException.class,
                () -> reader.feed(HexFormat.of().parseHex("0008" + "000700020161" + "0001")));
        assertEquals("at least " + framed.needed() + " bytes", framed.expected(), framed.getMessage());
        assertEquals(framed.available() + " bytes", framed.actual(), framed.getMessage());
        assertEquals(2 + 8, framed.available(), framed.getMessage());
    }

    @Test
    void anUntaggedFrameNotYetToldApartIsLongerThanTheBytesThereAre() {
        // five bytes: a 6-byte Short whose end marker has not all arrived, or an 8-byte Long
        TruncatedFrameException e = cut(Cut_BlocksCodec.INSTANCE, "fdcc 0102 cc");
        assertFalse(e.lengthKnown(), e.getMessage());
        assertEquals(6, e.needed(), "no more than the Short it may be");
        assertTrue(e.getMessage().startsWith("Truncated frame: input ended 5 bytes into a frame of at least 6 bytes"),
                e.getMessage());
        // and the sixth byte makes it one
        assertInstanceOf(Cut.Short.class, Cut_BlocksCodec.INSTANCE.decode(HexFormat.of().parseHex("fdcc0102ccdd")));
    }

    @Test
    void aReaderAtTheEndOfTheStreamSaysTheSame() {
        FrameReader<Cut.Questions> reader = Cut_QuestionsReader.push();
        reader.feed(HexFormat.of().parseHex("000700020161" + "0001"));
        TruncatedFrameException e = assertThrows(TruncatedFrameException.class, () -> reader.endOfStream(m -> { }));
        assertFalse(e.lengthKnown(), e.getMessage());
        assertEquals(cut(Cut_QuestionsCodec.INSTANCE, "0007 0002 0161 0001").getMessage(), e.getMessage());
    }

    private static TruncatedFrameException cut(WireCodec<?> codec, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        return assertThrows(TruncatedFrameException.class, () -> codec.decode(bytes));
    }
}

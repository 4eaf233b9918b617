package io.wireform.samples.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.samples.framing.SixteenCodec;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Text is decoded strictly, so that what decodes encodes back to the same bytes: ill-formed UTF-8 and
 * bytes outside US-ASCII are a decode error naming the field (MQTT 3.1.1, section 1.5.3, requires it),
 * and characters a charset cannot encode are an encode error, never a silent {@code ?}.
 */
class StrictTextTest {

    @Test
    void aNonAsciiByteInAnAsciiFieldIsADecodeError() {
        // 80 + 15 spaces: the 16-byte sample used to decode it as "\uFFFD" and encode that back as "?"
        byte[] frame = new byte[16];
        Arrays.fill(frame, (byte) ' ');
        frame[0] = (byte) 0x80;
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> SixteenCodec.INSTANCE.decode(frame));
        assertEquals("Sixteen.text", e.fieldPath());
        assertEquals(0, e.offset());
        assertEquals("text in US-ASCII", e.expected());
    }

    @Test
    void illFormedUtf8IsADecodeErrorAtTheBadByte() {
        // "ab", then C3 without its continuation byte, then "c"
        byte[] frame = HexFormat.of().parseHex("04 6162 c3 63".replace(" ", ""));
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> Texts_TopicCodec.INSTANCE.decode(frame));
        assertEquals("Topic.name", e.fieldPath());
        assertEquals(3, e.offset());
    }

    @Test
    void aBoundedTextOfBadBytesNoLongerDecodesToOneThatCannotBeEncoded() {
        // 255 bytes of 80 used to decode to 255 U+FFFD, 765 bytes of UTF-8: more than a UINT8 prefix holds
        byte[] frame = new byte[256];
        frame[0] = (byte) 0xFF;
        Arrays.fill(frame, 1, 256, (byte) 0x80);
        assertThrows(WireDecodeException.class, () -> Texts_TopicCodec.INSTANCE.decode(frame));
    }

    @Test
    void leniencyIsTheSchemasChoice() {
        byte[] frame = HexFormat.of().parseHex("0361ff62");
        assertEquals("a\uFFFDb", Texts_LenientCodec.INSTANCE.decode(frame).name());
    }

    @Test
    void validTextRoundTripsInEveryField() {
        Texts.Topic topic = new Texts.Topic("caf\u00e9 \u2603 \uD83D\uDE00");
        byte[] bytes = Texts_TopicCodec.INSTANCE.encode(topic);
        assertEquals(topic, Texts_TopicCodec.INSTANCE.decode(bytes));
        Texts.Ascii ascii = new Texts.Ascii("AB", "ok");
        assertArrayEquals(HexFormat.of().parseHex("41422020026f6b"), Texts_AsciiCodec.INSTANCE.encode(ascii));
        assertEquals(ascii, Texts_AsciiCodec.INSTANCE.decode(Texts_AsciiCodec.INSTANCE.encode(ascii)));
    }

    @Test
    void aCharacterTheCharsetCannotEncodeIsAnEncodeError() {
        WireEncodeException fixed = assertThrows(WireEncodeException.class,
                () -> Texts_AsciiCodec.INSTANCE.encode(new Texts.Ascii("\u00e9", "ok")));
        assertEquals("Ascii.code", fixed.fieldPath());
        assertEquals("U+00E9 at index 0", fixed.actual());
        WireEncodeException prefixed = assertThrows(WireEncodeException.class,
                () -> Texts_AsciiCodec.INSTANCE.encode(new Texts.Ascii("A", "n\u00f6")));
        assertEquals("Ascii.note", prefixed.fieldPath());
        assertEquals("U+00F6 at index 1", prefixed.actual());
        // a lone surrogate has no UTF-8 encoding either
        WireEncodeException surrogate = assertThrows(WireEncodeException.class,
                () -> Texts_TopicCodec.INSTANCE.encode(new Texts.Topic("a\uD800")));
        assertEquals("Topic.name", surrogate.fieldPath());
    }
}

package io.wireform.samples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.samples.dns.DnsMessageCodec;
import io.wireform.samples.dns.DnsMessageReader;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * One input, one error (FINDINGS S22): decode, frameLength and every stream reader, fed the bytes whole or a
 * byte at a time, name the same error (class, offset, field path) for wrong bytes, the first decode meets.
 * They once named different ones: decode called a list whose count cannot fit cut short before reading an
 * element that frameLength found wrong; frameLength passed over text, codes and constants that decode
 * checks, and reported a length after them; and it read a selector as a tag where decode read the enum.
 */
class OneErrorTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Two questions announced, one byte after the header: a label of type 0x80, before the count is judged. */
    @Test
    void aListIsReadElementByElementBeforeItsCountIsCalledTooLarge() {
        byte[] frame = HEX.parseHex("0000" + "0000" + "0002" + "0000" + "0000" + "0000" + "81");
        assertOneError("WireDecodeException at 12 (DnsMessage.questions[].name)", DnsMessageCodec.INSTANCE,
                DnsMessageReader::builder, frame);
    }

    /** 65535 questions announced, one there (the root name, type A, class IN): the second is cut short where it starts. */
    @Test
    void aCountTheBytesCannotHoldIsCutShortAfterTheElementsThatAreThere() {
        byte[] frame = HEX.parseHex("0000" + "0000" + "ffff" + "0000" + "0000" + "0000" + "00" + "0001" + "0001");
        TruncatedFrameException cut = assertThrows(TruncatedFrameException.class,
                () -> DnsMessageCodec.INSTANCE.decode(frame));
        assertEquals("TruncatedFrameException at 17 (DnsMessage.questions[].name)", describe(cut));
        assertEquals(WireCodec.NEED_MORE, Math.max(-1, DnsMessageCodec.INSTANCE.frameLength(ByteBuffer.wrap(frame), 0,
                frame.length)), "frameLength waits for more");
    }

    /** Elements of one byte each, all there but the count is larger: cut short where they end. */
    @Test
    void aListWhoseElementsAllFitButNotItsCountIsCutShortWhereTheyEnd() {
        byte[] frame = HEX.parseHex("ffff" + "00" + "00" + "00");
        TruncatedFrameException cut = assertThrows(TruncatedFrameException.class,
                () -> OneError_WordsCodec.INSTANCE.decode(frame));
        assertEquals("TruncatedFrameException at 5 (Words.words)", describe(cut));
        assertEquals(2 + 65535, cut.needed());
    }

    /** "c3 28" is no UTF-8, at 1; the data's length 9 is over its @Max, at 3. */
    @Test
    void textTheWalkPassesOverIsWrongBeforeALengthItChecks() {
        byte[] frame = HEX.parseHex("02" + "c328" + "09" + "000102030405060708");
        assertOneError("WireDecodeException at 1 (Named.name)", OneError_NamedCodec.INSTANCE,
                OneError_NamedReader::builder, frame);
    }

    /** Code 5 is no Shape's, at 0; the constant 2 is not 1, at 1; the length 9 is over its @Max, at 2. */
    @Test
    void aCodeAndAConstantTheWalkPassesOverAreWrongBeforeALengthItChecks() {
        assertOneError("WireDecodeException at 0 (Coded.shape)", OneError_CodedCodec.INSTANCE,
                OneError_CodedReader::builder, HEX.parseHex("05" + "01" + "09" + "000102030405060708"));
        assertOneError("WireDecodeException at 1 (Coded.version)", OneError_CodedCodec.INSTANCE,
                OneError_CodedReader::builder, HEX.parseHex("01" + "02" + "09" + "000102030405060708"));
    }

    /** Code 5 is no Shape's: decode says so at the enum, at 1, not at the record it would choose, at 2. */
    @Test
    void aSelectorIsWrongAsTheEnumItIs() {
        byte[] frame = HEX.parseHex("07" + "05" + "0000");
        assertOneError("WireDecodeException at 1 (Shaped.shape)", OneError_ShapedCodec.INSTANCE,
                OneError_ShapedReader::builder, frame);
    }

    /**
     * A header inside the length region that ends with the streamed payload: the region's length (0x20) is
     * past the bytes there, so decoding the header from fewer bytes than it has is cut short, not an overrun
     * of the region, and the readers that stream payloads name decode's error however the bytes arrive.
     */
    @Test
    void aStreamedPayloadsHeaderIsCutShortByItsInputNotWrong() {
        StreamedCodec<OneError.Carried> codec = OneError_CarriedCodec.INSTANCE;
        byte[] prefix = HEX.parseHex("20" + "01" + "81");
        ByteBuffer in = ByteBuffer.wrap(prefix);
        assertThrows(TruncatedFrameException.class, () -> codec.decodeHeader(in, prefix.length, n -> Payload.of(new byte[0])));
        // code 5, at 1, is no Shape's; the tag's length 9, at 3, is over its @Max
        byte[] frame = HEX.parseHex("20" + "05" + "01" + "09" + "000102030405060708" + "0a0b0c0d0e0f101112131415161718191a1b1c1d");
        assertOneError("WireDecodeException at 1 (Carried.shape)", codec, OneError_CarriedReader::builder, frame);
    }

    /**
     * decode names {@code expected}, and so do frameLength (headerLength for a streamed codec), which walks the
     * frame to measure it and finds the bytes wrong first, and a reader fed the frame whole or a byte at a time
     * (with a payload sink, and without).
     */
    private static <T> void assertOneError(String expected, WireCodec<T> codec, Supplier<FrameReader.Builder<T>> readers,
                                           byte[] frame) {
        assertEquals(expected, describe(assertThrows(WireException.class, () -> codec.decode(frame))), "decode");
        if (codec instanceof StreamedCodec<T> streamed) {
            // the whole frame's length is its region's; measuring the header walks into it
            assertEquals(frame.length, codec.frameLength(ByteBuffer.wrap(frame), 0, frame.length), "frameLength");
            assertEquals(expected, describe(assertThrows(WireException.class,
                    () -> streamed.headerLength(ByteBuffer.wrap(frame), 0, frame.length))), "headerLength");
        } else {
            assertEquals(expected, describe(assertThrows(WireException.class,
                    () -> codec.frameLength(ByteBuffer.wrap(frame), 0, frame.length))), "frameLength");
        }
        for (int chunk : new int[] {frame.length, 1}) {
            for (boolean streaming : new boolean[] {false, true}) {
                FrameReader.Builder<T> builder = readers.get();
                if (streaming && codec instanceof StreamedCodec<?>) {
                    builder.onPayload(new PayloadSink<T>() {
                        @Override
                        public void bytes(T message, ByteBuffer bytes) {
                        }

                        @Override
                        public void end(T message) {
                        }
                    });
                }
                FrameReader<T> reader = builder.build();
                WireException e = assertThrows(WireException.class, () -> {
                    for (int at = 0; at < frame.length; at += chunk) {
                        reader.feed(ByteBuffer.wrap(frame, at, Math.min(chunk, frame.length - at)), m -> { });
                    }
                    reader.endOfStream(m -> { });
                });
                assertEquals(expected, describe(e), "a reader fed " + chunk + " at a time"
                        + (streaming ? ", streaming payloads" : ""));
            }
        }
    }

    private static String describe(WireException e) {
        return e.getClass().getSimpleName() + " at " + e.offset() + " (" + e.fieldPath() + ")";
    }
}

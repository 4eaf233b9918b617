package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.annotations.Resync;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.WireReader;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A stream that ends inside a frame whose bytes are already wrong gets the same error however its
 * bytes arrived. A reader fed a byte at a time waits for as many bytes as the codec's first hint asked
 * for; at the end of the stream it asks the codec again with the bytes it has, as a reader given them
 * at once does, instead of calling the frame cut short.
 */
class EndOfStreamTest {
    /** Ping's tag, then a byte that is not its magic's first, then one that is: wrong, and short of Ping's 4 bytes. */
    private static final byte[] WRONG_AND_SHORT = {0x2c, 0x2c, (byte) 0x8f};

    @Test
    void aWrongFrameCutShortIsReportedAsWrongWhateverTheChunks() {
        WireException whole = error(WRONG_AND_SHORT, WRONG_AND_SHORT.length);
        assertInstanceOf(WireDecodeException.class, whole);
        assertEquals(1, whole.offset());
        assertEquals("MagicAfterTag.Ping.<magic>", whole.fieldPath());
        for (int chunk = 1; chunk < WRONG_AND_SHORT.length; chunk++) {
            assertEquals(describe(whole), describe(error(WRONG_AND_SHORT, chunk)), "fed " + chunk + " at a time");
        }
        WireException pulled = assertThrows(WireException.class, () -> {
            WireReader<MagicAfterTag> reader = WireReader.of(new ByteArrayInputStream(WRONG_AND_SHORT) {
                @Override
                public synchronized int read(byte[] into, int offset, int length) {
                    return super.read(into, offset, Math.min(length, 1)); // a byte a read
                }
            }, MagicAfterTagReader.builder().build());
            while (reader.read() != null) {
                // nothing before the bad frame
            }
        });
        assertEquals(describe(whole), describe(pulled));
    }

    /** A frame that is merely cut short is still called that, at its length. */
    @Test
    void aRightFrameCutShortIsTruncatedWhateverTheChunks() {
        byte[] shortPing = {0x2c, (byte) 0x8f, (byte) 0xdf};
        for (int chunk = 1; chunk <= shortPing.length; chunk++) {
            WireException e = error(shortPing, chunk);
            assertInstanceOf(TruncatedFrameException.class, e, "fed " + chunk + " at a time");
            assertEquals(describe(error(shortPing, shortPing.length)), describe(e));
        }
    }

    /** Stamped's magic and version 1, then a length of 16 and two of its bytes: cut short in its data. */
    private static final byte[] SHORT_STAMPED = HexFormat.of().parseHex("ab01001000 00".replace(" ", ""));

    /**
     * A frame the stream ends inside is decode's truncation: at the field where the bytes ran out, under its
     * path, and with the frame's length, however they came. (The reader called it {@code Stamped}, with the
     * length its first hint asked for, before.)
     */
    @Test
    void aFrameCutShortGetsDecodesTruncationAtTheFieldWhereTheBytesRanOut() {
        TruncatedFrameException decoded = assertThrows(TruncatedFrameException.class,
                () -> StampedCodec.INSTANCE.decode(SHORT_STAMPED));
        assertEquals("Stamped.data", decoded.fieldPath());
        for (int chunk = 1; chunk <= SHORT_STAMPED.length; chunk++) {
            WireException e = error(SHORT_STAMPED, chunk, () -> StampedReader.builder().resync(Resync.FAIL));
            TruncatedFrameException truncated = assertInstanceOf(TruncatedFrameException.class, e);
            assertEquals(describe(decoded), describe(e), "fed " + chunk + " at a time");
            assertEquals(decoded.needed(), truncated.needed());
            assertEquals(6, truncated.offset());
        }
        assertEquals(describe(decoded), describe(pulled(SHORT_STAMPED, StampedReader.builder().resync(Resync.FAIL))));
    }

    /**
     * Version 2, a length of 16, then a whole frame of version 1: frameLength waits for the first frame's 21
     * bytes, which never come, and decode finds its version wrong. The bytes are wrong, not cut short
     * (README, "End of stream"), however they came.
     */
    private static final byte[] WRONG_VERSION_THEN_A_FRAME = HexFormat.of().parseHex("ab020010" + "ab01000107");

    @Test
    void bytesAlreadyWrongAreReportedAsWrongWhenTheStreamEndsBeforeTheirFrameDoes() {
        for (int chunk = 1; chunk <= WRONG_VERSION_THEN_A_FRAME.length; chunk++) {
            WireException e = error(WRONG_VERSION_THEN_A_FRAME, chunk, () -> StampedReader.builder().resync(Resync.FAIL));
            assertEquals("WireDecodeException at 1 (Stamped.version): expected 1", describe(e), "fed " + chunk + " at a time");
        }
        WireException pulled = pulled(WRONG_VERSION_THEN_A_FRAME, StampedReader.builder().resync(Resync.FAIL));
        assertEquals("WireDecodeException at 1 (Stamped.version): expected 1", describe(pulled));
    }

    /**
     * Under the preset SCAN_TO_MAGIC the wrong frame is dropped up to the next magic, with its error, and the
     * frame that follows comes out, as it does when the stream goes on past the wrong frame's length.
     */
    @Test
    void aWrongFrameCutShortIsDroppedUnderResyncAndTheFramesInItsBytesComeOut() {
        for (int chunk = 1; chunk <= WRONG_VERSION_THEN_A_FRAME.length; chunk++) {
            List<String> dropped = new ArrayList<>();
            FrameReader<Stamped> reader = StampedReader.builder()
                    .onDropped((bytes, at, cause) -> dropped.add(bytes + " at " + at + ": " + describe(cause))).build();
            List<Stamped> messages = new ArrayList<>();
            for (int at = 0; at < WRONG_VERSION_THEN_A_FRAME.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(WRONG_VERSION_THEN_A_FRAME, at,
                        Math.min(chunk, WRONG_VERSION_THEN_A_FRAME.length - at)), messages::add);
            }
            reader.endOfStream(messages::add);
            assertEquals(1, messages.size(), "fed " + chunk + " at a time");
            assertEquals("07", HexFormat.of().formatHex(messages.get(0).data()));
            assertEquals(List.of("4 at 0: WireDecodeException at 1 (Stamped.version): expected 1"), dropped);
        }
    }

    private static WireException error(byte[] stream, int chunk) {
        return error(stream, chunk, MagicAfterTagReader::builder);
    }

    private static <T> WireException error(byte[] stream, int chunk, Supplier<FrameReader.Builder<T>> builder) {
        FrameReader<T> reader = builder.get().build();
        List<T> messages = new ArrayList<>();
        return assertThrows(WireException.class, () -> {
            for (int at = 0; at < stream.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)), messages::add);
            }
            reader.endOfStream(messages::add);
        }, () -> "no error for " + HexFormat.of().formatHex(stream) + " fed " + chunk + " at a time; messages " + messages);
    }

    /** The error of a pull reader reading {@code stream} a byte at a time. */
    private static <T> WireException pulled(byte[] stream, FrameReader.Builder<T> frames) {
        return assertThrows(WireException.class, () -> {
            WireReader<T> reader = WireReader.of(new ByteArrayInputStream(stream) {
                @Override
                public synchronized int read(byte[] into, int offset, int length) {
                    return super.read(into, offset, Math.min(length, 1));
                }
            }, frames.build());
            while (reader.read() != null) {
                // the messages before the error
            }
        });
    }

    /** The error but the bytes it shows, which are those the reader held when it saw it. */
    private static String describe(WireException e) {
        return e.getClass().getSimpleName() + " at " + e.offset() + " (" + e.fieldPath() + "): expected " + e.expected();
    }
}

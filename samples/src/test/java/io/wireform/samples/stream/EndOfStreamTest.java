package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private static WireException error(byte[] stream, int chunk) {
        FrameReader<MagicAfterTag> reader = MagicAfterTagReader.builder().build();
        List<MagicAfterTag> messages = new ArrayList<>();
        return assertThrows(WireException.class, () -> {
            for (int at = 0; at < stream.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)), messages::add);
            }
            reader.endOfStream(messages::add);
        }, () -> "no error for " + HexFormat.of().formatHex(stream) + " fed " + chunk + " at a time; messages " + messages);
    }

    /** The error but the bytes it shows, which are those the reader held when it saw it. */
    private static String describe(WireException e) {
        return e.getClass().getSimpleName() + " at " + e.offset() + " (" + e.fieldPath() + "): expected " + e.expected();
    }
}

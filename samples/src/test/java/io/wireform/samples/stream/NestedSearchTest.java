package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.stream.FrameReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader resumes a delimiter search where its last look ran out of bytes. The search of one element of a
 * list is not another's: each starts at the same offset from its own element, and a search was known by
 * that offset, so a look that ran out in the second element's text resumed the first's past its delimiter
 * (it measured the frame wrong, waited for bytes that never came, and called the stream cut short).
 */
class NestedSearchTest {
    @Test
    void aListsDelimitedFieldsAreMeasuredAlikeWhereverTheBytesAreCut() {
        Notes notes = new Notes(List.of(note(1, "ab"), note(2, "cdefgh")));
        byte[] frame = NotesCodec.INSTANCE.encode(notes);
        assertEquals("0201616200 0a02636465666768000a".replace(" ", ""), HexFormat.of().formatHex(frame));
        byte[] stream = new byte[2 * frame.length];
        System.arraycopy(frame, 0, stream, 0, frame.length);
        System.arraycopy(frame, 0, stream, frame.length, frame.length);
        for (int cut = 1; cut < stream.length; cut++) {
            FrameReader<Notes> reader = NotesReader.push();
            List<Notes> read = new ArrayList<>();
            reader.feed(ByteBuffer.wrap(stream, 0, cut), read::add);
            reader.feed(ByteBuffer.wrap(stream, cut, stream.length - cut), read::add);
            reader.endOfStream(read::add);
            assertEquals(2, read.size(), "cut at " + cut);
            for (Notes n : read) {
                assertEquals("cdefgh", new String(n.notes().get(1).text(), StandardCharsets.US_ASCII), "cut at " + cut);
            }
        }
    }

    private static Notes.Note note(int kind, String text) {
        return new Notes.Note((byte) kind, text.getBytes(StandardCharsets.US_ASCII));
    }
}

package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * REFERENCE.md: a {@code delimited(...)} writer "checks every byte of the message for the delimiter
 * before writing the first". A message that holds the delimiter would be read back as two, so it is a
 * {@code WireEncodeException} and nothing is written; its payload too is looked at, not streamed.
 */
class DelimitedWriterTest {
    private static final Framing CRLF = Framing.delimited(new byte[] {'\r', '\n'});

    @Test
    void aMessageHoldingTheDelimiterIsRefusedBeforeAByteIsWritten() throws IOException {
        FrameWriter<Line> writer = new FrameWriter<>(LineCodec.INSTANCE, CRLF);
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> writer.frame(new Line("one\r\ntwo")));
        assertEquals("a message without the delimiter", e.expected());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(WireEncodeException.class, () -> writer.write(new Line("one\r\ntwo"), out));
        assertEquals(0, out.size());
        // half a delimiter is no delimiter
        writer.write(new Line("a\rb\nc"), out);
        assertArrayEquals("a\rb\nc\r\n".getBytes(StandardCharsets.US_ASCII), out.toByteArray());
    }

    @Test
    void aMessageEndingInTheStartOfASelfOverlappingDelimiterIsRefused() throws IOException {
        // "a\n" then "\n\n" is 61 0a 0a 0a: a reader finds the delimiter at offset 1 and reads "a"
        FrameWriter<Line> writer = new FrameWriter<>(LineCodec.INSTANCE, Framing.delimited(new byte[] {'\n', '\n'}));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> writer.frame(new Line("a\n")));
        assertEquals("a message whose last 1 bytes begin it", e.actual());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(WireEncodeException.class, () -> writer.write(new Line("a\n"), out));
        assertEquals(0, out.size());
        // a message that only contains the delimiter's first byte elsewhere is written and read back whole
        writer.write(new Line("a\nb"), out);
        assertArrayEquals("a\nb\n\n".getBytes(StandardCharsets.US_ASCII), out.toByteArray());
        FrameReader<Line> reader = FrameReader.builder(LineCodec.INSTANCE)
                .framing(Framing.delimited(new byte[] {'\n', '\n'})).build();
        List<Line> read = new ArrayList<>();
        reader.feed(ByteBuffer.wrap(out.toByteArray()), read::add);
        assertEquals(List.of(new Line("a\nb")), read);
    }

    @Test
    void aPayloadHoldingTheDelimiterIsRefusedToo() {
        FrameWriter<SmartHome> writer = new FrameWriter<>(SmartHomeCodec.INSTANCE, Framing.delimited(new byte[] {0x7E}));
        assertFalse(FrameWriter.streamsPayloads(Framing.delimited(new byte[] {0x7E})));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] data = new byte[5000];
        data[4999] = 0x7E; // its last byte, long after a streamed copy would have started
        assertThrows(WireEncodeException.class, () -> writer.write(new DbFile(Payload.of(data)), out));
        assertEquals(0, out.size());
    }
}

package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.framing.LineReader;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.smarthome.SmartHomeReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a generated reader's preset decides when it is built, not mid-stream: payloads without a sink,
 * frames that run to the end of their input, frames of no bytes.
 */
class PresetReadersTest {

    @Test
    void aPushReaderWithoutASinkBuffersAPayloadWithinTheFrameLimit() throws IOException {
        byte[] frame = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(new byte[] {9, 8, 7})));
        FrameReader<SmartHome> reader = SmartHomeReader.push();
        List<SmartHome> out = new ArrayList<>();
        for (byte b : frame) {
            reader.feed(ByteBuffer.wrap(new byte[] {b}), out::add);
        }
        assertEquals(1, out.size());
        assertArrayEquals(new byte[] {9, 8, 7}, ((DbFile) out.get(0)).database().openStream().readAllBytes());
    }

    @Test
    void framesThatRunToTheEndOfTheInputArePresetToUntilClose() {
        FrameReader<Line> reader = LineReader.push();
        List<Line> out = new ArrayList<>();
        reader.feed(ByteBuffer.wrap("he".getBytes(StandardCharsets.UTF_8)), out::add);
        reader.feed(ByteBuffer.wrap("llo\n".getBytes(StandardCharsets.UTF_8)), out::add);
        assertEquals(List.of(), out, "no chunk is taken for a message of its own");
        reader.endOfStream(out::add);
        assertEquals(List.of(new Line("hello\n")), out);
    }

    @Test
    void theSchemasOwnFramingIsRefusedForThem() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FrameReader.builder(LineCodec.INSTANCE).build());
        assertTrue(e.getMessage().contains("framing"), e.getMessage());
    }

    @Test
    void aPayloadToTheEndOfTheStreamIsPulledOrSunkButNotBuffered() throws IOException {
        byte[] stream = {5, 1, 2, 3, 4};
        try (WireReader<Uploads.Upload> reader = Uploads_UploadReader.pull(new ByteArrayInputStream(stream))) {
            Uploads.Upload upload = reader.read();
            assertEquals(5, upload.kind());
            assertArrayEquals(new byte[] {1, 2, 3, 4}, upload.data().openStream().readAllBytes());
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, Uploads_UploadReader::push);
        assertTrue(e.getMessage().contains("onPayload"), e.getMessage());

        ByteArrayOutputStream sunk = new ByteArrayOutputStream();
        FrameReader<Uploads.Upload> sinking = Uploads_UploadReader.builder().onPayload(new PayloadSink<Uploads.Upload>() {
            @Override
            public void bytes(Uploads.Upload message, ByteBuffer chunk) {
                byte[] bytes = new byte[chunk.remaining()];
                chunk.get(bytes);
                sunk.writeBytes(bytes);
            }

            @Override
            public void end(Uploads.Upload message) {
                sunk.write('.');
            }
        }).build();
        sinking.feed(ByteBuffer.wrap(stream), m -> { });
        sinking.endOfStream(m -> { });
        assertArrayEquals(new byte[] {1, 2, 3, 4, '.'}, sunk.toByteArray());
    }

    @Test
    void aCodecOfEmptyFramesIsRefused() {
        WireCodec<String> empty = new WireCodec<>() {
            @Override
            public void encode(String value, ByteBuffer out) {
            }

            @Override
            public String decode(ByteBuffer in, int limit) {
                return "";
            }

            @Override
            public int sizeOf(String value) {
                return 0;
            }

            @Override
            public int frameLength(ByteBuffer in, int at, int limit) {
                return 0;
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FrameReader.builder(empty).build());
        assertTrue(e.getMessage().contains("no bytes"), e.getMessage());
    }
}

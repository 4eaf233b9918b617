package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.mqtt.MqttPacket;
import io.wireform.samples.mqtt.MqttPacketCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A received payload that runs to the end of its stream has no length: {@code length()} is -1, and
 * a message that must count it (a length region, a length framing) refuses it, naming it, without
 * writing a byte; one that needs no count (up to the close) sends it.
 */
class UnknownLengthPayloadTest {
    /** An {@code Upload} (kind 5) whose payload, 1 2 3 4, runs to the end of the stream. */
    private static final byte[] UPLOAD = {5, 1, 2, 3, 4};

    @Test
    void aPulledPayloadToTheEndOfItsStreamHasNoLength() throws IOException {
        try (WireReader<Uploads.Upload> in = Uploads_UploadReader.pull(new ByteArrayInputStream(UPLOAD))) {
            Uploads.Upload upload = in.read();
            assertEquals(-1, upload.data().length());
            assertEquals("Payload[-1 bytes]", upload.data().toString());

            // into MQTT's PUBLISH, whose payload is what its remaining length leaves: the region cannot count it
            MqttPacket.Publish publish = new MqttPacket.Publish("t", upload.data());
            for (Runnable encode : List.<Runnable>of(() -> MqttPacketCodec.INSTANCE.encode(publish),
                    () -> MqttPacketCodec.INSTANCE.sizeOf(publish), () -> MqttPacketCodec.INSTANCE.headerSize(publish))) {
                WireEncodeException e = assertThrows(WireEncodeException.class, encode::run);
                assertTrue(e.fieldPath().endsWith("Publish.payload"), e.fieldPath());
                assertTrue(e.getMessage().contains("expected a payload of known length")
                        && e.getMessage().contains("got one that runs to the end of its stream"), e.getMessage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WireEncodeException streamed = assertThrows(WireEncodeException.class,
                    () -> new FrameWriter<>(MqttPacketCodec.INSTANCE, Framing.schema()).write(publish, out));
            assertTrue(streamed.getMessage().contains("Publish.payload: expected a payload of known length, which its"
                    + " length region counts, got one that runs to the end of its stream"), streamed.getMessage());
            assertEquals(0, out.size());

            // nor into a prefix: the smart-home DbFile's 4-byte length
            DbFile file = new DbFile(upload.data());
            for (Runnable encode : List.<Runnable>of(() -> SmartHomeCodec.INSTANCE.encode(file),
                    () -> SmartHomeCodec.INSTANCE.headerSize(file))) {
                WireEncodeException e = assertThrows(WireEncodeException.class, encode::run);
                assertTrue(e.getMessage().contains("DbFile.database: expected a payload of known length, got one that"
                        + " runs to the end of its stream"), e.getMessage());
            }
            assertThrows(WireEncodeException.class,
                    () -> new FrameWriter<>(SmartHomeCodec.INSTANCE, Framing.schema()).write(file, out));
            assertEquals(0, out.size());

            // refused before a byte of it was read: the payload is still all there
            assertArrayEquals(new byte[] {1, 2, 3, 4}, upload.data().readAllBytes());
            assertEquals(null, in.read());
        }
    }

    @Test
    void aPushedPayloadToTheEndOfItsStreamHasNoLengthEither() {
        List<Long> lengths = new ArrayList<>();
        FrameReader<Uploads.Upload> reader = Uploads_UploadReader.builder().onPayload(new PayloadSink<Uploads.Upload>() {
            @Override
            public void bytes(Uploads.Upload message, ByteBuffer chunk) {
            }

            @Override
            public void end(Uploads.Upload message) {
            }
        }).build();
        reader.feed(ByteBuffer.wrap(UPLOAD), upload -> lengths.add(upload.data().length()));
        reader.endOfStream(upload -> { });
        assertEquals(List.of(-1L), lengths);
    }

    @Test
    void aFramingThatCountsTheMessageRefusesItAndUntilCloseSendsIt() throws IOException {
        for (Framing framing : List.of(Framing.lengthPrefixed(4), Framing.netstring(), Framing.fixedLength(5),
                Framing.chunked(2, io.wireform.annotations.Endian.BIG, 16))) {
            try (WireReader<Uploads.Upload> in = Uploads_UploadReader.pull(new ByteArrayInputStream(UPLOAD))) {
                Uploads.Upload upload = in.read();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                WireEncodeException e = assertThrows(WireEncodeException.class,
                        () -> new FrameWriter<>(Uploads_UploadCodec.INSTANCE, framing).write(upload, out));
                assertEquals("Uploads_Upload.<payload>", e.fieldPath(), framing.toString());
                assertTrue(e.getMessage().contains("expected a payload of known length, which the framing counts,"
                        + " got one that runs to the end of its stream"), e.getMessage());
                assertEquals(0, out.size(), framing.toString());
            }
        }
        try (WireReader<Uploads.Upload> in = Uploads_UploadReader.pull(new ByteArrayInputStream(UPLOAD))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FrameWriter<>(Uploads_UploadCodec.INSTANCE, Framing.untilClose()).write(in.read(), out);
            assertArrayEquals(UPLOAD, out.toByteArray());
        }
    }
}

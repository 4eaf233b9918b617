package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.mqtt.MqttPacket;
import io.wireform.samples.mqtt.MqttPacketCodec;
import io.wireform.samples.mqtt.MqttPacketReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An MQTT PUBLISH whose payload has no length of its own (the remaining length less the topic and the
 * packet identifier) streamed through the readers with bounded buffers: 8 MiB by default, 200 MiB with
 * {@code -Dwireform.mqtt.full=true}. The payload is made as it is read and digested as it arrives.
 */
class MqttPayloadStreamingTest {
    static final long LENGTH = Boolean.getBoolean("wireform.mqtt.full") ? 200L << 20 : 8L << 20;
    private static final MqttPacketCodec CODEC = MqttPacketCodec.INSTANCE;
    private static final MqttPacket.Publish SHAPE = new MqttPacket.Publish(false, 1, false, "big/file",
            new MqttPacket.PacketId.Id(42), Payload.of(InputStream.nullInputStream(), LENGTH));

    static byte[] digestOf(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] chunk = new byte[64 * 1024];
        for (int n; (n = in.read(chunk)) > 0; ) {
            digest.update(chunk, 0, n);
        }
        return digest.digest();
    }

    /** The PUBLISH's header, its payload made as it is read, then a PINGREQ. */
    private static InputStream wire(long length) {
        MqttPacket.Publish publish = new MqttPacket.Publish(false, 1, false, "big/file", new MqttPacket.PacketId.Id(42),
                Payload.of(InputStream.nullInputStream(), length));
        ByteBuffer header = ByteBuffer.allocate(CODEC.headerSize(publish));
        CODEC.encodeHeader(publish, header);
        return new SequenceInputStream(Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(header.array()), RandomBytes.stream(length, length),
                new java.io.ByteArrayInputStream(CODEC.encode(new MqttPacket.PingReq())))));
    }

    @Test
    void theHeaderSaysTheRemainingLengthOfTheWholePacket() {
        ByteBuffer header = ByteBuffer.allocate(CODEC.headerSize(SHAPE));
        CODEC.encodeHeader(SHAPE, header);
        long remaining = 2 + "big/file".length() + 2 + LENGTH;
        ByteBuffer varint = ByteBuffer.wrap(header.array(), 1, 4);
        long decoded = 0;
        for (int shift = 0; ; shift += 7) {
            int b = varint.get() & 0xFF;
            decoded |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                break;
            }
        }
        assertEquals(remaining, decoded);
        assertEquals(header.capacity(), CODEC.headerLength(ByteBuffer.wrap(header.array()), 0, header.capacity()));
    }

    @Test
    void thePullReaderHandsThePayloadOutAsAStream() throws Exception {
        try (WireReader<MqttPacket> reader = MqttPacketReader.pull(wire(LENGTH))) {
            MqttPacket.Publish publish = (MqttPacket.Publish) reader.read();
            assertEquals("big/file", publish.topic());
            assertEquals(new MqttPacket.PacketId.Id(42), publish.packetId());
            assertEquals(LENGTH, publish.payload().length());
            try (InputStream in = publish.payload().openStream()) {
                assertArrayEquals(digestOf(RandomBytes.stream(LENGTH, LENGTH)), digestOf(in));
            }
            assertInstanceOf(MqttPacket.PingReq.class, reader.read());
            assertNull(reader.read());
            assertTrue(reader.frames().capacity() <= 64 * 1024 + 64, "the reader held " + reader.frames().capacity());
        }
    }

    @Test
    void thePushReaderPassesThePayloadToItsSinkInChunks() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long[] received = new long[1];
        List<String> events = new ArrayList<>();
        FrameReader<MqttPacket> reader = MqttPacketReader.builder().onPayload(new PayloadSink<MqttPacket>() {
            @Override
            public void bytes(MqttPacket message, ByteBuffer chunk) {
                received[0] += chunk.remaining();
                digest.update(chunk);
            }

            @Override
            public void end(MqttPacket message) {
                events.add("end of " + message.getClass().getSimpleName());
            }
        }).build();
        List<MqttPacket> messages = new ArrayList<>();
        int largest = 0;
        try (InputStream in = wire(LENGTH)) {
            byte[] chunk = new byte[48 * 1024 + 7];
            for (int n; (n = in.read(chunk)) > 0; ) {
                reader.feed(ByteBuffer.wrap(chunk, 0, n), messages::add);
                largest = Math.max(largest, reader.capacity());
            }
        }
        reader.endOfStream(messages::add);
        assertEquals(2, messages.size());
        assertInstanceOf(MqttPacket.Publish.class, messages.get(0));
        assertInstanceOf(MqttPacket.PingReq.class, messages.get(1));
        assertEquals(LENGTH, received[0]);
        assertArrayEquals(digestOf(RandomBytes.stream(LENGTH, LENGTH)), digest.digest());
        assertEquals(List.of("end of Publish"), events);
        assertTrue(largest <= 64 * 1024, "the reader's buffer grew to " + largest + " bytes");
    }

    @Test
    void aByteAtATime() throws Exception {
        int length = 20_000;
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        List<MqttPacket> messages = new ArrayList<>();
        FrameReader<MqttPacket> reader = MqttPacketReader.builder().onPayload(new PayloadSink<MqttPacket>() {
            @Override
            public void bytes(MqttPacket message, ByteBuffer chunk) {
                while (chunk.hasRemaining()) {
                    payload.write(chunk.get());
                }
            }

            @Override
            public void end(MqttPacket message) {
                messages.add(new MqttPacket.PubAck(payload.size()));
            }
        }).build();
        byte[] stream = wire(length).readAllBytes();
        for (byte b : stream) {
            reader.feed(ByteBuffer.wrap(new byte[] {b}), messages::add);
        }
        assertEquals(3, messages.size(), messages.toString());
        assertEquals(new MqttPacket.PubAck(length), messages.get(1), "the payload ended before the next packet");
        assertArrayEquals(RandomBytes.stream(length, length).readAllBytes(), payload.toByteArray());
        assertTrue(reader.capacity() <= 8192, "the reader's buffer grew to " + reader.capacity() + " bytes");
    }
}

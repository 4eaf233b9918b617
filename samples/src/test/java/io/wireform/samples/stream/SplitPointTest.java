package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.samples.binary.Reading;
import io.wireform.samples.binary.ReadingCodec;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.framing.Sixteen;
import io.wireform.samples.framing.SixteenCodec;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusResponse;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.mqtt.MqttPacket;
import io.wireform.samples.mqtt.MqttPacketCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every sample protocol, a stream of several different frames decodes to the same messages
 * however TCP splits it: at every single split point, in random chunkings, a byte at a time, and
 * all in one chunk. Messages are compared by re-encoding them, so byte arrays compare by content.
 */
class SplitPointTest {

    /** @param withPayload rebuilds a message from its payload's bytes, for codecs that stream one */
    record Case<T>(String name, WireCodec<T> codec, List<T> messages, BiFunction<T, byte[], T> withPayload) {
        Case(String name, WireCodec<T> codec, List<T> messages) {
            this(name, codec, messages, null);
        }

        FrameReader<T> reader(int capacity, List<T> out) {
            FrameReader.Builder<T> builder = FrameReader.builder(codec).initialCapacity(capacity);
            if (withPayload != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                builder.onPayload(new PayloadSink<T>() {
                    @Override
                    public void bytes(T message, ByteBuffer chunk) {
                        byte[] copy = new byte[chunk.remaining()];
                        chunk.get(copy);
                        bytes.writeBytes(copy);
                    }

                    @Override
                    public void end(T message) {
                        out.set(out.size() - 1, withPayload.apply(message, bytes.toByteArray()));
                        bytes.reset();
                    }
                });
            }
            return builder.build();
        }

        byte[] stream() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            messages.forEach(m -> out.writeBytes(codec.encode(m)));
            return out.toByteArray();
        }

        byte[] reencode(List<T> decoded) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            decoded.forEach(m -> out.writeBytes(codec.encode(m)));
            return out.toByteArray();
        }
    }

    static Stream<Arguments> protocols() {
        byte[] database = new byte[3000];
        new Random(1).nextBytes(database);
        return Stream.of(
                Arguments.of(new Case<SmartHome>("seeds/000 smart home", SmartHomeCodec.INSTANCE,
                        List.of(new DownloadDb(), new DbFile(Payload.of(database)), new DownloadDb(),
                                new DbFile(Payload.of(new byte[0]))),
                        (m, bytes) -> m instanceof DbFile ? new DbFile(Payload.of(bytes)) : m)),
                Arguments.of(new Case<Reading>("seeds/002 struct", ReadingCodec.INSTANCE,
                        List.of(new Reading(1, "ab".getBytes(), 2.7f), new Reading(4294967295L, "zz".getBytes(), -1f)))),
                Arguments.of(new Case<Sixteen>("seeds/001 sixteen", SixteenCodec.INSTANCE,
                        List.of(new Sixteen("Hi there, server"), new Sixteen("Bye")))),
                Arguments.of(new Case<DeviceFrame>("seeds/004 whole frames", DeviceFrameCodec.INSTANCE,
                        List.of(frame(1), frame(7)))),
                Arguments.of(new Case<DeviceBlock>("seeds/004 blocks", DeviceBlockCodec.INSTANCE,
                        List.of(new Realtime(filled(150, 1)), new ExtraLong(filled(192, 3)), new Extra(filled(190, 2)),
                                new Realtime(filled(150, 4))))),
                Arguments.of(new Case<RequestAdu>("Modbus requests", RequestAduCodec.INSTANCE,
                        List.of(new RequestAdu(1, 0, 1, new ModbusRequest.ReadInputRegisters(1, 5)),
                                new RequestAdu(2, 0, 1, new ModbusRequest.WriteMultipleRegisters(1, 3, List.of(7, 8, 9))),
                                new RequestAdu(3, 0, 9, new ModbusRequest.WriteSingleRegister(4, 65535))))),
                Arguments.of(new Case<ResponseAdu>("Modbus responses", ResponseAduCodec.INSTANCE,
                        List.of(new ResponseAdu(1, 0, 1, new ModbusResponse.ReadInputRegisters(List.of(1, 2, 3, 4, 5))),
                                new ResponseAdu(2, 0, 1, new ModbusResponse.ReadHoldingRegistersError(2)),
                                new ResponseAdu(3, 0, 1, new ModbusResponse.ReadHoldingRegisters(List.of()))))),
                Arguments.of(new Case<MqttPacket>("MQTT", MqttPacketCodec.INSTANCE,
                        List.of(new MqttPacket.Connect("test", 60, true),
                                new MqttPacket.Publish(false, 1, true, "a/b", new MqttPacket.PacketId.Id(10),
                                        Payload.of(database)),
                                new MqttPacket.PingReq(),
                                new MqttPacket.Subscribe(7, List.of(new MqttPacket.Subscription("a/#",
                                        MqttPacket.Qos.EXACTLY_ONCE))),
                                new MqttPacket.Publish("t", Payload.of(new byte[0])),
                                new MqttPacket.PubRel(7)),
                        (m, bytes) -> m instanceof MqttPacket.Publish p ? new MqttPacket.Publish(p.duplicate(), p.qos(),
                                p.retain(), p.topic(), p.packetId(), Payload.of(bytes)) : m)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    <T> void everySplitPoint(Case<T> c) {
        byte[] stream = c.stream();
        for (int split = 0; split <= stream.length; split++) {
            List<T> out = new ArrayList<>();
            FrameReader<T> reader = c.reader(64, out);
            reader.feed(ByteBuffer.wrap(stream, 0, split), out::add);
            reader.feed(ByteBuffer.wrap(stream, split, stream.length - split), out::add);
            assertEquals(c.messages().size(), out.size(), c.name() + " split at " + split);
            assertArrayEquals(stream, c.reencode(out), c.name() + " split at " + split);
            assertEquals(0, reader.buffered());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    <T> void randomChunkingsOneByteAtATimeAndOneChunk(Case<T> c) {
        byte[] stream = c.stream();
        Random random = new Random(42);
        for (int round = 0; round < 100; round++) {
            int maxChunk = round == 0 ? 1 : round == 1 ? stream.length : 1 + random.nextInt(600);
            List<T> out = new ArrayList<>();
            FrameReader<T> reader = c.reader(16 + random.nextInt(512), out);
            for (int at = 0; at < stream.length; ) {
                int length = Math.min(stream.length - at, 1 + random.nextInt(maxChunk));
                if (maxChunk == 1 || maxChunk == stream.length) {
                    length = Math.min(stream.length - at, maxChunk);
                }
                reader.feed(ByteBuffer.wrap(Arrays.copyOfRange(stream, at, at + length)), out::add);
                at += length;
            }
            reader.endOfStream(out::add);
            assertArrayEquals(stream, c.reencode(out), c.name() + " round " + round);
        }
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static DeviceFrame frame(int seed) {
        return new DeviceFrame(new Realtime(filled(150, seed)), new Extra(filled(190, seed + 1)),
                new ExtraLong(filled(192, seed + 2)));
    }
}

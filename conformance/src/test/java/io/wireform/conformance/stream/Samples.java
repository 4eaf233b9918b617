package io.wireform.conformance.stream;

import io.wireform.samples.tlv.Control;
import io.wireform.samples.tlv.ControlCodec;
import io.wireform.samples.tlv.ControlReader;
import io.wireform.samples.tlv.Tlv;
import io.wireform.samples.tlv.TlvCodec;
import io.wireform.samples.tlv.TlvReader;
import io.wireform.runtime.Payload;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.binary.NetworkReading;
import io.wireform.samples.binary.NetworkReadingCodec;
import io.wireform.samples.binary.NetworkReadingReader;
import io.wireform.samples.binary.PackedReading;
import io.wireform.samples.binary.PackedReadingCodec;
import io.wireform.samples.binary.PackedReadingReader;
import io.wireform.samples.binary.Reading;
import io.wireform.samples.binary.ReadingCodec;
import io.wireform.samples.binary.ReadingReader;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.DeviceFrameReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.dns.DnsMessage;
import io.wireform.samples.dns.DnsMessageCodec;
import io.wireform.samples.dns.DnsMessageReader;
import io.wireform.samples.dns.Header;
import io.wireform.samples.dns.Question;
import io.wireform.samples.dns.RData;
import io.wireform.samples.dns.ResourceRecord;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import io.wireform.samples.framing.BlobReader;
import io.wireform.samples.framing.LineReader;
import io.wireform.samples.framing.Sixteen;
import io.wireform.samples.framing.SixteenCodec;
import io.wireform.samples.framing.SixteenReader;
import io.wireform.samples.mariadb.Packet;
import io.wireform.samples.mariadb.PacketCodec;
import io.wireform.samples.mariadb.PacketReader;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusResponse;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.RequestAduReader;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.modbus.ResponseAduReader;
import io.wireform.conformance.schema.Equality;
import io.wireform.samples.mqtt.MqttPacket;
import io.wireform.samples.mqtt.MqttPacketCodec;
import io.wireform.samples.mqtt.MqttPacketReader;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.smarthome.SmartHomeReader;
import io.wireform.samples.tls.ContentType;
import io.wireform.samples.tls.Fragment;
import io.wireform.samples.tls.TlsRecord;
import io.wireform.samples.tls.TlsRecordCodec;
import io.wireform.samples.tls.TlsRecordReader;
import io.wireform.samples.websocket.Opcode;
import io.wireform.samples.websocket.WebSocketFrame;
import io.wireform.samples.websocket.WebSocketFrameCodec;
import io.wireform.samples.websocket.WebSocketFrameReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The sample protocols as subjects: each reader preset, and random valid frames of each. */
public final class Samples {
    private Samples() {}

    public static List<Subject<?>> all() {
        List<Subject<?>> all = new ArrayList<>();
        all.add(Subject.of("DeviceBlock", DeviceBlockCodec.INSTANCE, DeviceBlockReader::builder, Samples::deviceBlockFrame));
        all.add(Subject.of("DeviceFrame", DeviceFrameCodec.INSTANCE, DeviceFrameReader::builder,
                r -> DeviceFrameCodec.INSTANCE.encode(new DeviceFrame(new Realtime(data(r, 150)),
                        new Extra(data(r, 190)), new ExtraLong(data(r, 192))))));
        all.add(new Subject<SmartHome>("SmartHome", SmartHomeCodec.INSTANCE, SmartHomeReader::builder,
                r -> SmartHomeCodec.INSTANCE.encode(r.nextInt(3) == 0 ? new DownloadDb()
                        : new DbFile(Payload.of(data(r, r.nextInt(4) == 0 ? 0 : r.nextInt(300))))),
                m -> m instanceof DbFile f ? f.database() : null, m -> m.getClass().getSimpleName()));
        all.add(Subject.of("RequestAdu", RequestAduCodec.INSTANCE, RequestAduReader::builder,
                r -> RequestAduCodec.INSTANCE.encode(new RequestAdu(r.nextInt(0x10000), r.nextInt(2) * r.nextInt(0x10000),
                        r.nextInt(256), request(r)))));
        all.add(Subject.of("ResponseAdu", ResponseAduCodec.INSTANCE, ResponseAduReader::builder,
                r -> ResponseAduCodec.INSTANCE.encode(new ResponseAdu(r.nextInt(0x10000), 0, r.nextInt(256),
                        response(r)))));
        all.add(new Subject<MqttPacket>("MqttPacket", MqttPacketCodec.INSTANCE, MqttPacketReader::builder,
                r -> MqttPacketCodec.INSTANCE.encode(mqtt(r)),
                m -> m instanceof MqttPacket.Publish p ? p.payload() : null,
                m -> m instanceof MqttPacket.Publish p ? "Publish(" + p.duplicate() + ", " + p.qos() + ", " + p.retain()
                        + ", " + p.topic() + ", " + p.packetId() + ")" : Equality.show(m)));
        all.add(Subject.of("Sixteen", SixteenCodec.INSTANCE, SixteenReader::builder,
                r -> SixteenCodec.INSTANCE.encode(new Sixteen(ascii(r, r.nextInt(17))))));
        all.add(Subject.of("Line (delimited \\n)", null,
                () -> LineReader.builder().framing(Framing.delimited(new byte[] {'\n'})),
                r -> (text(r).replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8)));
        all.add(Subject.of("Blob (length-prefixed 4)", null, () -> BlobReader.builder().framing(Framing.lengthPrefixed(4)),
                r -> {
                    byte[] data = data(r, r.nextInt(60));
                    return ByteBuffer.allocate(4 + data.length).putInt(data.length).put(data).array();
                }));
        all.add(Subject.of("Blob (length field after CA FE, counting the header)", null,
                () -> BlobReader.builder().framing(Framing.lengthField(new byte[] {(byte) 0xCA, (byte) 0xFE}, 2,
                        io.wireform.annotations.Endian.LITTLE, -4)),
                r -> {
                    byte[] data = data(r, r.nextInt(60));
                    return ByteBuffer.allocate(4 + data.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                            .put((byte) 0xCA).put((byte) 0xFE).putShort((short) (4 + data.length)).put(data).array();
                }));
        // codecs that find errors inside a framing with a header: their errors are where their bytes are in the
        // stream, counted from the framing's first byte, as the reader's own are (ReaderOffsets). DNS over TCP:
        Framing prefixed = Framing.lengthPrefixed(2);
        all.add(Subject.of("DnsMessage (length-prefixed 2)", null, () -> DnsMessageReader.builder().framing(prefixed),
                r -> framed(prefixed, DnsMessageCodec.INSTANCE.encode(dns(r)))));
        all.add(Subject.of("Tlv (netstring)", null, () -> TlvReader.builder().framing(Framing.netstring()),
                r -> framed(Framing.netstring(), TlvCodec.INSTANCE.encode(tlv(r)))));
        // in blocks, the message's bytes are apart: an error is at its byte's place among them
        Framing blocks = Framing.chunked(1, io.wireform.annotations.Endian.BIG, 5);
        all.add(Subject.of("Tlv (chunked, blocks of 5)", null, () -> TlvReader.builder().framing(blocks),
                r -> framed(blocks, TlvCodec.INSTANCE.encode(tlv(r)))));
        // and Control's frames, at most 204 bytes, after CA FE and a 1-byte length
        Framing afterCafe = Framing.lengthField(new byte[] {(byte) 0xCA, (byte) 0xFE}, 1, io.wireform.annotations.Endian.BIG, 0);
        all.add(Subject.of("Control (length field after CA FE)", null, () -> ControlReader.builder().framing(afterCafe),
                r -> framed(afterCafe, ControlCodec.INSTANCE.encode(control(r)))));
        // a codec whose frames start with a magic, in framings of the reader's own: resync looks for the magic after
        // the framing's header (a length, a netstring's length, the first blocks' lengths, the magic across two)
        // and drops the same bytes however the stream arrives
        all.add(Subject.of("DeviceBlock (length-prefixed 2)", null, () -> DeviceBlockReader.builder().framing(prefixed),
                r -> framed(prefixed, deviceBlockFrame(r))));
        all.add(Subject.of("DeviceBlock (netstring)", null, () -> DeviceBlockReader.builder().framing(Framing.netstring()),
                r -> framed(Framing.netstring(), deviceBlockFrame(r))));
        Framing byteBlocks = Framing.chunked(1, io.wireform.annotations.Endian.BIG, 1);
        all.add(Subject.of("DeviceBlock (chunked, blocks of 1)", null, () -> DeviceBlockReader.builder().framing(byteBlocks),
                r -> framed(byteBlocks, deviceBlockFrame(r))));
        all.add(Subject.of("Reading", ReadingCodec.INSTANCE, ReadingReader::builder, r -> ReadingCodec.INSTANCE
                .encode(new Reading(r.nextInt() & 0xFFFFFFFFL, data(r, 2), r.nextFloat()))));
        all.add(Subject.of("NetworkReading", NetworkReadingCodec.INSTANCE, NetworkReadingReader::builder,
                r -> NetworkReadingCodec.INSTANCE
                        .encode(new NetworkReading(r.nextInt() & 0xFFFFFFFFL, data(r, 2), r.nextFloat()))));
        all.add(Subject.of("PackedReading", PackedReadingCodec.INSTANCE, PackedReadingReader::builder,
                r -> PackedReadingCodec.INSTANCE
                        .encode(new PackedReading(r.nextInt() & 0xFFFFFFFFL, data(r, 2), r.nextFloat()))));
        all.add(Subject.of("Tlv", TlvCodec.INSTANCE, TlvReader::builder, r -> TlvCodec.INSTANCE.encode(tlv(r))));
        all.add(Subject.of("Control", ControlCodec.INSTANCE, ControlReader::builder, r -> ControlCodec.INSTANCE.encode(control(r))));
        all.add(Subject.of("DnsMessage", DnsMessageCodec.INSTANCE, DnsMessageReader::builder, r -> DnsMessageCodec.INSTANCE.encode(dns(r))));
        all.add(Subject.of("WebSocketFrame", WebSocketFrameCodec.INSTANCE, WebSocketFrameReader::builder,
                r -> WebSocketFrameCodec.INSTANCE.encode(webSocket(r))));
        all.add(Subject.of("TlsRecord", TlsRecordCodec.INSTANCE, TlsRecordReader::builder, r -> TlsRecordCodec.INSTANCE.encode(tls(r))));
        all.add(Subject.of("MariaDbPacket", PacketCodec.INSTANCE, PacketReader::builder,
                r -> PacketCodec.INSTANCE.encode(new Packet(r.nextInt(256), data(r, r.nextInt(4) == 0 ? 0 : r.nextInt(300))))));
        return all;
    }

    /** A DNS message: questions and resource records of several types, names often repeated (compressed). */
    private static DnsMessage dns(Random r) {
        List<String> names = List.of("a", "example.org", "mail.example.org", ascii(r, 1 + r.nextInt(20)).toLowerCase()
                .replaceAll("[^a-z0-9]", "x"));
        List<Question> questions = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            questions.add(new Question(names.get(r.nextInt(names.size())), 1 + r.nextInt(40), 1));
        }
        List<List<ResourceRecord>> sections = new ArrayList<>();
        for (int section = 0; section < 3; section++) {
            List<ResourceRecord> records = new ArrayList<>();
            for (int i = r.nextInt(section == 0 ? 4 : 2); i > 0; i--) {
                String name = names.get(r.nextInt(names.size()));
                RData data = switch (r.nextInt(5)) {
                    case 0 -> new RData.A(data(r, 4));
                    case 1 -> new RData.Aaaa(data(r, 16));
                    case 2 -> new RData.Cname(names.get(r.nextInt(names.size())));
                    case 3 -> new RData.Mx(r.nextInt(0x10000), names.get(r.nextInt(names.size())));
                    default -> new RData.Unknown(data(r, r.nextInt(20)));
                };
                int type = data instanceof RData.A ? 1 : data instanceof RData.Aaaa ? 28 : data instanceof RData.Cname ? 5
                        : data instanceof RData.Mx ? 15 : 99;
                records.add(new ResourceRecord(name, type, 1, r.nextInt() & 0xFFFFFFFFL, data));
            }
            sections.add(records);
        }
        Header header = new Header(r.nextInt(0x10000), r.nextBoolean(), r.nextInt(16), r.nextBoolean(), r.nextBoolean(),
                r.nextBoolean(), r.nextBoolean(), 0, r.nextInt(16), questions.size(), sections.get(0).size(),
                sections.get(1).size(), sections.get(2).size());
        return new DnsMessage(header, questions, sections.get(0), sections.get(1), sections.get(2));
    }

    /** A WebSocket frame whose payload takes each of the three lengths, masked or not. */
    private static WebSocketFrame webSocket(Random r) {
        int[] opcodes = {Opcode.CONTINUATION, Opcode.TEXT, Opcode.BINARY, Opcode.CLOSE, Opcode.PING, Opcode.PONG};
        int opcode = opcodes[r.nextInt(opcodes.length)];
        int length = opcode >= Opcode.CLOSE || r.nextInt(3) > 0 ? r.nextInt(126)
                : r.nextInt(8) > 0 ? 126 + r.nextInt(400) : 65_536 + r.nextInt(100);
        return WebSocketFrame.of(r.nextBoolean(), opcode, data(r, length),
                r.nextBoolean() ? Optional.of(r.nextInt()) : Optional.empty());
    }

    /** A TLS record of each kind but the handshakes (which the TLS tests build): alerts, data, unknown types. */
    private static TlsRecord tls(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> new TlsRecord(ContentType.CHANGE_CIPHER_SPEC, 0x0303, new Fragment.ChangeCipherSpec(1));
            case 1 -> new TlsRecord(ContentType.ALERT, 0x0303, new Fragment.Alert(1 + r.nextInt(2), r.nextInt(256)));
            case 2 -> new TlsRecord(ContentType.APPLICATION_DATA, 0x0303,
                    new Fragment.ApplicationData(data(r, r.nextInt(300))));
            default -> new TlsRecord(24 + r.nextInt(8), 0x0303, new Fragment.Unknown(data(r, r.nextInt(40))));
        };
    }

    /** Halves a float holds exactly, so that they read back as written. */
    private static final float[] HALVES = {0f, -0f, 1.5f, 21.5f, 65504f, -2.75f, 0x1p-24f, Float.POSITIVE_INFINITY};

    private static Tlv tlv(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> {
                int unit = r.nextInt(16);
                Tlv.Value value = unit == 0 ? new Tlv.Count(r.nextInt()) : unit <= 7
                        ? new Tlv.Celsius(HALVES[r.nextInt(HALVES.length)]) : new Tlv.Raw(data(r, r.nextInt(12)));
                yield new Tlv.Reading(r.nextInt(256), unit, r.nextInt(16), value);
            }
            case 1 -> {
                int code = r.nextInt(3) == 0 ? 100 : r.nextBoolean() ? r.nextInt(100) : 101 + r.nextInt(0xFFFF - 100);
                Tlv.Detail detail = code < 100 ? new Tlv.Plain() : code == 100 ? new Tlv.Described(ascii(r, r.nextInt(20)))
                        : new Tlv.Other(data(r, r.nextInt(30)));
                yield new Tlv.Event(code, detail, ascii(r, r.nextInt(10)));
            }
            case 2 -> new Tlv.Heartbeat();
            default -> new Tlv.Unknown(4 + r.nextInt(252), data(r, r.nextInt(40)));
        };
    }

    /** A message's bytes in {@code framing}: a blob's bytes are the message's. */
    private static byte[] framed(Framing framing, byte[] message) {
        return new FrameWriter<>(BlobCodec.INSTANCE, framing).frame(new Blob(message));
    }

    private static Control control(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new Control.Connect(0, r.nextInt(0x10000), ascii(r, r.nextInt(23)));
            case 1 -> new Control.Subscribe(2, r.nextInt(0x10000), data(r, r.nextInt(200)));
            default -> new Control.Ping(0);
        };
    }

    /**
     * A DeviceBlock frame; drawn again when encode refuses the block as documented (an ExtraLong whose
     * data holds Extra's end marker where Extra's frame would end, which decoding would read as Extra).
     */
    private static byte[] deviceBlockFrame(Random r) {
        for (int attempt = 0; ; attempt++) {
            DeviceBlock block = deviceBlock(r);
            try {
                return DeviceBlockCodec.INSTANCE.encode(block);
            } catch (WireEncodeException refused) {
                if (!(block instanceof ExtraLong) || attempt > 100) {
                    throw refused;
                }
            }
        }
    }

    private static DeviceBlock deviceBlock(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new Realtime(data(r, 150));
            case 1 -> new Extra(data(r, 190));
            default -> new ExtraLong(data(r, 192));
        };
    }

    /** Random bytes, now and then the device's markers (FD AA, FD CC, CC DD) among them. */
    static byte[] data(Random r, int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (r.nextInt(4) == 0 ? 0 : r.nextInt(256));
        }
        for (int k = r.nextInt(3); k > 0 && length >= 2; k--) {
            int at = r.nextInt(length - 1);
            byte[][] markers = {{(byte) 0xFD, (byte) 0xAA}, {(byte) 0xFD, (byte) 0xCC}, {(byte) 0xCC, (byte) 0xDD}};
            byte[] marker = markers[r.nextInt(3)];
            data[at] = marker[0];
            data[at + 1] = marker[1];
        }
        return data;
    }

    private static ModbusRequest request(Random r) {
        int address = r.nextInt(0x10000);
        return switch (r.nextInt(4)) {
            case 0 -> new ModbusRequest.ReadHoldingRegisters(address, r.nextInt(126));
            case 1 -> new ModbusRequest.ReadInputRegisters(address, r.nextInt(126));
            case 2 -> new ModbusRequest.WriteSingleRegister(address, r.nextInt(0x10000));
            default -> {
                List<Integer> values = registers(r, r.nextInt(20));
                yield new ModbusRequest.WriteMultipleRegisters(address, values.size(), values);
            }
        };
    }

    private static ModbusResponse response(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> new ModbusResponse.ReadHoldingRegisters(registers(r, r.nextInt(20)));
            case 1 -> new ModbusResponse.ReadInputRegisters(registers(r, r.nextInt(20)));
            case 2 -> new ModbusResponse.WriteSingleRegister(r.nextInt(0x10000), r.nextInt(0x10000));
            case 3 -> new ModbusResponse.WriteMultipleRegisters(r.nextInt(0x10000), r.nextInt(0x10000));
            case 4 -> new ModbusResponse.ReadHoldingRegistersError(r.nextInt(256));
            case 5 -> new ModbusResponse.ReadInputRegistersError(r.nextInt(256));
            case 6 -> new ModbusResponse.WriteSingleRegisterError(r.nextInt(256));
            default -> new ModbusResponse.WriteMultipleRegistersError(r.nextInt(256));
        };
    }

    private static List<Integer> registers(Random r, int count) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(r.nextInt(0x10000));
        }
        return values;
    }

    private static MqttPacket mqtt(Random r) {
        int id = r.nextInt(0x10000);
        switch (r.nextInt(8)) {
            case 0: {
                boolean will = r.nextBoolean();
                boolean user = r.nextBoolean();
                boolean password = r.nextBoolean();
                return new MqttPacket.Connect(0, "MQTT", 4, user, password, will && r.nextBoolean(),
                        will ? MqttPacket.Qos.values()[r.nextInt(3)] : MqttPacket.Qos.AT_MOST_ONCE, will, r.nextBoolean(),
                        0, r.nextInt(0x10000), text(r), will ? Optional.of(text(r)) : Optional.empty(),
                        will ? Optional.of(data(r, r.nextInt(10))) : Optional.empty(),
                        user ? Optional.of(text(r)) : Optional.empty(),
                        password ? Optional.of(data(r, r.nextInt(10))) : Optional.empty());
            }
            case 1:
                return new MqttPacket.Subscribe(id, List.of(new MqttPacket.Subscription(text(r),
                        MqttPacket.Qos.values()[r.nextInt(3)])));
            case 2:
                return new MqttPacket.SubAck(id, List.of(MqttPacket.Granted.values()[r.nextInt(4)]));
            case 3:
                return r.nextBoolean() ? new MqttPacket.PubRel(id) : new MqttPacket.PubAck(id);
            case 4:
                return r.nextBoolean() ? new MqttPacket.PingReq() : new MqttPacket.Disconnect();
            default: {
                int qos = r.nextInt(3);
                MqttPacket.PacketId packetId = qos == 0 ? new MqttPacket.PacketId.None() : new MqttPacket.PacketId.Id(id);
                return new MqttPacket.Publish(r.nextBoolean(), qos, r.nextBoolean(), text(r), packetId,
                        Payload.of(data(r, r.nextInt(4) == 0 ? 0 : r.nextInt(300))));
            }
        }
    }

    static String ascii(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (33 + r.nextInt(94)));
        }
        return s.toString();
    }

    static String text(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            s.appendCodePoint(r.nextInt(5) == 0 ? 0x80 + r.nextInt(0x2000) : 32 + r.nextInt(95));
        }
        return s.toString();
    }
}

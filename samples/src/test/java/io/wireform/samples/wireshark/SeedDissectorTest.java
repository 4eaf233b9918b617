package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.mqtt.MqttPacket;
import io.wireform.samples.mqtt.MqttPacketCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** seeds/000, seeds/004 and MQTT through tshark, each on a port given as a preference. */
class SeedDissectorTest {

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    /** seeds/000: the request, then the database (a streamed payload) in three segments. */
    @Test
    void smartHomeDownload() throws Exception {
        byte[] database = new byte[3000];
        for (int i = 0; i < database.length; i++) {
            database[i] = (byte) (i * 7);
        }
        byte[] reply = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(database)));
        ByteArrayOutputStream twoRequests = new ByteArrayOutputStream();
        twoRequests.writeBytes(SmartHomeCodec.INSTANCE.encode(new DownloadDb()));
        twoRequests.writeBytes(SmartHomeCodec.INSTANCE.encode(new DownloadDb()));
        Pcap pcap = new Pcap(40_100, 9000).client(twoRequests.toByteArray()).serverIn(reply, 1000);
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.MAIN.resolve("SmartHome.lua")),
                List.of("smart_home.tcp_port:9000"));
        assertFalse(result.errors().contains("Lua"), result.errors());

        List<Tshark.Packet> packets = result.with("smart_home");
        assertEquals(2, packets.size(), "the request segment and the last segment of the reply");
        assertEquals(List.of("0x0000004c", "0x0000004c"), packets.get(0).shows("smart_home.smart_home.tag"));
        assertEquals("DownloadDb, DownloadDb", packets.get(0).frames("smart_home"));
        Tshark.Packet file = packets.get(1);
        assertEquals(List.of("0x00000043"), file.shows("smart_home.smart_home.tag"));
        assertEquals(List.of("3000"), file.shows("smart_home.db_file.database_length"));
        Tshark.Field bytes = file.named("smart_home.db_file.database").get(0);
        assertEquals(3000, bytes.size());
        assertTrue(bytes.show().startsWith("00:07:0e:15"), bytes.show());
        assertEquals("DbFile", file.frames("smart_home"));
    }

    /** Without a port, Wireshark's "Decode As" (tshark -d) puts the dissector on any port. */
    @Test
    void decodeAs() throws Exception {
        Pcap pcap = new Pcap(40_150, 7777).client(SmartHomeCodec.INSTANCE.encode(new DownloadDb()));
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.MAIN.resolve("SmartHome.lua")),
                List.of(), List.of("-d", "tcp.port==7777,smart_home"));
        List<Tshark.Packet> packets = result.with("smart_home");
        assertEquals(1, packets.size(), result.errors());
        assertEquals("DownloadDb", packets.get(0).frames("smart_home"));
        assertTrue(Tshark.run(pcap, List.of(Tshark.MAIN.resolve("SmartHome.lua")), List.of()).with("smart_home").isEmpty(),
                "no port, no Decode As: not dissected");
    }

    private static byte[] filled(int size, int value) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) value);
        return data;
    }

    /** seeds/004: blocks told apart by magic and end marker, glued and cut at arbitrary points. */
    @Test
    void deviceBlocksGluedAndCut() throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(DeviceBlockCodec.INSTANCE.encode(new Realtime(filled(150, 1))));
        stream.writeBytes(DeviceBlockCodec.INSTANCE.encode(new Extra(filled(190, 2))));
        stream.writeBytes(DeviceBlockCodec.INSTANCE.encode(new ExtraLong(filled(192, 3))));
        byte[] blocks = stream.toByteArray();
        byte[] broken = DeviceBlockCodec.INSTANCE.encode(new Realtime(filled(150, 4)));
        broken[0] = (byte) 0xFD;
        broken[broken.length - 1] = 0x00; // end marker CC 00 instead of CC DD
        Pcap pcap = new Pcap(40_200, 7000).clientIn(blocks, 100).client(blocks).client(broken);
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.MAIN.resolve("DeviceBlock.lua")),
                List.of("device_block.tcp_port:7000"));
        assertFalse(result.errors().contains("Lua"), result.errors());

        List<Tshark.Packet> packets = result.with("device_block");
        assertEquals(List.of("Realtime", "Extra", "ExtraLong", "Realtime, Extra, ExtraLong", "Realtime"),
                packets.stream().map(p -> p.frames("device_block")).toList(), "what each dissected packet holds");
        Tshark.Packet all = packets.get(3);
        assertEquals(List.of("fd:aa"), all.shows("device_block.realtime.magic"));
        assertEquals(List.of("fd:cc"), all.shows("device_block.extra.magic"));
        assertEquals(List.of("fd:cc"), all.shows("device_block.extra_long.magic"));
        assertEquals(150, all.named("device_block.realtime.data").get(0).size());
        assertEquals(190, all.named("device_block.extra.data").get(0).size());
        assertEquals(192, all.named("device_block.extra_long.data").get(0).size());
        Tshark.Packet bad = packets.get(4);
        assertEquals(List.of("cc:00"), bad.shows("device_block.realtime.end"));
        assertTrue(bad.has("device_block.marker_bad"), "the wrong end marker is an expert error");
        assertFalse(packets.get(3).has("device_block.marker_bad"));
    }

    /** seeds/004 read as one 544-byte message of three nested blocks. */
    @Test
    void deviceFrameNested() throws Exception {
        byte[] frame = DeviceFrameCodec.INSTANCE.encode(new DeviceFrame(new Realtime(filled(150, 1)),
                new Extra(filled(190, 2)), new ExtraLong(filled(192, 3))));
        Pcap pcap = new Pcap(40_300, 7001).clientIn(frame, 500);
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.MAIN.resolve("DeviceFrame.lua")),
                List.of("device_frame.tcp_port:7001"));
        List<Tshark.Packet> packets = result.with("device_frame");
        assertEquals(1, packets.size(), "one frame reassembled from two segments");
        Tshark.Packet p = packets.get(0);
        assertEquals(3, p.named("device_frame.realtime.data").size() + p.named("device_frame.extra.data").size()
                + p.named("device_frame.extra_long.data").size());
        assertEquals(List.of("cc:dd"), p.shows("device_frame.extra_long.end"));
        assertEquals(544, p.named("device_frame").get(0).size());
    }

    /** MQTT: a 4-bit tag sharing its byte with flags, the remaining length, a packet id present for QoS 1. */
    @Test
    void mqttBitFieldTagAndRemainingLength() throws Exception {
        byte[] connect = MqttPacketCodec.INSTANCE.encode(new MqttPacket.Connect("test", 60, true));
        byte[] publish = MqttPacketCodec.INSTANCE.encode(new MqttPacket.Publish(false, 1, true, "a/b",
                new MqttPacket.PacketId.Id(10), Payload.of("hi".getBytes(StandardCharsets.US_ASCII))));
        // the publish cut into segments of two bytes: its packet identifier is a selected component, whose
        // record says where it ends, so the dissector asks TCP for the rest
        Pcap pcap = new Pcap(40_400, 1883).client(connect).clientIn(publish, 2);
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.MAIN.resolve("MqttPacket.lua")),
                List.of("mqtt_packet.tcp_port:1883"));
        List<Tshark.Packet> packets = result.with("mqtt_packet");
        assertEquals(2, packets.size());
        Tshark.Packet c = packets.get(0);
        assertEquals(List.of("0x01"), c.shows("mqtt_packet.mqtt_packet.tag"));
        assertEquals(List.of("MQTT"), c.shows("mqtt_packet.connect.protocol_name"));
        assertEquals(List.of("60"), c.shows("mqtt_packet.connect.keep_alive_seconds"));
        assertEquals(List.of("test"), c.shows("mqtt_packet.connect.client_id"));
        Tshark.Packet p = packets.get(1);
        assertEquals(List.of("0x03"), p.shows("mqtt_packet.mqtt_packet.tag"));
        assertEquals(List.of("1"), p.shows("mqtt_packet.publish.qos"));
        assertEquals(List.of("1"), p.shows("mqtt_packet.publish.retain"));
        assertEquals(List.of("a/b"), p.shows("mqtt_packet.publish.topic"));
        assertEquals(List.of("10"), p.shows("mqtt_packet.id.value"));
        assertEquals(List.of("68:69"), p.shows("mqtt_packet.publish.payload"));
    }
}

package io.wireform.samples.wireshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.samples.dns.DnsMessage;
import io.wireform.samples.dns.DnsMessageCodec;
import io.wireform.samples.dns.Header;
import io.wireform.samples.websocket.Opcode;
import io.wireform.samples.websocket.WebSocketFrame;
import io.wireform.samples.websocket.WebSocketFrameCodec;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paths into nested records through tshark: the DNS sample's sections counted by its header's counts
 * ({@code @CountedBy("header.ancount")}), and the WebSocket sample's payload sized by whichever length
 * applies ({@code @SizedBy({"extendedPayloadLength.length", "payloadLen"})}).
 */
class PathsDissectorTest {

    @BeforeAll
    static void tshark() {
        Tshark.assumeInstalled();
    }

    /**
     * The sections' counts are read through the path into the header. Names are {@code @Using} values, which
     * this dissector shows undecoded to the end of the message, so the message here has no sections.
     */
    @Test
    void dnsSectionsAreCountedByTheirHeader() throws Exception {
        DnsMessage empty = new DnsMessage(new Header(7, true, 0, true, false, true, true, 0, 3, 0, 0, 0, 0), List.of(),
                List.of(), List.of(), List.of());
        Pcap pcap = new Pcap(40_800, 7300).server(DnsMessageCodec.INSTANCE.encode(empty));
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.MAIN.resolve("DnsMessage.lua")),
                List.of("dns_message.tcp_port:7300"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("dns_message");
        assertEquals(1, packets.size(), result.errors());
        Tshark.Packet packet = packets.get(0);
        assertFalse(packet.has("dns_message.malformed"), packet.toString());
        assertEquals(List.of("3"), packet.shows("dns_message.header.rcode"));
        assertEquals(List.of("0"), packet.shows("dns_message.header.ancount"));
        assertTrue(packet.named("dns_message.dns_message.answers").get(0).showname().endsWith("(0 elements)"),
                packet.toString());
    }

    /**
     * A record chosen through a path by an enum: a code no constant has (0x10) chooses as the @Fallback
     * constant's code 0x80 does, as decode does ({@code PathSelectedTest}), glued to a frame of a known code.
     */
    @Test
    void aRecordChosenThroughAPathByAnUnknownCode() throws Exception {
        Pcap pcap = new Pcap(40_802, 7302).client(HexFormat.of().parseHex("011000071234aa" + "0101000700000009bb"));
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.TEST.resolve("PathSelected_Packet.lua")),
                List.of("path_selected_packet.tcp_port:7302"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("path_selected_packet");
        assertEquals(1, packets.size(), result.errors());
        Tshark.Packet packet = packets.get(0);
        String problem = packet.named("path_selected_packet.malformed").toString();
        assertFalse(packet.has("path_selected_packet.malformed"), problem);
        assertEquals(List.of("4660"), packet.shows("path_selected_packet.raw.word"), problem);
        assertEquals(List.of("9"), packet.shows("path_selected_packet.ping.nonce"), problem);
        assertEquals(List.of("170", "187"), packet.shows("path_selected_packet.packet.tail"), problem);
    }

    @Test
    void aWebSocketPayloadIsSizedByWhicheverLengthApplies() throws Exception {
        Pcap pcap = new Pcap(40_801, 7301)
                .server(WebSocketFrameCodec.INSTANCE.encode(WebSocketFrame.of(Opcode.TEXT, "hi".getBytes(), Optional.empty())))
                .server(WebSocketFrameCodec.INSTANCE.encode(WebSocketFrame.of(Opcode.BINARY, new byte[300], Optional.empty())));
        Tshark.Result result = Tshark.run(pcap, List.of(Tshark.MAIN.resolve("WebSocketFrame.lua")),
                List.of("web_socket_frame.tcp_port:7301"));
        assertFalse(result.errors().contains("Lua"), result.errors());
        List<Tshark.Packet> packets = result.with("web_socket_frame");
        assertEquals(2, packets.size(), result.errors());
        String k = "web_socket_frame.web_socket_frame.";
        assertEquals(List.of("68:69"), packets.get(0).shows(k + "payload_data"), packets.get(0).toString());
        assertEquals(List.of("126"), packets.get(1).shows(k + "payload_len"));
        assertEquals(List.of("300"), packets.get(1).shows("web_socket_frame.length16.length"), packets.get(1).toString());
        assertEquals(300, packets.get(1).named(k + "payload_data").get(0).size());
    }
}

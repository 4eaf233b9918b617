package io.wireform.conformance.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wireform.conformance.fuzz.FuzzChecks.Target;
import io.wireform.samples.binary.NetworkReadingCodec;
import io.wireform.samples.binary.PackedReadingCodec;
import io.wireform.samples.binary.ReadingCodec;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.dns.DnsMessageCodec;
import io.wireform.samples.dns.ResourceRecordCodec;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.ExtraCodec;
import io.wireform.samples.device.ExtraLongCodec;
import io.wireform.samples.device.RealtimeCodec;
import io.wireform.samples.framing.BlobCodec;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.framing.SixteenCodec;
import io.wireform.samples.mariadb.ColumnDefinitionCodec;
import io.wireform.samples.mariadb.ErrCodec;
import io.wireform.samples.mariadb.HandshakeResponseCodec;
import io.wireform.samples.mariadb.OkCodec;
import io.wireform.samples.mariadb.PacketCodec;
import io.wireform.samples.mariadb.RowCodec;
import io.wireform.samples.modbus.ModbusRequestCodec;
import io.wireform.samples.modbus.ModbusResponseCodec;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.mqtt.MqttPacketCodec;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.tls.ClientExtensionCodec;
import io.wireform.samples.tls.ServerExtensionCodec;
import io.wireform.samples.tls.TlsRecordCodec;
import io.wireform.samples.tlv.ControlCodec;
import io.wireform.samples.tlv.TlvCodec;
import io.wireform.samples.websocket.WebSocketFrameCodec;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing (Jazzer) of every sample codec's {@code decode} and {@code frameLength}:
 * the input's first byte picks the codec of the family, the rest is what it reads. Without
 * {@code JAZZER_FUZZ} each target replays its corpus under
 * {@code src/test/resources/io/wireform/conformance/fuzz/SampleCodecFuzzTestInputs/<method>/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (see the README, "How it is tested beyond the examples").
 */
class SampleCodecFuzzTest {
    static final List<Target<?>> DEVICE = List.of(
            new Target<>("DeviceBlock", DeviceBlockCodec.INSTANCE, false, true),
            new Target<>("DeviceFrame", DeviceFrameCodec.INSTANCE, false, true),
            new Target<>("Realtime", RealtimeCodec.INSTANCE, false, true),
            new Target<>("Extra", ExtraCodec.INSTANCE, false, true),
            new Target<>("ExtraLong", ExtraLongCodec.INSTANCE, false, true));
    static final List<Target<?>> MODBUS = List.of(
            new Target<>("RequestAdu", RequestAduCodec.INSTANCE, false, true),
            new Target<>("ResponseAdu", ResponseAduCodec.INSTANCE, false, true),
            new Target<>("ModbusRequest", ModbusRequestCodec.INSTANCE, false, true),
            new Target<>("ModbusResponse", ModbusResponseCodec.INSTANCE, false, true));
    /** MQTT's remaining length is a varint, which may be written longer than it needs: not canonical. */
    static final List<Target<?>> MQTT = List.of(new Target<>("MqttPacket", MqttPacketCodec.INSTANCE, false, false));
    /** Line and Blob take the rest of the input; Reading is C-aligned, whose alignment bytes are skipped. */
    static final List<Target<?>> OTHERS = List.of(
            new Target<>("SmartHome", SmartHomeCodec.INSTANCE, false, true),
            new Target<>("Sixteen", SixteenCodec.INSTANCE, false, true),
            new Target<>("Line", LineCodec.INSTANCE, true, true),
            new Target<>("Blob", BlobCodec.INSTANCE, true, true),
            new Target<>("Reading", ReadingCodec.INSTANCE, false, false),
            new Target<>("NetworkReading", NetworkReadingCodec.INSTANCE, false, true),
            new Target<>("PackedReading", PackedReadingCodec.INSTANCE, false, true));

    /**
     * Selected components (by a bit field and by a code range, with fallbacks, one in a length region),
     * fallback records, protocol lengths with an empty record, constants in a bit-field tag. Neither is
     * canonical: a half's signalling NaN is written back quiet, and a varint length may be longer than
     * it needs.
     */
    static final List<Target<?>> SELECTION = List.of(new Target<>("Tlv", TlvCodec.INSTANCE, false, false),
            new Target<>("Control", ControlCodec.INSTANCE, false, false));

    @FuzzTest(maxDuration = "60s")
    void device(byte[] input) {
        run(DEVICE, input);
    }

    @FuzzTest(maxDuration = "60s")
    void modbus(byte[] input) {
        run(MODBUS, input);
    }

    @FuzzTest(maxDuration = "60s")
    void mqtt(byte[] input) {
        run(MQTT, input);
    }

    @FuzzTest(maxDuration = "60s")
    void smartHomeFramingBinary(byte[] input) {
        run(OTHERS, input);
    }

    @FuzzTest(maxDuration = "60s")
    void selection(byte[] input) {
        run(SELECTION, input);
    }

    /**
     * The real protocols' samples: DNS (its names a @Using codec with compression pointers, its sections
     * counted through a path), WebSocket (the length whichever applies), TLS (nested selected bodies in
     * length regions), MariaDB (lenenc integers and strings; OK, ERR and rows run to the end of their
     * packet). The first four are in the order of the reader family's, whose seed frames they get. None
     * is canonical: a name, a lenenc or a WebSocket length may be written longer than it needs.
     */
    static final List<Target<?>> PROTOCOLS = List.of(
            new Target<>("DnsMessage", DnsMessageCodec.INSTANCE, false, false),
            new Target<>("WebSocketFrame", WebSocketFrameCodec.INSTANCE, false, false),
            new Target<>("TlsRecord", TlsRecordCodec.INSTANCE, false, false),
            new Target<>("MariaDbPacket", PacketCodec.INSTANCE, false, false),
            new Target<>("ResourceRecord", ResourceRecordCodec.INSTANCE, false, false),
            new Target<>("TlsHandshake", io.wireform.samples.tls.HandshakeCodec.INSTANCE, false, false),
            new Target<>("ClientExtension", ClientExtensionCodec.INSTANCE, false, false),
            new Target<>("ServerExtension", ServerExtensionCodec.INSTANCE, false, false),
            new Target<>("MariaDbHandshake", io.wireform.samples.mariadb.HandshakeCodec.INSTANCE, false, false),
            new Target<>("HandshakeResponse", HandshakeResponseCodec.INSTANCE, false, false),
            new Target<>("ColumnDefinition", ColumnDefinitionCodec.INSTANCE, false, false),
            new Target<>("Ok", OkCodec.INSTANCE, true, false),
            new Target<>("Err", ErrCodec.INSTANCE, true, false),
            new Target<>("Row", RowCodec.INSTANCE, true, false));

    @FuzzTest(maxDuration = "60s")
    void protocols(byte[] input) {
        run(PROTOCOLS, input);
    }

    private static void run(List<Target<?>> family, byte[] input) {
        if (input.length == 0) {
            return;
        }
        Target<?> target = family.get((input[0] & 0xFF) % family.size());
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        FuzzChecks.timed(target.name() + " decode/frameLength", rest, () -> FuzzChecks.codec(target, rest));
    }
}

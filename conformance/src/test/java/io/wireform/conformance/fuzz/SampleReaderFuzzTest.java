package io.wireform.conformance.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.binary.NetworkReadingReader;
import io.wireform.samples.binary.PackedReadingReader;
import io.wireform.samples.binary.ReadingReader;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.dns.DnsMessageReader;
import io.wireform.samples.device.DeviceFrameReader;
import io.wireform.samples.device.ExtraLongReader;
import io.wireform.samples.device.ExtraReader;
import io.wireform.samples.device.RealtimeReader;
import io.wireform.samples.framing.BlobReader;
import io.wireform.samples.mariadb.PacketReader;
import io.wireform.samples.framing.LineReader;
import io.wireform.samples.framing.SixteenReader;
import io.wireform.samples.modbus.ModbusRequestReader;
import io.wireform.samples.modbus.ModbusResponseReader;
import io.wireform.samples.modbus.RequestAduReader;
import io.wireform.samples.modbus.ResponseAduReader;
import io.wireform.samples.mqtt.MqttPacketReader;
import io.wireform.samples.smarthome.SmartHomeReader;
import io.wireform.samples.tls.TlsRecordReader;
import io.wireform.samples.tlv.ControlReader;
import io.wireform.samples.tlv.TlvReader;
import io.wireform.samples.websocket.WebSocketFrameReader;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Coverage-guided fuzzing (Jazzer) of every generated sample reader's {@code feed}: the input's
 * first byte picks the reader of the family, the second the resync policy, the third seeds the
 * chunk sizes, and the rest is the stream, fed to the preset {@code push()} reader in those chunks.
 * Corpus under {@code src/test/resources/io/wireform/conformance/fuzz/SampleReaderFuzzTestInputs/<method>/}.
 */
class SampleReaderFuzzTest {
    static final List<Supplier<FrameReader.Builder<?>>> DEVICE = List.of(
            DeviceBlockReader::builder, DeviceFrameReader::builder, RealtimeReader::builder, ExtraReader::builder,
            ExtraLongReader::builder);
    static final List<Supplier<FrameReader.Builder<?>>> MODBUS = List.of(
            RequestAduReader::builder, ResponseAduReader::builder, ModbusRequestReader::builder,
            ModbusResponseReader::builder);
    static final List<Supplier<FrameReader.Builder<?>>> MQTT = List.of(MqttPacketReader::builder);
    /** The generated presets, and Line and Blob also with the framings their samples use. */
    static final List<Supplier<FrameReader.Builder<?>>> OTHERS = List.of(
            SmartHomeReader::builder, SixteenReader::builder, LineReader::builder, BlobReader::builder,
            () -> LineReader.builder().framing(Framing.delimited(new byte[] {'\n'})),
            () -> BlobReader.builder().framing(Framing.lengthPrefixed(4)),
            () -> BlobReader.builder().framing(Framing.lengthField(new byte[] {(byte) 0xCA, (byte) 0xFE}, 2,
                    io.wireform.annotations.Endian.LITTLE, -4)),
            ReadingReader::builder, NetworkReadingReader::builder, PackedReadingReader::builder);

    /** Selected components, fallbacks and protocol lengths (Tlv); frames of unknown types skipped (Control). */
    static final List<Supplier<FrameReader.Builder<?>>> SELECTION = List.of(TlvReader::builder, ControlReader::builder);

    /** DNS over TCP, WebSocket, TLS records and MariaDB packets. */
    static final List<Supplier<FrameReader.Builder<?>>> PROTOCOLS = List.of(DnsMessageReader::builder,
            WebSocketFrameReader::builder, TlsRecordReader::builder, PacketReader::builder);

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

    @SuppressWarnings({"unchecked", "rawtypes"})
    @FuzzTest(maxDuration = "60s")
    void protocols(byte[] input) {
        run(PROTOCOLS, input);
    }

    private static void run(List<Supplier<FrameReader.Builder<?>>> family, byte[] input) {
        if (input.length == 0) {
            return;
        }
        Supplier readers = family.get((input[0] & 0xFF) % family.size());
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        FuzzChecks.timed("reader feed", rest, () -> FuzzChecks.reader(readers, rest));
    }
}

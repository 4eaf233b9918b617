package io.wireform.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wireform.conformance.stream.ReaderOffsets;
import io.wireform.runtime.WireCodec;
import io.wireform.samples.binary.NetworkReadingCodec;
import io.wireform.samples.binary.PackedReadingCodec;
import io.wireform.samples.binary.ReadingCodec;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.ExtraCodec;
import io.wireform.samples.device.ExtraLongCodec;
import io.wireform.samples.device.RealtimeCodec;
import io.wireform.samples.dns.DnsMessageCodec;
import io.wireform.samples.framing.BlobCodec;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.framing.SixteenCodec;
import io.wireform.samples.mariadb.PacketCodec;
import io.wireform.samples.modbus.ModbusRequestCodec;
import io.wireform.samples.modbus.ModbusResponseCodec;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.mqtt.MqttPacketCodec;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.tls.TlsRecordCodec;
import io.wireform.samples.tlv.ControlCodec;
import io.wireform.samples.tlv.TlvCodec;
import io.wireform.samples.websocket.WebSocketFrameCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
    /** A reader preset, and the codec its frames are decoded with (null for a framing of the reader's own). */
    record Member(WireCodec<?> codec, Supplier<FrameReader.Builder<?>> readers) {}

    static final List<Member> DEVICE = List.of(
            new Member(DeviceBlockCodec.INSTANCE, DeviceBlockReader::builder),
            new Member(DeviceFrameCodec.INSTANCE, DeviceFrameReader::builder),
            new Member(RealtimeCodec.INSTANCE, RealtimeReader::builder),
            new Member(ExtraCodec.INSTANCE, ExtraReader::builder),
            new Member(ExtraLongCodec.INSTANCE, ExtraLongReader::builder));
    static final List<Member> MODBUS = List.of(
            new Member(RequestAduCodec.INSTANCE, RequestAduReader::builder),
            new Member(ResponseAduCodec.INSTANCE, ResponseAduReader::builder),
            new Member(ModbusRequestCodec.INSTANCE, ModbusRequestReader::builder),
            new Member(ModbusResponseCodec.INSTANCE, ModbusResponseReader::builder));
    static final List<Member> MQTT = List.of(new Member(MqttPacketCodec.INSTANCE, MqttPacketReader::builder));
    /** The generated presets, and Line and Blob also with the framings their samples use. */
    static final List<Member> OTHERS = List.of(
            new Member(SmartHomeCodec.INSTANCE, SmartHomeReader::builder),
            new Member(SixteenCodec.INSTANCE, SixteenReader::builder),
            new Member(LineCodec.INSTANCE, LineReader::builder),
            new Member(BlobCodec.INSTANCE, BlobReader::builder),
            new Member(null, () -> LineReader.builder().framing(Framing.delimited(new byte[] {'\n'}))),
            new Member(null, () -> BlobReader.builder().framing(Framing.lengthPrefixed(4))),
            new Member(null, () -> BlobReader.builder().framing(Framing.lengthField(new byte[] {(byte) 0xCA, (byte) 0xFE}, 2,
                    io.wireform.annotations.Endian.LITTLE, -4))),
            new Member(ReadingCodec.INSTANCE, ReadingReader::builder),
            new Member(NetworkReadingCodec.INSTANCE, NetworkReadingReader::builder),
            new Member(PackedReadingCodec.INSTANCE, PackedReadingReader::builder));

    /** Selected components, fallbacks and protocol lengths (Tlv); frames of unknown types skipped (Control). */
    static final List<Member> SELECTION = List.of(new Member(TlvCodec.INSTANCE, TlvReader::builder),
            new Member(ControlCodec.INSTANCE, ControlReader::builder));

    /** DNS over TCP, WebSocket, TLS records and MariaDB packets. */
    static final List<Member> PROTOCOLS = List.of(new Member(DnsMessageCodec.INSTANCE, DnsMessageReader::builder),
            new Member(WebSocketFrameCodec.INSTANCE, WebSocketFrameReader::builder),
            new Member(TlsRecordCodec.INSTANCE, TlsRecordReader::builder),
            new Member(PacketCodec.INSTANCE, PacketReader::builder));

    /** Every family by its method's name, which names its corpus directory. */
    private static final Map<String, List<Member>> FAMILIES = Map.of("device", DEVICE, "modbus", MODBUS, "mqtt", MQTT,
            "smartHomeFramingBinary", OTHERS, "selection", SELECTION, "protocols", PROTOCOLS);

    @FuzzTest(maxDuration = "60s")
    void device(byte[] input) {
        run(DEVICE, input, new ReaderOffsets.Tally());
    }

    @FuzzTest(maxDuration = "60s")
    void modbus(byte[] input) {
        run(MODBUS, input, new ReaderOffsets.Tally());
    }

    @FuzzTest(maxDuration = "60s")
    void mqtt(byte[] input) {
        run(MQTT, input, new ReaderOffsets.Tally());
    }

    @FuzzTest(maxDuration = "60s")
    void smartHomeFramingBinary(byte[] input) {
        run(OTHERS, input, new ReaderOffsets.Tally());
    }

    @FuzzTest(maxDuration = "60s")
    void selection(byte[] input) {
        run(SELECTION, input, new ReaderOffsets.Tally());
    }

    @FuzzTest(maxDuration = "60s")
    void protocols(byte[] input) {
        run(PROTOCOLS, input, new ReaderOffsets.Tally());
    }

    /**
     * The reader offsets law is not vacuous here: the seed corpus alone makes readers throw errors and tell
     * their listeners of dropped frames and garbage, and the law checks each of them.
     */
    @Test
    void theCorpusGivesTheReaderOffsetsLawErrorsToCheck() throws IOException {
        ReaderOffsets.Tally tally = new ReaderOffsets.Tally();
        int inputs = 0;
        for (Map.Entry<String, List<Member>> family : FAMILIES.entrySet()) {
            Path corpus = Path.of("src/test/resources/io/wireform/conformance/fuzz/SampleReaderFuzzTestInputs",
                    family.getKey());
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path file : files.sorted().toList()) {
                    run(family.getValue(), Files.readAllBytes(file), tally);
                    inputs++;
                }
            }
        }
        System.out.println("SampleReaderFuzzTest: the corpus's " + inputs + " inputs: " + tally);
        assertTrue(tally.thrown >= inputs / 10 && tally.dropped + tally.garbage >= inputs / 10
                && tally.compared >= inputs / 10, "too few reader errors checked in " + inputs + " inputs: " + tally);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void run(List<Member> family, byte[] input, ReaderOffsets.Tally tally) {
        if (input.length == 0) {
            return;
        }
        Member member = family.get((input[0] & 0xFF) % family.size());
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        FuzzChecks.timed("reader feed", rest, () -> FuzzChecks.reader((WireCodec) member.codec(),
                (Supplier) member.readers(), rest, tally));
    }
}

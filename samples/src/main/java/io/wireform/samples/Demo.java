package io.wireform.samples;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireException;
import io.wireform.samples.binary.Reading;
import io.wireform.samples.binary.ReadingCodec;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.framing.Sixteen;
import io.wireform.samples.framing.SixteenCodec;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.runnable.SmartHomeClient;
import io.wireform.samples.runnable.SmartHomeServer;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * First the seeds/000 download end to end: a smart-home hub serving a real SQLite database over
 * loopback TCP, and a robot streaming it to disk and reading it back ({@code runnable.SmartHomeClient}).
 * Then one message of each seed protocol encoded and decoded with the generated codecs, the bytes
 * printed, the stream readers at work, and what a corrupted frame reports.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) throws Exception {
        System.out.println("Wireform demo\n");
        SmartHomeClient.runOnLoopback(SmartHomeServer.ROWS);

        System.out.println("The seed protocols, encoded and decoded by generated codecs\n");

        byte[] request = SmartHomeCodec.INSTANCE.encode(new DownloadDb());
        show("seeds/000 smart-home request DownloadDb()", request, 4);
        byte[] reply = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(filled(11262, 0x5A))));
        show("seeds/000 smart-home reply DbFile(11262-byte database)", reply, 4);
        SmartHome decodedReply = SmartHomeCodec.INSTANCE.decode(reply);
        System.out.println("  decoded: " + decodedReply.getClass().getSimpleName() + " with "
                + ((DbFile) decodedReply).database().length() + " bytes\n");

        Reading reading = new Reading(1, "ab".getBytes(StandardCharsets.US_ASCII), 2.7f);
        byte[] readingBytes = ReadingCodec.INSTANCE.encode(reading);
        show("seeds/002 struct.Struct('I 2s f').pack(1, b'ab', 2.7)", readingBytes, 4);
        Reading back = ReadingCodec.INSTANCE.decode(readingBytes);
        System.out.printf("  decoded: id=%d code=%s value=%s%n%n", back.id(),
                new String(back.code(), StandardCharsets.US_ASCII), back.value());

        byte[] sixteen = SixteenCodec.INSTANCE.encode(new Sixteen("Hi there, server"));
        show("seeds/001 fixed-length pattern Sixteen(\"Hi there, server\")", sixteen, 16);
        System.out.println("  decoded: " + SixteenCodec.INSTANCE.decode(sixteen) + "\n");

        DeviceFrame frame = new DeviceFrame(new Realtime(filled(150, 0x01)), new Extra(filled(190, 0x02)),
                new ExtraLong(filled(192, 0x03)));
        byte[] frameBytes = DeviceFrameCodec.INSTANCE.encode(frame);
        show("seeds/004 device frame (FDAA..CCDD FDCC..CCDD FDCC..CCDD)", frameBytes, 2);
        System.out.println("  bytes 150..160: " + Hex.of(Arrays.copyOfRange(frameBytes, 150, 160), 2, 10));
        System.out.println("  decoded: " + DeviceFrameCodec.INSTANCE.decode(frameBytes).extra2().data().length
                + " data bytes in extra2\n");

        // The same blocks sent as separate frames, glued together as the device does: the untagged
        // protocol tells them apart by magic and end marker, frameLength says where each ends.
        ByteBuffer stream = ByteBuffer.allocate(2 + 150 + 2 + 2 + 192 + 2 + 2 + 190 + 2);
        DeviceBlockCodec.INSTANCE.encode(frame.realtime(), stream);
        DeviceBlockCodec.INSTANCE.encode(frame.extra2(), stream);
        DeviceBlockCodec.INSTANCE.encode(frame.extra1(), stream);
        stream.flip();
        StringBuilder kinds = new StringBuilder();
        while (stream.hasRemaining()) {
            int length = DeviceBlockCodec.INSTANCE.frameLength(stream);
            DeviceBlock block = DeviceBlockCodec.INSTANCE.decode(stream);
            kinds.append(block.getClass().getSimpleName()).append(" (").append(length).append(" bytes) ");
        }
        System.out.println("seeds/004 three glued blocks: " + kinds + "\n");

        byte[] modbusRequest = HexFormat.of().parseHex("000100000006010400010005");
        RequestAdu adu = RequestAduCodec.INSTANCE.decode(modbusRequest);
        System.out.println("Modbus TCP request 0001 0000 0006 01 04 0001 0005\n  decoded: " + adu);
        byte[] modbusResponse = HexFormat.of().parseHex("00010000000d01040a00010002000300040005");
        ResponseAdu response = ResponseAduCodec.INSTANCE.decode(modbusResponse);
        System.out.println("Modbus TCP response 0001 0000 000d 01 04 0a 0001 0002 0003 0004 0005\n  decoded: " + response);
        ModbusRequest write = new ModbusRequest.WriteMultipleRegisters(0x10, 2, java.util.List.of(0x000A, 0x0102));
        show("  encoded WriteMultipleRegisters(0x10, 2, [10, 258])",
                RequestAduCodec.INSTANCE.encode(new RequestAdu(2, 0, 1, write)), 2);
        System.out.println();

        StreamDemo.run();

        frameBytes[155] = 0x00;
        try {
            DeviceFrameCodec.INSTANCE.decode(frameBytes);
            throw new IllegalStateException("a corrupted marker was accepted");
        } catch (WireException e) {
            System.out.println("seeds/004 with byte 155 corrupted:\n  " + e.getMessage());
        }
    }

    private static void show(String title, byte[] bytes, int group) {
        System.out.println(title);
        System.out.println("  " + bytes.length + " bytes: " + Hex.of(bytes, group, 24));
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}

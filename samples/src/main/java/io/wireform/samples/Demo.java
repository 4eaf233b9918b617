package io.wireform.samples;

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
import io.wireform.samples.smarthome.DbFileHeader;
import io.wireform.samples.smarthome.DbFileHeaderCodec;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.DownloadDbCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes and decodes one message of each seed protocol with the generated codecs and prints the
 * bytes, then shows what a corrupted frame reports.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) {
        System.out.println("Wireform demo: the seed protocols, encoded and decoded by generated codecs\n");

        byte[] request = DownloadDbCodec.INSTANCE.encode(new DownloadDb());
        show("seeds/000 smart-home request DownloadDb()", request, 4);
        byte[] header = DbFileHeaderCodec.INSTANCE.encode(new DbFileHeader(11262));
        show("seeds/000 smart-home reply header DbFileHeader(11262)", header, 4);
        System.out.println("  decoded: " + DbFileHeaderCodec.INSTANCE.decode(header) + "\n");

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

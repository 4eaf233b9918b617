package io.wireform.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.WireDecodeException;
import io.wireform.samples.binary.NetworkReading;
import io.wireform.samples.binary.NetworkReadingCodec;
import io.wireform.samples.binary.PackedReading;
import io.wireform.samples.binary.PackedReadingCodec;
import io.wireform.samples.binary.Reading;
import io.wireform.samples.binary.ReadingCodec;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.framing.Sixteen;
import io.wireform.samples.framing.SixteenCodec;
import io.wireform.runtime.Payload;
import io.wireform.runtime.UnknownTagException;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The seed messages, byte for byte, both ways. Expected bytes come from the seeds and CPython's struct. */
class SeedMessagesTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] hex(String text) {
        return HEX.parseHex(text.replace(" ", ""));
    }

    @Test
    void seed002NativeAlignedIsPythonStructDefault() {
        // struct.Struct('I 2s f').pack(1, b'ab', 2.7) on x86-64, from the seed's own output
        byte[] expected = hex("01000000 6162 0000 cdcc2c40");
        Reading reading = new Reading(1, "ab".getBytes(StandardCharsets.US_ASCII), 2.7f);
        assertArrayEquals(expected, ReadingCodec.INSTANCE.encode(reading));
        assertEquals(12, ReadingCodec.ENCODED_LENGTH);

        Reading decoded = ReadingCodec.INSTANCE.decode(expected);
        assertEquals(1, decoded.id());
        assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), decoded.code());
        assertEquals(2.700000047683716, decoded.value(), 0.0); // what the seed's server printed
    }

    @Test
    void seed002LittleEndianPacked() {
        // struct.pack('<I2sf', 1, b'ab', 2.7)
        byte[] expected = hex("01000000 6162 cdcc2c40");
        PackedReading reading = new PackedReading(1, "ab".getBytes(StandardCharsets.US_ASCII), 2.7f);
        assertArrayEquals(expected, PackedReadingCodec.INSTANCE.encode(reading));
        PackedReading decoded = PackedReadingCodec.INSTANCE.decode(expected);
        assertEquals(1, decoded.id());
        assertEquals(2.7f, decoded.value());
    }

    @Test
    void seed002NetworkOrderPacked() {
        // struct.pack('!I2sf', 1, b'ab', 2.7)
        byte[] expected = hex("00000001 6162 402ccccd");
        NetworkReading reading = new NetworkReading(1, "ab".getBytes(StandardCharsets.US_ASCII), 2.7f);
        assertArrayEquals(expected, NetworkReadingCodec.INSTANCE.encode(reading));
        NetworkReading decoded = NetworkReadingCodec.INSTANCE.decode(expected);
        assertEquals(1, decoded.id());
        assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), decoded.code());
        assertEquals(2.7f, decoded.value());
    }

    @Test
    void seed002UnsignedIdUsesAllFourBytes() {
        // struct.pack('<I2sf', 4294967295, b'ab', 2.7): the top bit is data, not a sign
        byte[] expected = hex("ffffffff 6162 cdcc2c40");
        PackedReading reading = new PackedReading(4294967295L, "ab".getBytes(StandardCharsets.US_ASCII), 2.7f);
        assertArrayEquals(expected, PackedReadingCodec.INSTANCE.encode(reading));
        assertEquals(4294967295L, PackedReadingCodec.INSTANCE.decode(expected).id());
    }

    @Test
    void seed000RequestIsTheLittleEndianCommandWord() {
        // struct.pack('<i', 0x4c) == b'L\x00\x00\x00'
        assertArrayEquals(hex("4c000000"), SmartHomeCodec.INSTANCE.encode(new DownloadDb()));
        assertEquals(new DownloadDb(), SmartHomeCodec.INSTANCE.decode(hex("4c000000")));
    }

    @Test
    void seed000ReplyCarriesTheDatabaseAfterItsLength() throws java.io.IOException {
        // struct.pack('<II', 0x43, 5) + b'SQLit'
        byte[] expected = hex("43000000 05000000 53514c6974");
        byte[] database = "SQLit".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(expected, SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(database))));
        DbFile decoded = (DbFile) SmartHomeCodec.INSTANCE.decode(expected);
        assertArrayEquals(database, decoded.database().readAllBytes());
        assertEquals(13, SmartHomeCodec.INSTANCE.frameLength(ByteBuffer.wrap(expected)));
    }

    @Test
    void seed000HeaderAloneTellsTheWholeReplyLength() {
        // 11262 bytes announced, none of them here yet: the peek still knows the frame is 11270 bytes
        ByteBuffer header = ByteBuffer.wrap(hex("43000000 fe2b0000"));
        assertEquals(11270, SmartHomeCodec.INSTANCE.frameLength(header));
        // three bytes of the four-byte command word: it says four are needed before asking again
        assertEquals(-4, SmartHomeCodec.INSTANCE.frameLength(ByteBuffer.wrap(hex("430000"))));
    }

    @Test
    void seed000UnknownCommandWordIsRejectedWithItsValue() {
        ByteBuffer in = ByteBuffer.wrap(hex("44000000 fe2b0000"));
        UnknownTagException e = assertThrows(UnknownTagException.class, () -> SmartHomeCodec.INSTANCE.decode(in));
        assertEquals(0, e.offset());
        assertEquals(0x44, e.tag());
        assertEquals("SmartHome.<tag>", e.fieldPath());
        assertEquals(0, in.position());
    }

    @Test
    void seed001FixedSixteenBytes() {
        // tcp_sixteen.py: b'Hi there, server', exactly 16 bytes
        byte[] expected = "Hi there, server".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(expected, SixteenCodec.INSTANCE.encode(new Sixteen("Hi there, server")));
        assertEquals(new Sixteen("Hi there, server"), SixteenCodec.INSTANCE.decode(expected));
        assertEquals(16, SixteenCodec.ENCODED_LENGTH);
    }

    @Test
    void seed001ShortTextIsPaddedWithSpacesAndTrimmedBack() {
        byte[] expected = "Hi              ".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(expected, SixteenCodec.INSTANCE.encode(new Sixteen("Hi")));
        assertEquals(new Sixteen("Hi"), SixteenCodec.INSTANCE.decode(expected));
    }

    @Test
    void seed004FrameIsThe544BytesOfTheTwistedAnswer() {
        byte[] realtime = ramp(150, 0);
        byte[] extra1 = ramp(190, 50);
        byte[] extra2 = ramp(192, 100);
        // struct.Struct('!2s150s4s190s4s192s2s').pack(b'\xfd\xaa', rt, b'\xcc\xdd\xfd\xcc', e1, b'\xcc\xdd\xfd\xcc', e2, b'\xcc\xdd')
        ByteBuffer expected = ByteBuffer.allocate(544)
                .put(hex("fdaa")).put(realtime).put(hex("ccdd fdcc")).put(extra1)
                .put(hex("ccdd fdcc")).put(extra2).put(hex("ccdd"));

        DeviceFrame frame = new DeviceFrame(new Realtime(realtime), new Extra(extra1), new ExtraLong(extra2));
        byte[] encoded = DeviceFrameCodec.INSTANCE.encode(frame);
        assertArrayEquals(expected.array(), encoded);
        assertEquals(544, DeviceFrameCodec.ENCODED_LENGTH);

        DeviceFrame decoded = DeviceFrameCodec.INSTANCE.decode(encoded);
        assertArrayEquals(realtime, decoded.realtime().data());
        assertArrayEquals(extra1, decoded.extra1().data());
        assertArrayEquals(extra2, decoded.extra2().data());
    }

    @Test
    void seed004CorruptedMarkerIsReportedAtItsOffset() {
        byte[] encoded = DeviceFrameCodec.INSTANCE.encode(new DeviceFrame(
                new Realtime(ramp(150, 0)), new Extra(ramp(190, 0)), new ExtraLong(ramp(192, 0))));
        encoded[155] = 0x00; // the CC of the second block's FD CC

        ByteBuffer in = ByteBuffer.wrap(encoded);
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> DeviceFrameCodec.INSTANCE.decode(in));
        assertEquals(155, e.offset());
        assertEquals("DeviceFrame.extra1.<magic>", e.fieldPath());
        assertEquals("fd cc", e.expected());
        assertEquals("fd 00", e.actual());
        assertEquals(0, in.position(), "a failed decode consumes nothing");
        assertEquals("Malformed frame at offset 155 (DeviceFrame.extra1.<magic>): expected fd cc, found fd 00 "
                + "[" + e.hexWindow() + "]", e.getMessage());
    }

    @Test
    void seed004CorruptedEndMarkerOfTheLastBlock() {
        byte[] encoded = DeviceFrameCodec.INSTANCE.encode(new DeviceFrame(
                new Realtime(new byte[150]), new Extra(new byte[190]), new ExtraLong(new byte[192])));
        encoded[543] = (byte) 0xDE;
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> DeviceFrameCodec.INSTANCE.decode(encoded));
        assertEquals(543, e.offset());
        assertEquals("DeviceFrame.extra2.<end>", e.fieldPath());
    }

    private static byte[] ramp(int length, int first) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (first + i);
        }
        return bytes;
    }
}

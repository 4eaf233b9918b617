package io.wireform.samples.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.explain.ExplainMain;
import io.wireform.runtime.explain.Explanation;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an explanation holds besides its table, the view an error gives of its frame, and the command line. */
class ExplainTest {

    /** The 544-byte frame of seeds/004, ramps of bytes inside its three blocks. */
    private static byte[] deviceFrame() {
        byte[] frame = new byte[544];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (byte) i;
        }
        put(frame, 0, 0xfd, 0xaa);
        put(frame, 152, 0xcc, 0xdd);
        put(frame, 154, 0xfd, 0xcc);
        put(frame, 346, 0xcc, 0xdd);
        put(frame, 348, 0xfd, 0xcc);
        put(frame, 542, 0xcc, 0xdd);
        return frame;
    }

    private static void put(byte[] frame, int at, int first, int second) {
        frame[at] = (byte) first;
        frame[at + 1] = (byte) second;
    }

    @Test
    void seed004FrameShowsEachBlockAndItsMarkers() {
        byte[] frame = deviceFrame();
        Explanation explanation = DeviceFrameCodec.INSTANCE.explain(frame);
        assertTrue(explanation.ok());
        DeviceFrame decoded = DeviceFrameCodec.INSTANCE.decode(frame);
        assertEquals(decoded.extra1().data().length, ((DeviceFrame) explanation.value().orElseThrow()).extra1().data().length);
        List<String> paths = explanation.rows().stream().map(Explanation.Row::path).toList();
        assertEquals(List.of("DeviceFrame.realtime", "DeviceFrame.realtime.<magic>", "DeviceFrame.realtime.data",
                "DeviceFrame.realtime.<end>", "DeviceFrame.extra1", "DeviceFrame.extra1.<magic>", "DeviceFrame.extra1.data",
                "DeviceFrame.extra1.<end>", "DeviceFrame.extra2", "DeviceFrame.extra2.<magic>", "DeviceFrame.extra2.data",
                "DeviceFrame.extra2.<end>"), paths);
        Explanation.Row end = explanation.rows().get(7);
        assertEquals(346, end.offset());
        assertEquals(2, end.length());
        assertArrayEquals(new byte[] {(byte) 0xcc, (byte) 0xdd}, end.bytes());
        assertTrue(end.derived());
        assertEquals("checked", end.note());
        assertEquals(List.of("realtime", "extra1", "extra2"),
                explanation.fields().stream().map(r -> r.path().substring("DeviceFrame.".length())).toList());
        assertTrue(explanation.toString().contains(
                "   154   194  DeviceFrame.extra1            fd cc 9c 9d 9e 9f a0 a1 a2 a3 …  Extra\n"),
                explanation.toString());
    }

    @Test
    void errorOfSeed004ExplainsTheFrameItCameFrom() {
        byte[] frame = deviceFrame();
        frame[155] = 0; // the README's corrupted marker
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> DeviceFrameCodec.INSTANCE.decode(frame));
        Explanation explanation = e.explain(DeviceFrameCodec.INSTANCE);
        assertSame(e.getClass(), explanation.error().orElseThrow().getClass());
        assertEquals(e.getMessage(), explanation.error().orElseThrow().getMessage());
        assertEquals("""
                DeviceFrame: 544 bytes, error at offset 155
                offset  size  field                         bytes                            value
                     0   154  DeviceFrame.realtime          fd aa 02 03 04 05 06 07 08 09 …  Realtime
                     0     2  DeviceFrame.realtime.<magic>  fd aa                            (checked)
                     2   150  DeviceFrame.realtime.data     02 03 04 05 06 07 08 09 0a 0b …  150 bytes: 02 03 04 05 06 07 08 09 0a 0b …
                   152     2  DeviceFrame.realtime.<end>    cc dd                            (checked)
                   154   390  (not decoded)                 fd 00 9c 9d 9e 9f a0 a1 a2 a3 …
                error: Malformed frame at offset 155 (DeviceFrame.extra1.<magic>): expected fd cc, found fd 00 [93 94 95 96 97 cc dd fd [00] 9c 9d 9e 9f a0 a1 a2 a3]
                """, explanation.toString());
        assertEquals(DeviceFrameCodec.INSTANCE.explain(frame).toString(), explanation.toString());
    }

    @Test
    void errorFromTheMiddleOfABufferExplainsItsOwnFrame() {
        // two frames in one buffer; the second's tag is unknown
        ByteBuffer in = ByteBuffer.wrap(HexFormat.of().parseHex("4c000000" + "99000000"));
        SmartHomeCodec.INSTANCE.decode(in);
        UnknownTagException e = assertThrows(UnknownTagException.class, () -> SmartHomeCodec.INSTANCE.decode(in));
        assertEquals(4, in.position());
        Explanation explanation = e.explain(SmartHomeCodec.INSTANCE);
        assertArrayEquals(HexFormat.of().parseHex("99000000"), explanation.frame());
        assertEquals(0, explanation.error().orElseThrow().offset());
        assertTrue(explanation.rows().isEmpty());
    }

    @Test
    void errorWhoseBufferChangedSaysSoInsteadOfExplainingOtherBytes() {
        byte[] frame = HexFormat.of().parseHex("99000000");
        UnknownTagException e = assertThrows(UnknownTagException.class, () -> SmartHomeCodec.INSTANCE.decode(frame));
        frame[0] = 0x4c; // the buffer is reused before the error is explained
        Explanation explanation = e.explain(SmartHomeCodec.INSTANCE);
        assertSame(e, explanation.error().orElseThrow());
        assertTrue(explanation.rows().isEmpty());
        assertTrue(explanation.toString().contains("no longer gives this error"), explanation.toString());
    }

    @Test
    void explainingABufferLeavesItsPositionAndReadsOneFrame() {
        ByteBuffer in = ByteBuffer.wrap(HexFormat.of().parseHex("ff" + "43000000" + "02000000" + "6869" + "4c000000"));
        in.position(1);
        Explanation explanation = Explanation.of(SmartHomeCodec.INSTANCE, in, in.limit());
        assertEquals(1, in.position());
        assertEquals(10, explanation.frame().length);
        DbFile file = (DbFile) explanation.value().orElseThrow();
        assertEquals(2, file.database().length());
        Explanation.Row database = explanation.fields().get(0);
        assertEquals("SmartHome.DbFile.database", database.path());
        assertEquals(4, database.offset());
        assertSame(file.database(), database.value());
        assertFalse(explanation.rows().get(0).role() == Explanation.Role.FIELD);
    }

    @Test
    void commandLineExplainsHexAgainstACodecOrItsType() {
        Run run = run("io.wireform.samples.smarthome.SmartHomeCodec", "43 00 00 00 02 00 00 00 68 69");
        assertEquals(0, run.status, run.err);
        assertEquals("""
                SmartHome: 10 bytes, decoded
                offset  size  field                      bytes              value
                     0     4  SmartHome.<tag>            43 00 00 00        67 (0x43)  (tag, checked)
                     4     6  SmartHome.DbFile.database  02 00 00 00 68 69  payload, 2 bytes
                """, run.out);
        // the protocol's type names its codec too; a member type's codec is Outer_InnerCodec
        assertEquals(run.out, run("io.wireform.samples.smarthome.SmartHome", "0x43000000:02000000:6869").out);
        Run member = run("io.wireform.samples.modbus.ModbusRequest$ReadHoldingRegisters", "006b 0003");
        assertEquals(0, member.status, member.err);
        assertTrue(member.out.contains("     0     2  ReadHoldingRegisters.address   00 6b  107\n"), member.out);
        assertEquals(0, run("io.wireform.samples.explain.Schemas$WsHeader", "81 05").status);
    }

    @Test
    void commandLineReadsAFileAndFailsWithOneOnABadFrame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("frame.bin");
        Files.write(file, HexFormat.of().parseHex("44000000"));
        Run run = run("io.wireform.samples.smarthome.SmartHomeCodec", "@" + file);
        assertEquals(1, run.status);
        assertTrue(run.out.startsWith("SmartHome: 4 bytes, error at offset 0\n"), run.out);
        assertTrue(run.out.contains("error: Unknown tag at offset 0 (SmartHome.<tag>)"), run.out);
    }

    @Test
    void commandLineRefusesWrongArgumentsWithTwo() {
        assertEquals(2, run("io.wireform.samples.smarthome.SmartHomeCodec").status);
        Run noClass = run("com.example.Nothing", "00");
        assertEquals(2, noClass.status);
        assertEquals("no class com.example.Nothing on the class path\n", noClass.err);
        Run notACodec = run("java.lang.String", "00");
        assertEquals(2, notACodec.status);
        assertTrue(notACodec.err.startsWith("java.lang.String is neither a generated codec nor a type with one"),
                notACodec.err);
        Run badHex = run("io.wireform.samples.smarthome.SmartHomeCodec", "4c0");
        assertEquals(2, badHex.status);
        assertTrue(badHex.err.startsWith("cannot read the frame 4c0: "), badHex.err);
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExplainMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.io.ByteArrayOutputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples compiled by the Eclipse compiler with the processor on its processor path, as an
 * Eclipse user's build does, then run: the codecs it produced decode the seeds' frames and encode
 * them back byte for byte, and fail on bad bytes exactly as javac's do.
 */
class EclipseCompilerTest {
    private static ClassLoader eclipseBuilt;

    @BeforeAll
    static void compile() throws MalformedURLException {
        Compilers.Result result = SamplesBuild.ecjMain();
        assertTrue(result.success(), () -> "ecj failed:\n" + result.output());
        // the samples jar on this class path is javac's: hide its classes so that ecj's are loaded
        ClassLoader withoutSamples = new ClassLoader(EclipseCompilerTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("io.wireform.samples.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        eclipseBuilt = new URLClassLoader(new URL[] {result.classes().toUri().toURL()}, withoutSamples);
    }

    static Stream<Arguments> frames() {
        return Stream.of(
                Arguments.of("binary.ReadingCodec", "01000000 6162 0000 cdcc2c40"),
                Arguments.of("binary.NetworkReadingCodec", "00000001 6162 402ccccd"),
                Arguments.of("framing.SixteenCodec", hex("Hi there, server")),
                Arguments.of("framing.LineCodec", hex("hello")),
                Arguments.of("framing.BlobCodec", "00 01 02 ff"),
                Arguments.of("modbus.RequestAduCodec", "0001 0000 0006 01 04 0001 0005"),
                Arguments.of("modbus.RequestAduCodec", "0002 0000 000b 01 10 0001 0002 04 000a 0102"),
                Arguments.of("modbus.ResponseAduCodec", "0001 0000 000d 01 04 0a 0001 0002 0003 0004 0005"),
                Arguments.of("modbus.ResponseAduCodec", "0007 0000 0003 01 83 02"),
                Arguments.of("mqtt.MqttPacketCodec", "10 10 0004 4d515454 04 02 003c 0004 74657374"),
                Arguments.of("mqtt.MqttPacketCodec", "32 09 0003 612f62 000a 6869"),
                Arguments.of("mqtt.MqttPacketCodec", "30 07 0003 612f62 6869"),
                Arguments.of("smarthome.SmartHomeCodec", "4c000000"),
                Arguments.of("smarthome.SmartHomeCodec", "43000000 03000000 616263"),
                Arguments.of("device.DeviceFrameCodec", deviceFrame()),
                Arguments.of("device.DeviceBlockCodec", deviceFrame().substring(0, 2 * 154)),
                Arguments.of("device.DeviceBlockCodec", deviceFrame().substring(2 * 154, 2 * (154 + 194))),
                Arguments.of("device.DeviceBlockCodec", deviceFrame().substring(2 * (154 + 194))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("frames")
    void eclipseBuiltCodecsRoundTrip(String codec, String hex) {
        byte[] frame = HexFormat.of().parseHex(hex.replace(" ", ""));
        WireCodec<Object> eclipse = codec(codec);
        assertSame(eclipseBuilt, eclipse.getClass().getClassLoader(), "the codec ecj compiled");

        Object message = eclipse.decode(frame);
        assertSame(eclipseBuilt, message.getClass().getClassLoader());
        assertEquals(frame.length, eclipse.sizeOf(message));
        assertEquals(frame.length, eclipse.frameLength(ByteBuffer.wrap(frame)));
        assertArrayEquals(frame, eclipse.encode(message), "decoded and encoded again");
    }

    @Test
    void eclipseBuiltCodecsReportBadBytesAsJavacBuiltOnesDo() {
        byte[] frame = HexFormat.of().parseHex(deviceFrame());
        frame[155] = 0;
        WireCodec<Object> eclipse = codec("device.DeviceFrameCodec");
        WireException fromEclipse = assertThrows(WireException.class, () -> eclipse.decode(frame));
        WireException fromJavac = assertThrows(WireException.class,
                () -> io.wireform.samples.device.DeviceFrameCodec.INSTANCE.decode(frame));
        assertEquals(fromJavac.getMessage(), fromEclipse.getMessage());
        assertEquals("DeviceFrame.extra1.<magic>", fromEclipse.fieldPath());
        assertNotEquals(io.wireform.samples.device.DeviceFrameCodec.class, eclipse.getClass());
    }

    @SuppressWarnings("unchecked")
    private static WireCodec<Object> codec(String name) {
        try {
            Class<?> type = Class.forName("io.wireform.samples." + name, true, eclipseBuilt);
            return (WireCodec<Object>) type.getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** seeds/004: FDAA + 150 data + CCDD, FDCC + 190 + CCDD, FDCC + 192 + CCDD; 544 bytes. */
    private static String deviceFrame() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        block(out, 0xAA, 150, 1);
        block(out, 0xCC, 190, 2);
        block(out, 0xCC, 192, 3);
        return HexFormat.of().formatHex(out.toByteArray());
    }

    private static void block(ByteArrayOutputStream out, int magic, int length, int fill) {
        out.write(0xFD);
        out.write(magic);
        for (int i = 0; i < length; i++) {
            out.write(fill);
        }
        out.write(0xCC);
        out.write(0xDD);
    }
}

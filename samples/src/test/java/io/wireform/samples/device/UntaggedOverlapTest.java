package io.wireform.samples.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Extra (194 bytes) and ExtraLong (196 bytes) share the magic FD CC; the end marker decides, and the
 * shortest variant whose end marker fits wins. An ExtraLong whose data puts CC DD where Extra's frame
 * would end would read back as an Extra, so encoding refuses it, and every entry point agrees.
 */
class UntaggedOverlapTest {

    private static byte[] endingInCcDd() {
        byte[] data = new byte[192];
        data[190] = (byte) 0xCC; // at frame offset 192 (after the magic), where Extra's end marker sits
        data[191] = (byte) 0xDD;
        return data;
    }

    @Test
    void encodeRefusesAnExtraLongThatWouldReadAsAnExtra() {
        ByteBuffer out = ByteBuffer.allocate(300);
        out.position(5);
        WireEncodeException e = assertThrows(WireEncodeException.class,
                () -> DeviceBlockCodec.INSTANCE.encode(new ExtraLong(endingInCcDd()), out));
        assertEquals("DeviceBlock.ExtraLong", e.fieldPath());
        assertEquals(5, out.position(), "the output's position is left where it was");
    }

    @Test
    void theVariantsOwnCodecWritesIt() {
        // ExtraLong's own codec knows no union: the bytes, read as the union, are an Extra and two bytes
        byte[] bytes = ExtraLongCodec.INSTANCE.encode(new ExtraLong(endingInCcDd()));
        ByteBuffer in = ByteBuffer.wrap(bytes);
        assertInstanceOf(Extra.class, DeviceBlockCodec.INSTANCE.decode(in));
        assertEquals(194, in.position());
        assertEquals(194, DeviceBlockCodec.INSTANCE.frameLength(ByteBuffer.wrap(bytes)));
        // a whole array must be one frame: two bytes are left over
        assertThrows(WireDecodeException.class, () -> DeviceBlockCodec.INSTANCE.decode(bytes));
    }

    @Test
    void otherExtraLongsRoundTrip() {
        byte[] data = endingInCcDd();
        data[191] = (byte) 0xDE;
        byte[] bytes = DeviceBlockCodec.INSTANCE.encode(new ExtraLong(data));
        assertArrayEquals(data, ((ExtraLong) DeviceBlockCodec.INSTANCE.decode(bytes)).data());
        byte[] plain = new byte[192];
        Arrays.fill(plain, (byte) 0xCC);
        assertArrayEquals(plain, ((ExtraLong) DeviceBlockCodec.INSTANCE.decode(
                DeviceBlockCodec.INSTANCE.encode(new ExtraLong(plain)))).data());
    }
}

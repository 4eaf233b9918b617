package io.wireform.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** seeds/004's blocks as an untagged protocol: magic first, then the end marker's position decides. */
class DeviceBlockTest {
    private static final DeviceBlockCodec CODEC = DeviceBlockCodec.INSTANCE;

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void blocksThatShareAMagicAreToldApartByTheirEndMarker() {
        ByteBuffer stream = ByteBuffer.allocate(154 + 196 + 194);
        CODEC.encode(new Realtime(filled(150, 1)), stream);
        CODEC.encode(new ExtraLong(filled(192, 3)), stream);
        CODEC.encode(new Extra(filled(190, 2)), stream);
        stream.flip();

        assertEquals(154, CODEC.frameLength(stream));
        assertInstanceOf(Realtime.class, CODEC.decode(stream));
        assertEquals(196, CODEC.frameLength(stream));
        ExtraLong extraLong = (ExtraLong) CODEC.decode(stream);
        assertArrayEquals(filled(192, 3), extraLong.data());
        assertEquals(194, CODEC.frameLength(stream));
        assertInstanceOf(Extra.class, CODEC.decode(stream));
        assertEquals(0, stream.remaining());
    }

    @Test
    void tooFewBytesToTellNeedMore() {
        byte[] extraLong = CODEC.encode(new ExtraLong(filled(192, 3)));
        // 194 bytes are there: not an Extra (no CC DD at 192), and an ExtraLong needs 196
        ByteBuffer partial = ByteBuffer.wrap(extraLong, 0, 194).slice();
        assertEquals(-195, CODEC.frameLength(partial), "at least one more byte before it can tell");
        assertThrows(TruncatedFrameException.class, () -> CODEC.decode(partial));
        assertEquals(-2, CODEC.frameLength(ByteBuffer.wrap(new byte[] {(byte) 0xFD})));
    }

    /**
     * Too few bytes to tell Extra from ExtraLong is the protocol's own error, under its name, where decode,
     * its explanation and a reader at the end of the stream find it (it was {@code DeviceBlock.DeviceBlock}).
     */
    @Test
    void tooFewBytesToTellIsTruncatedUnderTheProtocolsName() {
        byte[] cut = Arrays.copyOf(CODEC.encode(new ExtraLong(filled(192, 3))), 12);
        TruncatedFrameException decoded = assertThrows(TruncatedFrameException.class, () -> CODEC.decode(cut));
        assertEquals("DeviceBlock", decoded.fieldPath());
        assertEquals(12, decoded.offset());
        assertEquals("DeviceBlock", CODEC.explain(cut).error().orElseThrow().fieldPath());
        FrameReader<DeviceBlock> reader = DeviceBlockReader.push();
        reader.feed(cut);
        TruncatedFrameException read = assertThrows(TruncatedFrameException.class, () -> reader.endOfStream(b -> { }));
        assertEquals("DeviceBlock", read.fieldPath());
        assertEquals(12, read.offset());
    }

    @Test
    void unknownMagicIsAnError() {
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> CODEC.decode(ByteBuffer.wrap(filled(200, 0x00))));
        assertEquals("DeviceBlock.<magic>", e.fieldPath());
        assertEquals(0, e.offset());
    }

    @Test
    void sharedMagicWithoutAnEndMarkerWhereEitherLengthPutsIt() {
        byte[] bytes = filled(196, 0x00);
        bytes[0] = (byte) 0xFD;
        bytes[1] = (byte) 0xCC;
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> CODEC.decode(ByteBuffer.wrap(bytes)));
        assertEquals("DeviceBlock.<end>", e.fieldPath());
    }
}

package io.wireform.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.wireform.annotations.Resync;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.Realtime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link WireframeDecoder} keeps between reads: under {@code Resync.FAIL} the bad bytes, so
 * that every later read fails again. What it hands on when it is removed: {@link
 * WireframeDecoderRemovalTest}.
 */
class WireframeDecoderStateTest {
    private static final DeviceBlockCodec CODEC = DeviceBlockCodec.INSTANCE;
    private static final byte[] REALTIME = CODEC.encode(new Realtime(WireframeDecoderTest.filled(150, 0x11)));
    private static final byte[] EXTRA = CODEC.encode(new Extra(WireframeDecoderTest.filled(190, 0x22)));
    private static final byte[] GARBAGE = {0x00, 0x13, 0x37, (byte) 0xFD, 0x01};

    @Test
    void underFailEveryLaterReadFailsAgain() {
        WireframeDecoderTest.Errors errors = new WireframeDecoderTest.Errors();
        EmbeddedChannel channel = new EmbeddedChannel(
                Wireform.decoder(FrameReader.builder(CODEC).resync(Resync.FAIL)), errors);
        channel.writeInbound(Unpooled.wrappedBuffer(WireframeDecoderTest.concat(REALTIME, GARBAGE, EXTRA)));
        List<Object> first = WireframeDecoderTest.inbound(channel);
        assertEquals(1, first.size(), "the frame before the bad bytes");
        assertInstanceOf(Realtime.class, first.get(0));
        assertEquals(1, errors.caught.size());
        WireDecodeException bad = assertInstanceOf(WireDecodeException.class,
                assertInstanceOf(DecoderException.class, errors.caught.get(0)).getCause());

        for (int read = 2; read <= 4; read++) { // good frames after it: each read fails on the bad bytes again
            channel.writeInbound(Unpooled.wrappedBuffer(read % 2 == 0 ? REALTIME : EXTRA));
            assertNull(channel.readInbound(), "no message decoded past the bad bytes, read " + read);
            assertEquals(read, errors.caught.size(), "read " + read + " fails again");
            WireDecodeException again = assertInstanceOf(WireDecodeException.class,
                    assertInstanceOf(DecoderException.class, errors.caught.get(read - 1)).getCause());
            assertEquals(bad.getMessage(), again.getMessage(), "the same bad bytes, the same error");
        }
        channel.close().syncUninterruptibly();
        assertEquals(4, errors.caught.size(), "closing reports no truncation on top");
        channel.finishAndReleaseAll();
    }
}

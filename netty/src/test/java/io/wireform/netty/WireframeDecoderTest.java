package io.wireform.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.Payload;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.smarthome.SmartHomeReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoder in an {@link EmbeddedChannel}: splits, chunkings, garbage, limits, end of stream, payloads. */
class WireframeDecoderTest {
    private static final DeviceBlockCodec CODEC = DeviceBlockCodec.INSTANCE;

    private static final List<DeviceBlock> BLOCKS = List.of(
            new Realtime(filled(150, 1)), new Extra(filled(190, 2)), new ExtraLong(filled(192, 3)),
            new Realtime(filled(150, 4)), new ExtraLong(filled(192, 5)));

    private static final byte[] STREAM = concat(BLOCKS.stream().map(CODEC::encode).toArray(byte[][]::new));

    @Test
    void everySplitPointOfAStreamDecodesToTheSameMessages() {
        List<String> expected = describe(BLOCKS);
        for (int split = 0; split <= STREAM.length; split++) {
            EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(DeviceBlockReader.builder()));
            channel.writeInbound(Unpooled.wrappedBuffer(STREAM, 0, split));
            channel.writeInbound(Unpooled.wrappedBuffer(STREAM, split, STREAM.length - split));
            assertEquals(expected, describe(inbound(channel)), "split at " + split);
            assertFalse(channel.finish(), "nothing left over, split at " + split);
        }
    }

    @Test
    void randomChunkingsOfHeapDirectAndCompositeBuffersDecodeToTheSameMessages() {
        List<String> expected = describe(BLOCKS);
        Random random = new Random(20240611);
        for (int round = 0; round < 300; round++) {
            int maxChunk = 1 + random.nextInt(round % 3 == 0 ? 8 : 400);
            EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(DeviceBlockReader.builder()));
            List<DeviceBlock> blocks = new ArrayList<>();
            for (int at = 0; at < STREAM.length; ) {
                int length = Math.min(1 + random.nextInt(maxChunk), STREAM.length - at);
                channel.writeInbound(buffer(random.nextInt(3), STREAM, at, length));
                blocks.addAll(inbound(channel));
                at += length;
            }
            assertEquals(expected, describe(blocks), "round " + round + ", chunks up to " + maxChunk);
            assertFalse(channel.finish());
        }
    }

    @Test
    void aBufferWithoutNioBuffersIsCopiedInChunks() {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(DeviceBlockReader.builder()));
        for (int at = 0; at < STREAM.length; at += 300) {
            int length = Math.min(300, STREAM.length - at);
            channel.writeInbound(new NoNioByteBuf(Arrays.copyOfRange(STREAM, at, at + length)));
        }
        // and one buffer larger than the decoder's copy chunk
        byte[] many = concat(STREAM, STREAM, STREAM, STREAM, STREAM, STREAM, STREAM, STREAM, STREAM, STREAM, STREAM, STREAM);
        assertTrue(many.length > 8192);
        channel.writeInbound(new NoNioByteBuf(many));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            expected.addAll(describe(BLOCKS));
        }
        assertEquals(expected, describe(inbound(channel)));
        assertFalse(channel.finish());
    }

    @Test
    void garbageIsDroppedReportedAndTheIntactBlocksComeOut() {
        byte[] noisy = noisyStream();
        for (int chunk : new int[] {1, 7, 64, noisy.length}) {
            List<long[]> drops = new ArrayList<>();
            EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(DeviceBlockReader.builder()
                    .onDropped((bytes, at, cause) -> drops.add(new long[] {bytes, at}))));
            List<DeviceBlock> blocks = new ArrayList<>();
            for (int at = 0; at < noisy.length; at += chunk) {
                channel.writeInbound(Unpooled.wrappedBuffer(noisy, at, Math.min(chunk, noisy.length - at)));
                blocks.addAll(inbound(channel));
            }
            assertEquals(List.of("Realtime(17)", "Extra(34)", "Realtime(68)"), firstBytes(blocks), "chunk " + chunk);
            // 5 garbage bytes between frames; the damaged ExtraLong (196 + 3 inserted bytes) up to the next FD AA
            assertEquals(5 + 199, drops.stream().mapToLong(d -> d[0]).sum(), "chunk " + chunk);
            assertEquals(154, drops.get(0)[1], "the first dropped byte follows the first 154-byte block");
            assertFalse(channel.finish());
        }
        List<long[]> drops = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(DeviceBlockReader.builder()
                .onDropped((bytes, at, cause) -> drops.add(new long[] {bytes, at}))));
        channel.writeInbound(Unpooled.wrappedBuffer(noisy));
        assertEquals(3, inbound(channel).size());
        assertArrayEquals(new long[] {5, 154}, drops.get(0));
        assertArrayEquals(new long[] {199, 154 + 5 + 194}, drops.get(1));
    }

    @Test
    void aHostileLengthIsRefusedNamingTheLimit() {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(
                FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4))));
        DecoderException e = assertThrows(DecoderException.class,
                () -> channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF})));
        FrameTooLargeException tooLarge = assertInstanceOf(FrameTooLargeException.class, e.getCause());
        assertEquals(4 + 0xFFFF_FFFFL, tooLarge.length(), "the frame's length: the prefix and what it announces");
        assertEquals(FrameReader.DEFAULT_MAX_FRAME_LENGTH, tooLarge.limit());
        assertTrue(tooLarge.getMessage().contains("at most " + FrameReader.DEFAULT_MAX_FRAME_LENGTH), tooLarge.getMessage());
        assertTrue(tooLarge.getMessage().contains("maxFrameLength"), tooLarge.getMessage());
        // the error was reported once: closing reports no truncation on top of it
        assertFalse(channel.finish());
    }

    @Test
    void theBuildersLimitIsTheOneApplied() {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(
                FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4)).maxFrameLength(100)));
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 3, 'a', 'b', 'c'}));
        assertEquals("abc", new String(((Blob) channel.readInbound()).data(), StandardCharsets.US_ASCII));
        DecoderException e = assertThrows(DecoderException.class,
                () -> channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 101})));
        assertEquals(100, assertInstanceOf(FrameTooLargeException.class, e.getCause()).limit());
    }

    @Test
    void closingInsideAFrameFiresTruncatedFrameException() {
        Errors errors = new Errors();
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(DeviceBlockReader.builder()), errors);
        byte[] first = CODEC.encode(BLOCKS.get(0));
        byte[] second = CODEC.encode(BLOCKS.get(3));
        channel.writeInbound(Unpooled.wrappedBuffer(concat(first, Arrays.copyOf(second, 37))));
        assertEquals(List.of("Realtime(1)"), firstBytes(inbound(channel)));
        assertTrue(errors.caught.isEmpty());

        channel.close().syncUninterruptibly();

        assertEquals(1, errors.caught.size(), "reported once");
        DecoderException e = assertInstanceOf(DecoderException.class, errors.caught.get(0));
        TruncatedFrameException truncated = assertInstanceOf(TruncatedFrameException.class, e.getCause());
        assertEquals(37, truncated.available());
        assertEquals(154, truncated.needed());
        assertTrue(truncated.getMessage().contains("input ended 37 bytes into a 154-byte frame"), truncated.getMessage());
    }

    @Test
    void withoutAHandlerTheTruncationSurfacesFromFinish() {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(DeviceBlockReader.builder()));
        channel.writeInbound(Unpooled.wrappedBuffer(CODEC.encode(BLOCKS.get(1)), 0, 100));
        DecoderException e = assertThrows(DecoderException.class, channel::finish);
        assertInstanceOf(TruncatedFrameException.class, e.getCause());
    }

    @Test
    void closingBetweenFramesIsClean() {
        Errors errors = new Errors();
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(DeviceBlockReader.builder()), errors);
        channel.writeInbound(Unpooled.wrappedBuffer(STREAM));
        assertTrue(channel.finish(), "the messages are waiting");
        assertEquals(BLOCKS.size(), inbound(channel).size());
        assertTrue(errors.caught.isEmpty());
    }

    @Test
    void untilCloseFramingMakesTheMessageWhenTheInputEnds() {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(
                FrameReader.builder(LineCodec.INSTANCE).framing(Framing.untilClose())));
        channel.writeInbound(Unpooled.copiedBuffer("the whole ", StandardCharsets.UTF_8));
        channel.writeInbound(Unpooled.copiedBuffer("stream", StandardCharsets.UTF_8));
        assertNull(channel.readInbound());
        assertTrue(channel.finish());
        assertEquals(new Line("the whole stream"), channel.readInbound());
    }

    @Test
    void underFailTheErrorComesAfterTheMessagesBeforeIt() {
        Errors errors = new Errors();
        List<DeviceBlock> received = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(FrameReader.builder(CODEC).resync(io.wireform.annotations.Resync.FAIL)),
                new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        received.add((DeviceBlock) msg);
                    }
                }, errors);
        byte[] noisy = noisyStream(); // Realtime(0x11), then garbage
        channel.writeInbound(Unpooled.wrappedBuffer(noisy));
        assertEquals(List.of("Realtime(17)"), firstBytes(received));
        assertEquals(1, errors.caught.size());
        assertInstanceOf(WireDecodeException.class, errors.caught.get(0).getCause());
        channel.close().syncUninterruptibly();
        assertEquals(1, errors.caught.size(), "no second report when the channel closes");
    }

    @Test
    void aPayloadSinkOnTheBuilderReceivesStreamedPayloads() {
        byte[] database = new byte[20_000];
        new Random(7).nextBytes(database);
        byte[] stream = concat(SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(database))),
                SmartHomeCodec.INSTANCE.encode(new DownloadDb()));
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        List<String> events = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(SmartHomeReader.builder()
                .onPayload(new PayloadSink<SmartHome>() {
                    @Override
                    public void bytes(SmartHome message, ByteBuffer chunk) {
                        byte[] bytes = new byte[chunk.remaining()];
                        chunk.get(bytes);
                        received.writeBytes(bytes);
                    }

                    @Override
                    public void end(SmartHome message) {
                        events.add("end of " + message.getClass().getSimpleName());
                    }
                })));
        List<SmartHome> messages = new ArrayList<>();
        for (int at = 0; at < stream.length; at += 1000) {
            channel.writeInbound(Unpooled.wrappedBuffer(stream, at, Math.min(1000, stream.length - at)));
            for (Object m; (m = channel.readInbound()) != null; ) {
                messages.add((SmartHome) m);
            }
        }
        assertEquals(2, messages.size());
        assertEquals(database.length, ((DbFile) messages.get(0)).database().length());
        assertInstanceOf(DownloadDb.class, messages.get(1));
        assertArrayEquals(database, received.toByteArray());
        assertEquals(List.of("end of DbFile"), events);
        assertFalse(channel.finish());
    }

    @Test
    void aStreamedPayloadWithoutASinkIsBufferedWithinTheFrameLimit() throws Exception {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(SmartHomeReader.builder().maxFrameLength(64)));
        byte[] frame = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(new byte[] {1, 2, 3})));
        channel.writeInbound(Unpooled.wrappedBuffer(frame, 0, 9)); // the payload arrives in two reads
        channel.writeInbound(Unpooled.wrappedBuffer(frame, 9, frame.length - 9));
        DbFile file = channel.readInbound();
        assertArrayEquals(new byte[] {1, 2, 3}, file.database().openStream().readAllBytes());

        // a payload past the limit is refused when its header says so, before a byte of it is buffered
        byte[] large = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(new byte[100])));
        DecoderException e = assertThrows(DecoderException.class,
                () -> channel.writeInbound(Unpooled.wrappedBuffer(large, 0, 8)));
        assertInstanceOf(FrameTooLargeException.class, e.getCause());
    }

    // --- helpers

    /** Collects what reaches the end of the pipeline's exceptionCaught. */
    static final class Errors extends ChannelInboundHandlerAdapter {
        final List<Throwable> caught = new ArrayList<>();

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            caught.add(cause);
        }
    }

    /** A heap buffer that claims to have no NIO buffers, as some custom buffers do. */
    static final class NoNioByteBuf extends UnpooledHeapByteBuf {
        NoNioByteBuf(byte[] bytes) {
            super(UnpooledByteBufAllocator.DEFAULT, bytes, bytes.length);
        }

        @Override
        public int nioBufferCount() {
            return -1;
        }

        @Override
        public ByteBuffer nioBuffer(int index, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ByteBuffer[] nioBuffers(int index, int length) {
            throw new UnsupportedOperationException();
        }
    }

    /** Realtime(0x11), 5 garbage bytes, Extra(0x22), ExtraLong(0x33) with 3 bytes inserted in its data, Realtime(0x44). */
    private static byte[] noisyStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(CODEC.encode(new Realtime(filled(150, 0x11))));
        out.writeBytes(new byte[] {0x00, 0x13, 0x37, (byte) 0xFD, 0x01});
        out.writeBytes(CODEC.encode(new Extra(filled(190, 0x22))));
        byte[] damaged = CODEC.encode(new ExtraLong(filled(192, 0x33)));
        out.write(damaged, 0, 100);
        out.writeBytes(new byte[] {0x55, 0x55, 0x55});
        out.write(damaged, 100, damaged.length - 100);
        out.writeBytes(CODEC.encode(new Realtime(filled(150, 0x44))));
        return out.toByteArray();
    }

    /** The bytes as a heap, direct or two-component composite buffer. */
    private static ByteBuf buffer(int kind, byte[] bytes, int at, int length) {
        switch (kind) {
            case 0:
                return Unpooled.wrappedBuffer(bytes, at, length);
            case 1:
                return Unpooled.directBuffer(length).writeBytes(bytes, at, length);
            default:
                CompositeByteBuf composite = ByteBufAllocator.DEFAULT.compositeBuffer();
                int half = length / 2;
                composite.addComponent(true, Unpooled.directBuffer(half).writeBytes(bytes, at, half));
                composite.addComponent(true, Unpooled.wrappedBuffer(bytes, at + half, length - half));
                return composite;
        }
    }

    static <T> List<T> inbound(EmbeddedChannel channel) {
        List<T> messages = new ArrayList<>();
        for (T m; (m = channel.readInbound()) != null; ) {
            messages.add(m);
        }
        return messages;
    }

    /** Each block as its type and its encoded bytes, since records compare arrays by identity. */
    private static List<String> describe(List<DeviceBlock> blocks) {
        return blocks.stream().map(b -> b.getClass().getSimpleName() + " " + Arrays.toString(CODEC.encode(b))).toList();
    }

    private static List<String> firstBytes(List<DeviceBlock> blocks) {
        return blocks.stream().map(b -> b.getClass().getSimpleName() + "(" + data(b)[0] + ")").toList();
    }

    private static byte[] data(DeviceBlock block) {
        if (block instanceof Realtime r) {
            return r.data();
        }
        if (block instanceof Extra e) {
            return e.data();
        }
        return ((ExtraLong) block).data();
    }

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

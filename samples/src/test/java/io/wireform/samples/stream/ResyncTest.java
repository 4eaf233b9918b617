package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.annotations.Resync;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * seeds/004 with garbage on the line, between frames and inside one, for each resync policy:
 * exactly which blocks come out, and exactly how many bytes are reported dropped.
 */
class ResyncTest {
    private static final DeviceBlockCodec CODEC = DeviceBlockCodec.INSTANCE;

    /** Realtime(1), 5 garbage bytes, Extra(2), ExtraLong(3) with 3 bytes inserted in its data, Realtime(4). */
    private static byte[] noisyStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(CODEC.encode(new Realtime(filled(150, 0x11))));
        out.writeBytes(new byte[] {0x00, 0x13, 0x37, (byte) 0xFD, 0x01});            // between frames
        out.writeBytes(CODEC.encode(new Extra(filled(190, 0x22))));
        byte[] damaged = CODEC.encode(new ExtraLong(filled(192, 0x33)));
        out.write(damaged, 0, 100);
        out.writeBytes(new byte[] {0x55, 0x55, 0x55});                               // inside a frame
        out.write(damaged, 100, damaged.length - 100);
        out.writeBytes(CODEC.encode(new Realtime(filled(150, 0x44))));
        return out.toByteArray();
    }

    private record Outcome(List<String> blocks, long dropped, List<Long> drops) {}

    private static Outcome run(Resync policy, int chunk) {
        List<Long> drops = new ArrayList<>();
        FrameReader<DeviceBlock> reader = FrameReader.builder(CODEC).resync(policy)
                .onDropped((bytes, at, cause) -> drops.add(bytes)).build();
        List<String> blocks = new ArrayList<>();
        byte[] stream = noisyStream();
        for (int at = 0; at < stream.length; at += chunk) {
            reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)),
                    b -> blocks.add(b.getClass().getSimpleName() + "(" + data(b)[0] + ")"));
        }
        assertEquals(drops.stream().mapToLong(Long::longValue).sum(), reader.bytesDropped());
        return new Outcome(blocks, reader.bytesDropped(), drops);
    }

    @Test
    void scanToMagicKeepsEveryIntactBlockAndCountsEveryDroppedByte() {
        for (int chunk : new int[] {1, 7, 64, 10_000}) {
            Outcome outcome = run(Resync.SCAN_TO_MAGIC, chunk);
            assertEquals(List.of("Realtime(17)", "Extra(34)", "Realtime(68)"), outcome.blocks(), "chunk " + chunk);
            // 5 garbage bytes, then the damaged ExtraLong: 196 + 3 inserted bytes, up to the next FD AA
            assertEquals(5 + 199, outcome.dropped(), "chunk " + chunk);
        }
        // in one chunk the reader sees each bad stretch whole; in small chunks it drops as it learns
        assertEquals(List.of(5L, 199L), run(Resync.SCAN_TO_MAGIC, 10_000).drops());
    }

    @Test
    void theGeneratedReaderCarriesTheProtocolsDeclaredPolicy() {
        // @Protocol(untagged = true, resync = Resync.SCAN_TO_MAGIC, maxFrameLength = 1024)
        assertEquals(1024, DeviceBlockReader.MAX_FRAME_LENGTH);
        List<Long> drops = new ArrayList<>();
        FrameReader<DeviceBlock> reader = DeviceBlockReader.builder()
                .onDropped((bytes, at, cause) -> drops.add(bytes)).build();
        List<DeviceBlock> blocks = new ArrayList<>();
        reader.feed(ByteBuffer.wrap(noisyStream()), blocks::add);
        assertEquals(3, blocks.size());
        assertEquals(List.of(5L, 199L), drops);
    }

    @Test
    void skipFrameFallsBackToScanningWhereNoFrameLengthFits() {
        // neither the garbage nor the damaged block (its end marker is where no variant's length puts it)
        // has a known frame length, so both are scanned past, as SCAN_TO_MAGIC would
        Outcome outcome = run(Resync.SKIP_FRAME, 10_000);
        assertEquals(List.of("Realtime(17)", "Extra(34)", "Realtime(68)"), outcome.blocks());
        assertEquals(List.of(5L, 199L), outcome.drops());
    }

    @Test
    void skipFrameDropsAFrameOfKnownLengthWhole() {
        byte[] first = DeviceFrameCodec.INSTANCE.encode(frame(1));
        byte[] second = DeviceFrameCodec.INSTANCE.encode(frame(2));
        byte[] third = DeviceFrameCodec.INSTANCE.encode(frame(3));
        second[349] = 0x00; // the CC of extra2's FD CC magic, at 348..349
        List<Long> drops = new ArrayList<>();
        FrameReader<DeviceFrame> reader = FrameReader.builder(DeviceFrameCodec.INSTANCE).resync(Resync.SKIP_FRAME)
                .onDropped((bytes, at, cause) -> {
                    drops.add(bytes);
                    assertEquals(544, at);
                    assertEquals("DeviceFrame.extra2.<magic>", cause.fieldPath());
                }).build();
        List<DeviceFrame> frames = new ArrayList<>();
        ByteBuffer stream = ByteBuffer.allocate(3 * 544).put(first).put(second).put(third).flip();
        reader.feed(stream, frames::add);
        assertEquals(2, frames.size());
        assertEquals(1, frames.get(0).realtime().data()[0]);
        assertEquals(3, frames.get(1).realtime().data()[0]);
        assertEquals(List.of(544L), drops);
    }

    @Test
    void failStopsAtTheFirstGarbageAndKeepsTheBytes() {
        FrameReader<DeviceBlock> reader = FrameReader.builder(CODEC).resync(Resync.FAIL).build(); // the schema's is SCAN_TO_MAGIC
        List<DeviceBlock> blocks = new ArrayList<>();
        byte[] stream = noisyStream();
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> reader.feed(ByteBuffer.wrap(stream), blocks::add));
        assertEquals(1, blocks.size());
        assertEquals("DeviceBlock.<magic>", e.fieldPath());
        assertEquals(0, reader.bytesDropped());
    }

    private static byte[] data(DeviceBlock block) {
        if (block instanceof Realtime r) {
            return r.data();
        }
        return block instanceof Extra e ? e.data() : ((ExtraLong) block).data();
    }

    private static DeviceFrame frame(int seed) {
        return new DeviceFrame(new Realtime(filled(150, seed)), new Extra(filled(190, seed)), new ExtraLong(filled(192, seed)));
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}

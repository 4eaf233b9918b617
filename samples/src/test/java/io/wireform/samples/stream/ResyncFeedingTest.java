package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.wireform.annotations.Resync;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Resynchronising by magic gives the same messages and the same dropped bytes however the stream is
 * fed: whole, one byte at a time, in random chunks, or pulled from an InputStream. A frame rejected
 * for its end marker or checksum, fed together with the bytes after it, used to throw an
 * IndexOutOfBoundsException from the scan for the next magic.
 */
class ResyncFeedingTest {

    /** What a reader made of a stream: the messages (as text), the bytes dropped, the drop events. */
    private record Outcome(List<String> messages, long dropped, int events) {}

    private static <T> Outcome push(Supplier<FrameReader.Builder<T>> builder, byte[] stream, int[] cuts) {
        long[] events = new long[2];
        FrameReader<T> reader = builder.get().onDropped((bytes, at, cause) -> {
            events[0] += bytes;
            events[1]++;
            assertInstanceOf(WireException.class, cause);
        }).build();
        List<String> messages = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            reader.feed(ByteBuffer.wrap(stream, from, cut - from), m -> messages.add(describe(m)));
            from = cut;
        }
        reader.feed(ByteBuffer.wrap(stream, from, stream.length - from), m -> messages.add(describe(m)));
        reader.endOfStream(m -> messages.add(describe(m)));
        assertEquals(events[0], reader.bytesDropped(), "the listener hears of every dropped byte");
        return new Outcome(messages, reader.bytesDropped(), (int) events[1]);
    }

    private static <T> Outcome pull(Supplier<FrameReader.Builder<T>> builder, byte[] stream) throws IOException {
        long[] dropped = new long[1];
        List<String> messages = new ArrayList<>();
        try (WireReader<T> reader = WireReader.of(new ByteArrayInputStream(stream),
                builder.get().onDropped((bytes, at, cause) -> dropped[0] += bytes).build())) {
            for (T m; (m = reader.read()) != null; ) {
                messages.add(describe(m));
            }
        }
        return new Outcome(messages, dropped[0], -1);
    }

    /** Every way of feeding {@code stream} gives {@code expected} and drops {@code dropped} bytes. */
    private static <T> void sameEveryWay(Supplier<FrameReader.Builder<T>> builder, byte[] stream, List<String> expected,
                                         long dropped) throws IOException {
        Outcome whole = push(builder, stream, new int[0]);
        assertEquals(expected, whole.messages(), "fed whole");
        assertEquals(dropped, whole.dropped(), "fed whole");
        int[] bytes = new int[stream.length - 1];
        Arrays.setAll(bytes, i -> i + 1);
        Outcome single = push(builder, stream, bytes);
        assertEquals(expected, single.messages(), "fed a byte at a time");
        assertEquals(dropped, single.dropped(), "fed a byte at a time");
        Random random = new Random(11);
        for (int run = 0; run < 50; run++) {
            int[] cuts = random.ints(random.nextInt(8), 1, Math.max(2, stream.length)).sorted().distinct().toArray();
            Outcome chunked = push(builder, stream, cuts);
            assertEquals(expected, chunked.messages(), "cut at " + Arrays.toString(cuts));
            assertEquals(dropped, chunked.dropped(), "cut at " + Arrays.toString(cuts));
        }
        Outcome pulled = pull(builder, stream);
        assertEquals(expected, pulled.messages(), "pulled");
        assertEquals(dropped, pulled.dropped(), "pulled");
    }

    @Test
    void aRealtimeBlockWithAWrongEndMarkerAndAByteAfterItIsDroppedWhole() throws IOException {
        // FD AA + 150 x 00 + 00 00 (not CC DD) + 00: no block, 155 bytes dropped
        byte[] stream = new byte[155];
        stream[0] = (byte) 0xFD;
        stream[1] = (byte) 0xAA;
        sameEveryWay(DeviceBlockReader::builder, stream, List.of(), 155);
        // in one feed the whole bad stretch is one event
        assertEquals(1, push(DeviceBlockReader::builder, stream, new int[0]).events());
    }

    @Test
    void aSingleMessageWithAWrongEndMarker() throws IOException {
        byte[] stream = hex("AA 55 00 00 00 00 00 00 00");
        sameEveryWay(() -> FrameReader.builder(ResyncFeeds_SoloCodec.INSTANCE).resync(Resync.SCAN_TO_MAGIC),
                stream, List.of(), 9);
        sameEveryWay(ResyncFeeds_SoloReader::builder, stream, List.of(), 9);
    }

    @Test
    void aSingleMessageWithAWrongChecksum() throws IOException {
        byte[] good = ResyncFeeds_SummedCodec.INSTANCE.encode(new ResyncFeeds.Summed(new byte[] {1, 2, 3, 4}));
        byte[] bad = good.clone();
        bad[bad.length - 1] ^= 0x40;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bad);
        out.writeBytes(good);
        out.write(0x00); // a trailing byte that cannot start a magic is dropped, not a truncated frame
        sameEveryWay(ResyncFeeds_SummedReader::builder, out.toByteArray(), List.of("Summed[01020304]"),
                bad.length + 1);
    }

    @Test
    void aGarbageLadenDeviceStreamDecodesCompletelyHoweverItIsFed() throws IOException {
        Random random = new Random(4);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<String> expected = new ArrayList<>();
        long garbage = 0;
        for (int i = 0; i < 60; i++) {
            DeviceBlock block = switch (i % 3) {
                case 0 -> new Realtime(filled(150, i));
                case 1 -> new Extra(filled(190, i));
                default -> new ExtraLong(filled(192, i));
            };
            stream.writeBytes(DeviceBlockCodec.INSTANCE.encode(block));
            expected.add(describe(block));
            byte[] noise = new byte[random.nextInt(12)];
            random.nextBytes(noise);
            for (int k = 0; k < noise.length; k++) {
                if (noise[k] == (byte) 0xFD) {
                    noise[k] = 0x00; // noise that starts no magic, so every block stays whole
                }
            }
            stream.writeBytes(noise);
            garbage += noise.length;
        }
        sameEveryWay(DeviceBlockReader::builder, stream.toByteArray(), expected, garbage);
    }

    @Test
    void aDroppedStretchIsReportedBeforeTheMessageAfterIt() {
        List<String> events = new ArrayList<>();
        FrameReader<DeviceBlock> reader = DeviceBlockReader.builder()
                .onDropped((bytes, at, cause) -> events.add("dropped " + bytes + " at " + at)).build();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(new byte[] {1, 2, 3});
        stream.writeBytes(DeviceBlockCodec.INSTANCE.encode(new Realtime(filled(150, 7))));
        reader.feed(ByteBuffer.wrap(stream.toByteArray()), m -> events.add(describe(m)));
        assertEquals(List.of("dropped 3 at 0", "Realtime[07...]"), events);
    }

    @Test
    void garbageBeforeAnyMagicHasACauseThatNamesTheMagics() {
        WireException[] cause = new WireException[1];
        FrameReader<DeviceBlock> reader = DeviceBlockReader.builder()
                .onDropped((bytes, at, why) -> cause[0] = why).build();
        reader.feed(ByteBuffer.wrap(hex("01 02 03")), m -> { });
        assertInstanceOf(WireDecodeException.class, cause[0]);
        assertEquals("DeviceBlock.<magic>", cause[0].fieldPath());
        assertEquals("a frame starting with fd aa or fd cc", cause[0].expected());
        assertEquals("0x01", cause[0].actual());
        assertEquals(0, cause[0].getStackTrace().length, "made cheaply, without a stack trace");
    }

    static String describe(Object message) {
        if (message instanceof ResyncFeeds.Summed s) {
            return "Summed[" + hexOf(s.d()) + "]";
        }
        if (message instanceof Realtime r) {
            return "Realtime[" + hexOf(Arrays.copyOf(r.data(), 1)) + "...]";
        }
        if (message instanceof Extra e) {
            return "Extra[" + hexOf(Arrays.copyOf(e.data(), 1)) + "...]";
        }
        if (message instanceof ExtraLong e) {
            return "ExtraLong[" + hexOf(Arrays.copyOf(e.data(), 1)) + "...]";
        }
        return String.valueOf(message);
    }

    static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    static byte[] hex(String text) {
        return java.util.HexFormat.of().parseHex(text.replace(" ", ""));
    }

    private static String hexOf(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}

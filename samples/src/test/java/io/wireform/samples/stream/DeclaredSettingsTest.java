package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.annotations.Resync;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.net.Beat;
import io.wireform.samples.net.BeatCodec;
import io.wireform.samples.net.BeatReader;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Realtime;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code @Message(maxFrameLength = 64, resync = SCAN_TO_MAGIC)} declares reaches every reader built
 * from the codec, not only the generated preset: {@code FrameReader.builder(codec)} starts from it, and
 * what is set on the builder wins.
 */
class DeclaredSettingsTest {
    /** A frame of 3 + 4 bytes. */
    static final byte[] TICK = BeatCodec.INSTANCE.encode(new Beat("tick"));
    /** Two bytes of garbage, then {@link #TICK}. */
    static final byte[] GARBAGE_THEN_BEAT = concat(new byte[] {0x00, 0x17}, TICK);
    /** A frame of 3 + 62 = 65 bytes: one over the declared limit. */
    static final byte[] BEAT_OF_65 = BeatCodec.INSTANCE.encode(new Beat("x".repeat(62)));

    @Test
    void theCodecCarriesWhatItsAnnotationDeclares() {
        assertEquals(64, BeatCodec.INSTANCE.declaredMaxFrameLength());
        assertEquals(Resync.SCAN_TO_MAGIC, BeatCodec.INSTANCE.declaredResync());
        assertEquals(1024, DeviceBlockCodec.INSTANCE.declaredMaxFrameLength(), "a @Protocol's, too");
        assertEquals(Resync.SCAN_TO_MAGIC, DeviceBlockCodec.INSTANCE.declaredResync());
    }

    @Test
    void aReaderBuiltFromTheCodecRefusesAFrameOverTheDeclaredLimit() {
        assertEquals(65, BEAT_OF_65.length);
        // under the declared SCAN_TO_MAGIC the frame is dropped, and the listener told why
        List<WireException> causes = new ArrayList<>();
        FrameReader<Beat> reader = FrameReader.builder(BeatCodec.INSTANCE)
                .onDropped((bytes, at, cause) -> causes.add(cause)).build();
        assertEquals(List.of(new Beat("tick")), reader.feed(concat(BEAT_OF_65, TICK)));
        assertEquals(65, reader.bytesDropped());
        FrameTooLargeException tooLarge = assertInstanceOf(FrameTooLargeException.class, causes.get(0));
        assertEquals(64, tooLarge.limit());
        assertEquals(65, tooLarge.length());
        // under FAIL, set on the builder, the declared limit stays: the frame is an error
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class,
                () -> FrameReader.builder(BeatCodec.INSTANCE).resync(Resync.FAIL).build().feed(BEAT_OF_65));
        assertEquals(64, e.limit());
        byte[] beatOf64 = BeatCodec.INSTANCE.encode(new Beat("x".repeat(61)));
        assertEquals(List.of(new Beat("x".repeat(61))), FrameReader.builder(BeatCodec.INSTANCE).build().feed(beatOf64));
    }

    @Test
    void aReaderBuiltFromTheCodecDropsGarbageUpToTheMagic() {
        FrameReader<Beat> reader = FrameReader.builder(BeatCodec.INSTANCE).build();
        assertEquals(List.of(new Beat("tick")), reader.feed(GARBAGE_THEN_BEAT));
        assertEquals(2, reader.bytesDropped());
    }

    @Test
    void whatIsSetOnTheBuilderWins() {
        FrameReader<Beat> larger = FrameReader.builder(BeatCodec.INSTANCE).maxFrameLength(65).build();
        assertEquals(List.of(new Beat("tick"), new Beat("x".repeat(62))), larger.feed(concat(GARBAGE_THEN_BEAT, BEAT_OF_65)),
                "the declared resync stays");
        FrameReader<Beat> failing = FrameReader.builder(BeatCodec.INSTANCE).resync(Resync.FAIL).build();
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> failing.feed(GARBAGE_THEN_BEAT));
        assertEquals("Beat.<magic>", e.fieldPath());
    }

    @Test
    void theGeneratedPresetAndTheCodecsBuilderAgree() {
        assertEquals(64, BeatReader.MAX_FRAME_LENGTH);
        FrameReader<Beat> preset = BeatReader.push();
        FrameReader<Beat> fromCodec = FrameReader.builder(BeatCodec.INSTANCE).build();
        byte[] stream = concat(GARBAGE_THEN_BEAT, BEAT_OF_65, TICK);
        assertEquals(preset.feed(stream), fromCodec.feed(stream));
        assertEquals(2 + 65, preset.bytesDropped());
        assertEquals(preset.bytesDropped(), fromCodec.bytesDropped());
        assertEquals(BeatReader.push().capacity(), FrameReader.builder(BeatCodec.INSTANCE).build().capacity());
        byte[] realtime = DeviceBlockCodec.INSTANCE.encode(new Realtime(new byte[150]));
        assertEquals(1, FrameReader.builder(DeviceBlockCodec.INSTANCE).build().feed(concat(new byte[] {1, 2, 3}, realtime)).size());
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

package io.wireform.samples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Fallback;
import io.wireform.annotations.Length;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Resync;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.explain.Explanation;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.WireReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record that checks its values in its own constructor, as records do: when decode reads values the
 * constructor refuses, that is a {@link WireDecodeException} at the record's first byte with its path,
 * the constructor's exception as the cause, nothing consumed; a stream reader drops the frame as it drops
 * any malformed one. It used to be the constructor's own {@code IllegalArgumentException}, escaping
 * decode and ending a reader.
 */
class ConstructorRefusalTest {

    @Message
    record Percent(@UInt8 int value) {
        Percent {
            if (value > 100) {
                throw new IllegalArgumentException("over 100: " + value);
            }
        }
    }

    @Message
    record Reading(@UInt8 int sensor, Percent humidity) {}

    @Message
    record Readings(@Prefixed(Width.UINT8) List<Percent> values) {}

    /** A fallback of bytes only, read in place at its region's bounds, that refuses more than four. */
    @Message
    record Tlv(@UInt8 short type, @Length(Width.UINT8) @SelectedBy("type") Value value) {}

    @Protocol(selected = true)
    sealed interface Value permits Known, Other {}

    @Tag(1)
    record Known(@UInt8 int v) implements Value {}

    @Fallback
    record Other(@Remaining byte[] data) implements Value {
        Other {
            if (data.length > 4) {
                throw new IllegalArgumentException("more than 4 bytes: " + data.length);
            }
        }
    }

    @Magic("A5")
    @Message(resync = Resync.SCAN_TO_MAGIC)
    record Level(@UInt8 int value) {
        Level {
            if (value > 100) {
                throw new IllegalArgumentException("over 100: " + value);
            }
        }
    }

    @Test
    void aRefusedRecordIsADecodeErrorAtItsFirstByte() {
        ByteBuffer in = ByteBuffer.wrap(new byte[] {(byte) 200});
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> ConstructorRefusalTest_PercentCodec.INSTANCE.decode(in));
        assertEquals(0, e.offset());
        assertEquals("Percent", e.fieldPath());
        assertEquals("values its constructor accepts", e.expected());
        assertEquals("IllegalArgumentException: over 100: 200", e.actual());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals(0, in.position(), "a failed decode consumes nothing");
        assertEquals(new Percent(100), ConstructorRefusalTest_PercentCodec.INSTANCE.decode(new byte[] {100}));
    }

    @Test
    void aRefusedNestedRecordIsPlacedInItsParent() {
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> ConstructorRefusalTest_ReadingCodec.INSTANCE.decode(new byte[] {7, (byte) 200}));
        assertEquals(1, e.offset());
        assertEquals("Reading.humidity", e.fieldPath());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void aRefusedElementIsPlacedInItsList() {
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> ConstructorRefusalTest_ReadingsCodec.INSTANCE.decode(new byte[] {3, 5, 6, (byte) 200}));
        assertEquals(3, e.offset());
        assertEquals("Readings.values[]", e.fieldPath());
    }

    @Test
    void aRefusedFallbackReadInPlaceIsPlacedInItsComponent() {
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> ConstructorRefusalTest_TlvCodec.INSTANCE.decode(new byte[] {9, 5, 1, 2, 3, 4, 5}));
        assertEquals(2, e.offset());
        assertEquals("Tlv.value.Other", e.fieldPath());
        assertEquals("IllegalArgumentException: more than 4 bytes: 5", e.actual());
        Other kept = (Other) ConstructorRefusalTest_TlvCodec.INSTANCE.decode(new byte[] {9, 4, 1, 2, 3, 4}).value();
        assertEquals(4, kept.data().length);
    }

    @Test
    void explainShowsWhatDecodedAndTheSameError() {
        byte[] frame = {3, 5, 6, (byte) 200};
        WireException thrown = assertThrows(WireException.class, () -> ConstructorRefusalTest_ReadingsCodec.INSTANCE.decode(frame));
        Explanation explanation = ConstructorRefusalTest_ReadingsCodec.INSTANCE.explain(frame);
        assertEquals(thrown.getMessage(), explanation.error().orElseThrow().getMessage());
        assertTrue(explanation.rows().stream().anyMatch(r -> r.path().equals("Readings.values[1].value")),
                explanation.toString());
    }

    @Test
    void readersDropARefusedFrameAndGoOn() throws IOException {
        byte[] stream = {(byte) 0xA5, 5, (byte) 0xA5, (byte) 200, (byte) 0xA5, 7};
        List<Level> pushed = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        FrameReader<Level> push = ConstructorRefusalTest_LevelReader.builder()
                .onDropped((bytes, at, cause) -> causes.add(cause)).build();
        for (byte b : stream) {
            push.feed(ByteBuffer.wrap(new byte[] {b}), pushed::add);
        }
        push.endOfStream(pushed::add);
        assertEquals(List.of(new Level(5), new Level(7)), pushed);
        assertEquals(2, push.bytesDropped());
        WireDecodeException cause = assertInstanceOf(WireDecodeException.class, causes.get(0));
        assertInstanceOf(IllegalArgumentException.class, cause.getCause());

        List<Level> pulled = new ArrayList<>();
        try (WireReader<Level> pull = ConstructorRefusalTest_LevelReader.pull(new ByteArrayInputStream(stream))) {
            for (Level level = pull.read(); level != null; level = pull.read()) {
                pulled.add(level);
            }
        }
        assertEquals(pushed, pulled);
    }

    @Test
    void aReaderThatDoesNotResyncFailsWithTheDecodeError() {
        WireReader<Percent> pull = ConstructorRefusalTest_PercentReader.pull(new ByteArrayInputStream(new byte[] {5, (byte) 200}));
        assertEquals(new Percent(5), assertDoesNotThrowRead(pull));
        WireDecodeException e = assertThrows(WireDecodeException.class, pull::read);
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    private static Percent assertDoesNotThrowRead(WireReader<Percent> reader) {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

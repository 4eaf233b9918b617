package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.smarthome.SmartHomeReader;
import org.junit.jupiter.api.Test;

/**
 * The push reader's first buffer, as the reference page gives it: {@code initialCapacity} (8192 unless
 * set, at least 16), or the largest frame and 64 bytes if that is less.
 */
class ReaderCapacityTest {
    private static int firstCapacity(FrameReader.Builder<?> builder) {
        return builder.build().capacity();
    }

    @Test
    void theFirstBufferIsTheInitialCapacityUnlessTheFrameLimitIsSmaller() {
        assertEquals(8192, firstCapacity(FrameReader.builder(SmartHomeCodec.INSTANCE)));
        assertEquals(100_000, firstCapacity(FrameReader.builder(SmartHomeCodec.INSTANCE).initialCapacity(100_000)));
        assertEquals(16, firstCapacity(FrameReader.builder(SmartHomeCodec.INSTANCE).initialCapacity(1)));
        // a frame limit under the capacity: the limit and 64 bytes
        assertEquals(164, firstCapacity(FrameReader.builder(SmartHomeCodec.INSTANCE).maxFrameLength(100)));
        assertEquals(1064, firstCapacity(FrameReader.builder(SmartHomeCodec.INSTANCE).maxFrameLength(1000).initialCapacity(4096)));
        assertEquals(8192, firstCapacity(FrameReader.builder(SmartHomeCodec.INSTANCE).maxFrameLength(8128)));
        assertEquals(8191, firstCapacity(FrameReader.builder(SmartHomeCodec.INSTANCE).maxFrameLength(8127)));
        // a generated reader's preset limit counts too: DeviceBlock's frames are at most 1024 bytes
        assertEquals(1024, DeviceBlockReader.MAX_FRAME_LENGTH);
        assertEquals(1088, DeviceBlockReader.push().capacity());
        assertEquals(8192, SmartHomeReader.push().capacity());
    }
}

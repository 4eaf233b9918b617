package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireCodec;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.mqtt.MqttPacket;
import io.wireform.samples.mqtt.MqttPacketCodec;
import io.wireform.samples.websocket.Opcode;
import io.wireform.samples.websocket.WebSocketFrame;
import io.wireform.samples.websocket.WebSocketFrameCodec;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code frameLength} peeks at the input without allocating (README, "The generated codec"): measured
 * with the JVM's count of the bytes this thread allocates, over many calls on frames of the samples.
 */
class FrameLengthAllocationTest {
    private static final int CALLS = 200_000;

    @Test
    void frameLengthAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, Measured<?>> frames = new LinkedHashMap<>();
        frames.put("RequestAdu", new Measured<>(RequestAduCodec.INSTANCE, RequestAduCodec.INSTANCE.encode(
                new RequestAdu(7, 0, 1, new ModbusRequest.ReadHoldingRegisters(0x10, 4)))));
        frames.put("MqttPacket", new Measured<>(MqttPacketCodec.INSTANCE, MqttPacketCodec.INSTANCE.encode(
                new MqttPacket.PingReq(0))));
        frames.put("WebSocketFrame", new Measured<>(WebSocketFrameCodec.INSTANCE, WebSocketFrameCodec.INSTANCE.encode(
                WebSocketFrame.of(Opcode.BINARY, new byte[300], Optional.of(0x01020304)))));
        long thread = Thread.currentThread().getId();
        for (Map.Entry<String, Measured<?>> e : frames.entrySet()) {
            Measured<?> m = e.getValue();
            m.run(CALLS); // warm up
            long before = threads.getThreadAllocatedBytes(thread);
            long lengths = m.run(CALLS);
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertEquals((long) CALLS * m.frame.limit(), lengths, e.getKey());
            // the measurement itself allocates a little (a few hundred bytes): far below a byte a call
            assertTrue(allocated < CALLS / 8, e.getKey() + ": " + allocated + " bytes over " + CALLS + " calls");
        }
    }

    private record Measured<T>(WireCodec<T> codec, ByteBuffer frame) {
        Measured(WireCodec<T> codec, byte[] bytes) {
            this(codec, ByteBuffer.wrap(bytes));
        }

        long run(int calls) {
            long sum = 0;
            for (int i = 0; i < calls; i++) {
                sum += codec.frameLength(frame, 0, frame.limit());
            }
            return sum;
        }
    }
}

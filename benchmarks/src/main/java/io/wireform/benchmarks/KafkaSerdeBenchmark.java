package io.wireform.benchmarks;

import io.wireform.benchmarks.model.Order;
import io.wireform.benchmarks.model.OrderCodec;
import io.wireform.kafka.WireDeserializer;
import io.wireform.kafka.WireSerdes;
import io.wireform.kafka.WireSerializer;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * wireform-kafka's {@code WireSerializer} and {@code WireDeserializer} (issue 16), ns per message,
 * beside the codec's own encode and decode (target: the Kafka adapters within 1.2× of them) and
 * Kafka's {@code ByteArraySerializer}/{@code ByteArrayDeserializer} on the same bytes (the floor: no
 * codec at all). Methods are named {@code <message><Op>_<contender>}:
 *
 * <ul>
 *   <li>{@code serialize_wireform}: {@code WireSerializer.serialize(topic, headers, value)}, a new
 *       array of the frame, as the producer calls it; {@code serialize_codec}: {@code codec.encode(value)}
 *       into a new array; {@code serialize_bytes}: {@code ByteArraySerializer} handing back the
 *       already-encoded array.
 *   <li>{@code deserialize_wireform}: {@code WireDeserializer.deserialize(topic, headers, ByteBuffer)},
 *       the overload the consumer calls, decoding in the buffer; {@code deserialize_codec}:
 *       {@code codec.decode(buffer)} from position 0; {@code deserialize_bytes}:
 *       {@code ByteArrayDeserializer} on the same buffer (it copies the value into an array).
 * </ul>
 *
 * <p>The messages are {@link CodecBenchmark}'s: the 544-byte seeds/004 {@code DeviceFrame} and the
 * 354-byte variable {@code Order}. Settings as {@link CodecBenchmark}'s, for the same reason.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class KafkaSerdeBenchmark {
    private static final String TOPIC = "device-frames";

    DeviceFrame device;
    Order order;
    byte[] deviceBytes;
    byte[] orderBytes;
    ByteBuffer deviceIn;
    ByteBuffer orderIn;
    Headers headers;
    WireSerializer<DeviceFrame> deviceSerializer;
    WireDeserializer<DeviceFrame> deviceDeserializer;
    WireSerializer<Order> orderSerializer;
    WireDeserializer<Order> orderDeserializer;
    ByteArraySerializer bytesSerializer;
    ByteArrayDeserializer bytesDeserializer;

    @Setup
    public void setup() {
        device = Messages.deviceFrame();
        order = Messages.order();
        deviceBytes = DeviceFrameCodec.INSTANCE.encode(device);
        orderBytes = OrderCodec.INSTANCE.encode(order);
        deviceIn = ByteBuffer.wrap(deviceBytes);
        orderIn = ByteBuffer.wrap(orderBytes);
        headers = new RecordHeaders();
        deviceSerializer = WireSerdes.serializer(DeviceFrameCodec.INSTANCE);
        deviceDeserializer = WireSerdes.deserializer(DeviceFrameCodec.INSTANCE);
        orderSerializer = WireSerdes.serializer(OrderCodec.INSTANCE);
        orderDeserializer = WireSerdes.deserializer(OrderCodec.INSTANCE);
        bytesSerializer = new ByteArraySerializer();
        bytesDeserializer = new ByteArrayDeserializer();
    }

    // ---- 544-byte seeds/004 frame

    @Benchmark
    public byte[] deviceFrameSerialize_wireform() {
        return deviceSerializer.serialize(TOPIC, headers, device);
    }

    @Benchmark
    public byte[] deviceFrameSerialize_codec() {
        return DeviceFrameCodec.INSTANCE.encode(device);
    }

    @Benchmark
    public byte[] deviceFrameSerialize_bytes() {
        return bytesSerializer.serialize(TOPIC, headers, deviceBytes);
    }

    @Benchmark
    public DeviceFrame deviceFrameDeserialize_wireform() {
        return deviceDeserializer.deserialize(TOPIC, headers, deviceIn);
    }

    @Benchmark
    public DeviceFrame deviceFrameDeserialize_codec() {
        deviceIn.position(0);
        return DeviceFrameCodec.INSTANCE.decode(deviceIn);
    }

    @Benchmark
    public byte[] deviceFrameDeserialize_bytes() {
        deviceIn.position(0);
        return bytesDeserializer.deserialize(TOPIC, headers, deviceIn);
    }

    // ---- variable: two strings and 20 nested records

    @Benchmark
    public byte[] orderSerialize_wireform() {
        return orderSerializer.serialize(TOPIC, headers, order);
    }

    @Benchmark
    public byte[] orderSerialize_codec() {
        return OrderCodec.INSTANCE.encode(order);
    }

    @Benchmark
    public byte[] orderSerialize_bytes() {
        return bytesSerializer.serialize(TOPIC, headers, orderBytes);
    }

    @Benchmark
    public Order orderDeserialize_wireform() {
        return orderDeserializer.deserialize(TOPIC, headers, orderIn);
    }

    @Benchmark
    public Order orderDeserialize_codec() {
        orderIn.position(0);
        return OrderCodec.INSTANCE.decode(orderIn);
    }

    @Benchmark
    public byte[] orderDeserialize_bytes() {
        orderIn.position(0);
        return bytesDeserializer.deserialize(TOPIC, headers, orderIn);
    }
}

package io.wireform.benchmarks;

import io.wireform.benchmarks.handwritten.DeviceFrameHandwritten;
import io.wireform.benchmarks.handwritten.EventHandwritten;
import io.wireform.benchmarks.handwritten.Fixed16Handwritten;
import io.wireform.benchmarks.handwritten.OrderHandwritten;
import io.wireform.benchmarks.model.Event;
import io.wireform.benchmarks.model.EventCodec;
import io.wireform.benchmarks.model.Fixed16;
import io.wireform.benchmarks.model.Fixed16Codec;
import io.wireform.benchmarks.model.Order;
import io.wireform.benchmarks.model.OrderCodec;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode and encode of the four messages of issue 6, generated codec against hand-written
 * {@code ByteBuffer} code, on the same bytes (the unit tests prove both write the same bytes).
 * Methods are named {@code <message><Op>_<contender>}; the report pairs them by that prefix. The
 * {@code event} benchmarks handle one message of each of the five kinds per operation.
 *
 * <p>Two forks of three measured seconds rather than one of five: the JIT's inlining of a codec's
 * nested calls differs from one JVM to the next (a method already compiled on its own is too big
 * to inline into its caller), which has moved one benchmark by up to 20% between forks, more than
 * further iterations of one fork reveal.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class CodecBenchmark {
    Fixed16 fixed16;
    DeviceFrame device;
    Order order;
    Event[] events;

    ByteBuffer fixed16In;
    ByteBuffer deviceIn;
    ByteBuffer orderIn;
    ByteBuffer eventsIn;
    ByteBuffer out;

    @Setup
    public void setup() {
        fixed16 = Messages.fixed16();
        device = Messages.deviceFrame();
        order = Messages.order();
        List<Event> list = Messages.events();
        events = list.toArray(new Event[0]);
        fixed16In = ByteBuffer.wrap(Fixed16Codec.INSTANCE.encode(fixed16));
        deviceIn = ByteBuffer.wrap(DeviceFrameCodec.INSTANCE.encode(device));
        orderIn = ByteBuffer.wrap(OrderCodec.INSTANCE.encode(order));
        ByteBuffer all = ByteBuffer.allocate(1024);
        for (Event e : events) {
            EventCodec.INSTANCE.encode(e, all);
        }
        eventsIn = all.flip();
        out = ByteBuffer.allocate(4096);
    }

    // ---- 16-byte fixed message

    @Benchmark
    public Fixed16 fixed16Decode_wireform() {
        fixed16In.position(0);
        return Fixed16Codec.INSTANCE.decode(fixed16In);
    }

    @Benchmark
    public Fixed16 fixed16Decode_handwritten() {
        fixed16In.position(0);
        return Fixed16Handwritten.decode(fixed16In);
    }

    @Benchmark
    public int fixed16Encode_wireform() {
        out.clear();
        Fixed16Codec.INSTANCE.encode(fixed16, out);
        return out.position();
    }

    @Benchmark
    public int fixed16Encode_handwritten() {
        out.clear();
        Fixed16Handwritten.encode(fixed16, out);
        return out.position();
    }

    // ---- 544-byte seeds/004 frame

    @Benchmark
    public DeviceFrame deviceFrameDecode_wireform() {
        deviceIn.position(0);
        return DeviceFrameCodec.INSTANCE.decode(deviceIn);
    }

    @Benchmark
    public DeviceFrame deviceFrameDecode_handwritten() {
        deviceIn.position(0);
        return DeviceFrameHandwritten.decode(deviceIn);
    }

    @Benchmark
    public int deviceFrameEncode_wireform() {
        out.clear();
        DeviceFrameCodec.INSTANCE.encode(device, out);
        return out.position();
    }

    @Benchmark
    public int deviceFrameEncode_handwritten() {
        out.clear();
        DeviceFrameHandwritten.encode(device, out);
        return out.position();
    }

    // ---- variable: two strings and 20 nested records

    @Benchmark
    public Order orderDecode_wireform() {
        orderIn.position(0);
        return OrderCodec.INSTANCE.decode(orderIn);
    }

    @Benchmark
    public Order orderDecode_handwritten() {
        orderIn.position(0);
        return OrderHandwritten.decode(orderIn);
    }

    @Benchmark
    public int orderEncode_wireform() {
        out.clear();
        OrderCodec.INSTANCE.encode(order, out);
        return out.position();
    }

    @Benchmark
    public int orderEncode_handwritten() {
        out.clear();
        OrderHandwritten.encode(order, out);
        return out.position();
    }

    // ---- tagged union of five kinds: one of each per operation

    @Benchmark
    public void eventDecode_wireform(Blackhole bh) {
        eventsIn.position(0);
        for (int i = 0; i < 5; i++) {
            bh.consume(EventCodec.INSTANCE.decode(eventsIn));
        }
    }

    @Benchmark
    public void eventDecode_handwritten(Blackhole bh) {
        eventsIn.position(0);
        for (int i = 0; i < 5; i++) {
            bh.consume(EventHandwritten.decode(eventsIn));
        }
    }

    @Benchmark
    public int eventEncode_wireform() {
        out.clear();
        for (Event e : events) {
            EventCodec.INSTANCE.encode(e, out);
        }
        return out.position();
    }

    @Benchmark
    public int eventEncode_handwritten() {
        out.clear();
        for (Event e : events) {
            EventHandwritten.encode(e, out);
        }
        return out.position();
    }
}

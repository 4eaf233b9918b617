package io.wireform.benchmarks;

import com.igormaznitsa.jbbp.io.JBBPBitInputStream;
import io.kaitai.struct.KaitaiStream;
import io.wireform.benchmarks.contenders.JbbpContender;
import io.wireform.benchmarks.contenders.KaitaiContender;
import io.wireform.benchmarks.contenders.SbeContender;
import io.wireform.benchmarks.contenders.jbbp.gen.DeviceFrameJbbp;
import io.wireform.benchmarks.contenders.jbbp.gen.Fixed16Jbbp;
import io.wireform.benchmarks.contenders.kaitai.gen.DeviceFrameKs;
import io.wireform.benchmarks.contenders.kaitai.gen.Fixed16Ks;
import io.wireform.benchmarks.contenders.kaitai.gen.OrderKs;
import io.wireform.benchmarks.model.Event;
import io.wireform.benchmarks.model.EventCodec;
import io.wireform.benchmarks.model.Fixed16;
import io.wireform.benchmarks.model.Fixed16Codec;
import io.wireform.benchmarks.model.Order;
import io.wireform.benchmarks.model.OrderCodec;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
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
 * The third-party contenders of issue 6 on {@link CodecBenchmark}'s messages, read from the bytes
 * Wireform writes (SBE's Order excepted: its layout differs by design, see CONTENDERS.md).
 * Methods are named {@code <message><Op>_<contender>} with CodecBenchmark's message prefixes, so
 * the report pairs them with {@code _wireform} and {@code _handwritten}. Kaitai is decode only.
 * ContendersTest proves every contender reads and writes the same values and bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
// Agrona, SBE's buffer library, reaches jdk.internal.misc.Unsafe. Prepend, not append: run.sh's
// -jvmArgsAppend replaces an annotation's jvmArgsAppend, but leaves jvmArgsPrepend alone.
@Fork(value = 1, jvmArgsPrepend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ContenderBenchmark {
    Fixed16 fixed16;
    DeviceFrame device;
    Order order;
    Event[] events;

    byte[] fixed16In;
    byte[] deviceIn;
    byte[] orderIn;
    byte[] eventsIn;

    UnsafeBuffer fixed16Sbe;
    UnsafeBuffer deviceSbe;
    UnsafeBuffer orderSbe;
    UnsafeBuffer eventsSbe;
    UnsafeBuffer out;

    JbbpContender jbbp;
    SbeContender sbe;

    @Setup
    public void setup() {
        fixed16 = Messages.fixed16();
        device = Messages.deviceFrame();
        order = Messages.order();
        events = Messages.events().toArray(new Event[0]);
        fixed16In = Fixed16Codec.INSTANCE.encode(fixed16);
        deviceIn = DeviceFrameCodec.INSTANCE.encode(device);
        orderIn = OrderCodec.INSTANCE.encode(order);
        ByteBuffer all = ByteBuffer.allocate(1024);
        for (Event e : events) {
            EventCodec.INSTANCE.encode(e, all);
        }
        eventsIn = Arrays.copyOf(all.array(), all.position());
        fixed16Sbe = new UnsafeBuffer(fixed16In);
        deviceSbe = new UnsafeBuffer(deviceIn);
        orderSbe = new UnsafeBuffer(SbeContender.orderLayout(orderIn));
        eventsSbe = new UnsafeBuffer(eventsIn);
        out = new UnsafeBuffer(new byte[4096]);
        jbbp = new JbbpContender();
        sbe = new SbeContender();
    }

    // ---- 16-byte fixed message

    @Benchmark
    public Fixed16Jbbp fixed16Decode_jbbp() throws IOException {
        return JbbpContender.decodeFixed16(fixed16In);
    }

    @Benchmark
    public int fixed16Encode_jbbp() throws IOException {
        return jbbp.encodeFixed16(fixed16);
    }

    @Benchmark
    public Fixed16Ks fixed16Decode_kaitai() {
        return KaitaiContender.decodeFixed16(fixed16In);
    }

    @Benchmark
    public Fixed16 fixed16Decode_sbe() {
        return sbe.decodeFixed16(fixed16Sbe, 0);
    }

    @Benchmark
    public int fixed16Encode_sbe() {
        return sbe.encodeFixed16(fixed16, out, 0);
    }

    // ---- 544-byte seeds/004 frame

    @Benchmark
    public DeviceFrameJbbp deviceFrameDecode_jbbp() throws IOException {
        return JbbpContender.decodeDeviceFrame(deviceIn);
    }

    @Benchmark
    public int deviceFrameEncode_jbbp() throws IOException {
        return jbbp.encodeDeviceFrame(device);
    }

    @Benchmark
    public DeviceFrameKs deviceFrameDecode_kaitai() {
        return KaitaiContender.decodeDeviceFrame(deviceIn);
    }

    @Benchmark
    public DeviceFrame deviceFrameDecode_sbe() {
        return sbe.decodeDeviceFrame(deviceSbe, 0);
    }

    @Benchmark
    public int deviceFrameEncode_sbe() {
        return sbe.encodeDeviceFrame(device, out, 0);
    }

    // ---- variable: two strings and 20 nested records

    @Benchmark
    public JbbpContender.OrderRead orderDecode_jbbp() throws IOException {
        return JbbpContender.decodeOrder(orderIn);
    }

    @Benchmark
    public int orderEncode_jbbp() throws IOException {
        return jbbp.encodeOrder(order);
    }

    @Benchmark
    public OrderKs orderDecode_kaitai() {
        return KaitaiContender.decodeOrder(orderIn);
    }

    @Benchmark
    public Order orderDecode_sbe() {
        return sbe.decodeOrder(orderSbe, 0);
    }

    @Benchmark
    public int orderEncode_sbe() {
        return sbe.encodeOrder(order, out, 0);
    }

    // ---- tagged union of five kinds: one of each per operation

    @Benchmark
    public void eventDecode_jbbp(Blackhole bh) throws IOException {
        JBBPBitInputStream in = JbbpContender.input(eventsIn);
        for (int i = 0; i < 5; i++) {
            bh.consume(JbbpContender.decodeEvent(in));
        }
    }

    @Benchmark
    public int eventEncode_jbbp() throws IOException {
        return jbbp.encodeEvents(events);
    }

    @Benchmark
    public void eventDecode_kaitai(Blackhole bh) {
        KaitaiStream in = KaitaiContender.input(eventsIn);
        for (int i = 0; i < 5; i++) {
            bh.consume(KaitaiContender.decodeEvent(in));
        }
    }

    @Benchmark
    public void eventDecode_sbe(Blackhole bh) {
        int at = 0;
        for (int i = 0; i < 5; i++) {
            bh.consume(sbe.decodeEvent(eventsSbe, at));
            at = sbe.limit();
        }
    }

    @Benchmark
    public int eventEncode_sbe() {
        int at = 0;
        for (Event e : events) {
            at = sbe.encodeEvent(e, out, at);
        }
        return at;
    }
}

package io.wireform.benchmarks;

import io.wireform.benchmarks.model.Order;
import io.wireform.benchmarks.model.OrderCodec;
import io.wireform.samples.dns.DnsMessage;
import io.wireform.samples.dns.DnsMessageCodec;
import io.wireform.samples.dns.Header;
import io.wireform.samples.dns.Question;
import io.wireform.samples.dns.RData;
import io.wireform.samples.dns.ResourceRecord;
import java.nio.ByteBuffer;
import java.util.ArrayList;
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

/**
 * Decode and frameLength of list-heavy messages: {@code Order}, a counted list of 20 fixed-size items, and a
 * DNS response of 4 questions and 16 answers, lists of variable-size records read element by element. What a
 * change to how lists are read or frames measured costs the valid frames, which take neither error path.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class ListBenchmark {
    ByteBuffer orderIn;
    ByteBuffer dnsIn;

    @Setup
    public void setup() {
        orderIn = ByteBuffer.wrap(OrderCodec.INSTANCE.encode(Messages.order()));
        dnsIn = ByteBuffer.wrap(DnsMessageCodec.INSTANCE.encode(dnsResponse()));
    }

    /** A response of 4 questions and 16 answers (A records and CNAMEs), names written uncompressed. */
    static DnsMessage dnsResponse() {
        List<Question> questions = new ArrayList<>();
        List<ResourceRecord> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String name = "host" + i + ".example.test";
            questions.add(new Question(name, DnsMessage.TYPE_A, DnsMessage.CLASS_IN));
            for (int k = 0; k < 4; k++) {
                answers.add(k == 0
                        ? new ResourceRecord(name, DnsMessage.TYPE_CNAME, DnsMessage.CLASS_IN, 300, new RData.Cname("edge.example.test"))
                        : new ResourceRecord("edge.example.test", DnsMessage.TYPE_A, DnsMessage.CLASS_IN, 60,
                                new RData.A(new byte[] {10, 0, (byte) i, (byte) k})));
            }
        }
        Header header = new Header(0x1234, true, 0, false, false, true, true, 0, 0, questions.size(), answers.size(), 0, 0);
        return new DnsMessage(header, questions, answers, List.of(), List.of());
    }

    @Benchmark
    public Order orderDecode() {
        orderIn.position(0);
        return OrderCodec.INSTANCE.decode(orderIn);
    }

    @Benchmark
    public int orderFrameLength() {
        return OrderCodec.INSTANCE.frameLength(orderIn, 0, orderIn.limit());
    }

    @Benchmark
    public DnsMessage dnsDecode() {
        dnsIn.position(0);
        return DnsMessageCodec.INSTANCE.decode(dnsIn);
    }

    @Benchmark
    public int dnsFrameLength() {
        return DnsMessageCodec.INSTANCE.frameLength(dnsIn, 0, dnsIn.limit());
    }
}

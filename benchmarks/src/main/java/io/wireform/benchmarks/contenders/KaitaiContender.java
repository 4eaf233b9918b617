package io.wireform.benchmarks.contenders;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import io.wireform.benchmarks.contenders.kaitai.gen.DeviceFrameKs;
import io.wireform.benchmarks.contenders.kaitai.gen.EventKs;
import io.wireform.benchmarks.contenders.kaitai.gen.Fixed16Ks;
import io.wireform.benchmarks.contenders.kaitai.gen.OrderKs;

/**
 * Kaitai Struct 0.11 through the classes {@code kaitai-struct-compiler} generates from
 * src/main/kaitai at build time. Kaitai is decode only. Each decode returns Kaitai's own object,
 * which reads every field eagerly (its constructor runs {@code _read()}), makes the strings
 * {@code String}s and checks the seeds/004 markers ({@code contents}); nothing is copied into our
 * records, which spares Kaitai work Wireform does.
 */
public final class KaitaiContender {
    private KaitaiContender() {}

    /** A user wraps the received bytes in a stream; that allocation is part of Kaitai's cost. */
    public static KaitaiStream input(byte[] bytes) {
        return new ByteBufferKaitaiStream(bytes);
    }

    public static Fixed16Ks decodeFixed16(byte[] bytes) {
        return new Fixed16Ks(input(bytes));
    }

    public static DeviceFrameKs decodeDeviceFrame(byte[] bytes) {
        return new DeviceFrameKs(input(bytes));
    }

    public static OrderKs decodeOrder(byte[] bytes) {
        return new OrderKs(input(bytes));
    }

    /** The next event in {@code in}; the .ksy rejects a tag outside 1..5. */
    public static EventKs decodeEvent(KaitaiStream in) {
        return new EventKs(in);
    }
}

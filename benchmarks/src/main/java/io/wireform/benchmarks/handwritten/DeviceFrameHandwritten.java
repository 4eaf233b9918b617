package io.wireform.benchmarks.handwritten;

import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * What a user would write for the 544-byte seeds/004 {@link DeviceFrame}: one bounds check, then
 * each block's magic and end marker checked and its data copied out, as the generated codec does.
 */
public final class DeviceFrameHandwritten {
    public static final int LENGTH = 544;
    private static final short FDAA = (short) 0xFDAA;
    private static final short FDCC = (short) 0xFDCC;
    private static final short CCDD = (short) 0xCCDD;

    private DeviceFrameHandwritten() {}

    public static void encode(DeviceFrame m, ByteBuffer out) {
        int p = out.position();
        if (out.limit() - p < LENGTH) {
            throw new BufferOverflowException();
        }
        block(out, p, FDAA, m.realtime().data(), 150);
        block(out, p + 154, FDCC, m.extra1().data(), 190);
        block(out, p + 348, FDCC, m.extra2().data(), 192);
        out.position(p + LENGTH);
    }

    private static void block(ByteBuffer out, int at, short magic, byte[] data, int size) {
        if (data.length > size) {
            throw new IllegalArgumentException("block data of " + data.length + " bytes, at most " + size);
        }
        out.putShort(at, magic);
        out.put(at + 2, data);
        for (int i = data.length; i < size; i++) {
            out.put(at + 2 + i, (byte) 0);
        }
        out.putShort(at + 2 + size, CCDD);
    }

    public static DeviceFrame decode(ByteBuffer in) {
        int p = in.position();
        if (in.limit() - p < LENGTH) {
            throw new BufferUnderflowException();
        }
        DeviceFrame m = new DeviceFrame(
                new Realtime(block(in, p, FDAA, 150)),
                new Extra(block(in, p + 154, FDCC, 190)),
                new ExtraLong(block(in, p + 348, FDCC, 192)));
        in.position(p + LENGTH);
        return m;
    }

    private static byte[] block(ByteBuffer in, int at, short magic, int size) {
        if (in.getShort(at) != magic || in.getShort(at + 2 + size) != CCDD) {
            throw new IllegalArgumentException("bad marker in the block at " + at);
        }
        byte[] data = new byte[size];
        in.get(at + 2, data);
        return data;
    }
}

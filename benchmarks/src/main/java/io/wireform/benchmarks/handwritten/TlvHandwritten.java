package io.wireform.benchmarks.handwritten;

import io.wireform.benchmarks.model.Tlv;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@link Tlv} decoded by hand, as one would write it without Wireform: read the type and the length,
 * check the region fits, {@code switch} on the type, check the value fills its region. Same bytes in,
 * same records out, same checks as the generated codec (the error wording aside), and the same
 * guarantee that numbers are read big-endian whatever the buffer's {@code order()}.
 */
public final class TlvHandwritten {
    private TlvHandwritten() {}

    public static Tlv decode(ByteBuffer in) {
        int start = in.position();
        int limit = in.limit();
        if (limit - start < 2) {
            throw new TruncatedFrameException(in, start, "Tlv", 2, limit - start);
        }
        short type = (short) (in.get(start) & 0xFF);
        int length = in.get(start + 1) & 0xFF;
        int at = start + 2;
        int end = at + length;
        if (end > limit) {
            throw new TruncatedFrameException(in, start, "Tlv", 2 + length, limit - start);
        }
        Tlv.Value value = switch (type) {
            case 1 -> {
                expect(in, start, at, end, 2);
                yield new Tlv.Temperature(shortBE(in, at));
            }
            case 2 -> {
                expect(in, start, at, end, 2);
                yield new Tlv.Humidity((short) (in.get(at) & 0xFF), (short) (in.get(at + 1) & 0xFF));
            }
            case 3 -> {
                expect(in, start, at, end, 6);
                yield new Tlv.Counter(intBE(in, at) & 0xFFFFFFFFL, shortBE(in, at + 4) & 0xFFFF);
            }
            default -> {
                byte[] data = new byte[length];
                in.get(at, data);
                yield new Tlv.Other(data);
            }
        };
        in.position(end);
        return new Tlv(type, value);
    }

    private static short shortBE(ByteBuffer in, int at) {
        short v = in.getShort(at);
        return in.order() == ByteOrder.BIG_ENDIAN ? v : Short.reverseBytes(v);
    }

    private static int intBE(ByteBuffer in, int at) {
        int v = in.getInt(at);
        return in.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v);
    }

    private static void expect(ByteBuffer in, int start, int at, int end, int size) {
        if (end - at != size) {
            throw new WireDecodeException(in, start, at, "Tlv.value", size + " bytes in the region", (end - at) + " bytes");
        }
    }
}

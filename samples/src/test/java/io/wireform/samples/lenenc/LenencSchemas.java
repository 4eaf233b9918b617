package io.wireform.samples.lenenc;

import java.util.List;
import java.util.Optional;

/** Frames of the {@link Lenenc} schemas, for tests in other packages. */
public final class LenencSchemas {
    private LenencSchemas() {}

    /** A {@code Nullables} frame: every value NULL, or every value present. */
    public static byte[] nullables(boolean allNull) {
        return Lenenc_NullablesCodec.INSTANCE.encode(allNull
                ? new Lenenc.Nullables(Optional.empty(), Optional.empty(), Optional.empty(), (byte) 7)
                : new Lenenc.Nullables(Optional.of(new byte[] {0x2a}), Optional.of("ab"), Optional.of("c"), (byte) 7));
    }

    /** A {@code Values} frame of the given numbers, the text "hi" and the bytes {1}. */
    public static byte[] values(int small, long big, List<Long> numbers) {
        return Lenenc_ValuesCodec.INSTANCE.encode(new Lenenc.Values(small, big, "hi", new byte[] {1}, numbers));
    }

    /** Decodes a {@code Values} frame, for its errors. */
    public static Object decodeValues(byte[] frame) {
        return Lenenc_ValuesCodec.INSTANCE.decode(frame);
    }

    /** A {@code Tagged} frame: {@code Small(value)}. */
    public static byte[] small(byte value) {
        return Lenenc_TaggedCodec.INSTANCE.encode(new Lenenc.Tagged.Small(value));
    }

    /** A {@code Tagged} frame: {@code Large(name)}, tag 70000. */
    public static byte[] large(String name) {
        return Lenenc_TaggedCodec.INSTANCE.encode(new Lenenc.Tagged.Large(name));
    }

    /** A {@code Values} frame with 70000 (FD form) and 2^64 - 1 (FE form). */
    public static byte[] values() {
        return Lenenc_ValuesCodec.INSTANCE.encode(new Lenenc.Values(70_000, -1L, "hi", new byte[] {1}, List.of(5L)));
    }
}

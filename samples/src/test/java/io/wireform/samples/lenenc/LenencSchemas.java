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

    /** A {@code Values} frame with 70000 (FD form) and 2^64 - 1 (FE form). */
    public static byte[] values() {
        return Lenenc_ValuesCodec.INSTANCE.encode(new Lenenc.Values(70_000, -1L, "hi", new byte[] {1}, List.of(5L)));
    }
}

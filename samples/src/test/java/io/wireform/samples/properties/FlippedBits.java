package io.wireform.samples.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;

/** A CRC catches every single-bit error: flipping any covered bit never decodes, and fails as a WireException. */
final class FlippedBits {
    private FlippedBits() {}

    /** Flips each bit from byte {@code from} on (the bytes the checksum covers, and the checksum itself). */
    static <T> void caught(WireCodec<T> codec, T value, int from) {
        byte[] bytes = codec.encode(value);
        for (int i = from; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bad = bytes.clone();
                bad[i] ^= (byte) (1 << bit);
                ByteBuffer in = ByteBuffer.wrap(bad);
                try {
                    T decoded = codec.decode(in);
                    if (in.position() == bad.length) {
                        fail("flipping bit " + bit + " of byte " + i + " went unnoticed: " + Hex.of(bad) + " -> "
                                + WireEquality.show(decoded));
                    }
                } catch (WireException expected) {
                    assertEquals(0, in.position(), "a failed decode consumed input");
                } catch (RuntimeException e) {
                    throw new AssertionError("flipping bit " + bit + " of byte " + i + " of " + Hex.of(bytes)
                            + " threw " + e, e);
                }
            }
        }
    }
}

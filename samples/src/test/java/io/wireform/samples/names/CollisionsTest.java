package io.wireform.samples.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.WireCodec;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Generated code for components named after its own names compiles (the build did) and round-trips. */
class CollisionsTest {

    private static <T> T roundTrip(WireCodec<T> codec, T value, String hex) {
        byte[] bytes = codec.encode(value);
        if (hex != null) {
            assertEquals(hex, HexFormat.of().formatHex(bytes));
        }
        T back = codec.decode(bytes);
        assertArrayEquals(bytes, codec.encode(back));
        return back;
    }

    @Test
    void derivedNamesOfOtherComponents() {
        var value = new Collisions.Derived((short) 2, new byte[] {1, 2}, (short) 1, List.of(7), "hi", (short) 9);
        var back = roundTrip(Collisions_DerivedCodec.INSTANCE, value, "02 0102 01 0007 02 6869 09".replace(" ", ""));
        assertEquals(List.of(7), back.items());
        assertEquals("hi", back.text());
    }

    @Test
    void namesOfGeneratedLocals() {
        var value = new Collisions.Locals(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                "x", 3, 4, true, Optional.of(21));
        assertEquals(value, roundTrip(Collisions_LocalsCodec.INSTANCE, value, null));
    }

    @Test
    void namesOfRuntimeClasses() {
        var value = new Collisions.Types(1, 2, 3, 4, 5, "d");
        assertEquals(value, roundTrip(Collisions_TypesCodec.INSTANCE, value, null));
    }

    @Test
    void delimiterConstantsOfTheSameNameKeepTheirOwnBytes() {
        var value = new Collisions.Constants("x", "y");
        assertEquals(value, roundTrip(Collisions_ConstantsCodec.INSTANCE, value, "7800" + "790d0a"));
    }

    @Test
    void aComponentNamedLikeDecodesLimitInARecordReadInPlace() {
        var value = new Collisions.ThroughInPlace(new Collisions.InPlace(Collisions.Level.HIGH, (short) 2), new byte[] {7, 8});
        var back = roundTrip(Collisions_ThroughInPlaceCodec.INSTANCE, value, "02" + "02" + "0708");
        assertEquals(Collisions.Level.HIGH, back.inner().limit());
        assertArrayEquals(new byte[] {7, 8}, back.data());
    }

    @Test
    void aLengthOnAFixedRecord() {
        var value = new Collisions.FixedWithLength((byte) 7);
        assertEquals(5, Collisions_FixedWithLengthCodec.ENCODED_LENGTH);
        assertEquals(value, roundTrip(Collisions_FixedWithLengthCodec.INSTANCE, value, "0000000507"));
    }

    @Test
    void recordsOfOneSimpleNameInOneUnion() {
        assertEquals(new Collisions.Twins.Left.Ping(5),
                roundTrip(Collisions_TwinsCodec.INSTANCE, new Collisions.Twins.Left.Ping(5), "0100000005"));
        assertEquals(new Collisions.Twins.Right.Ping(6),
                roundTrip(Collisions_TwinsCodec.INSTANCE, new Collisions.Twins.Right.Ping(6), "020000000000000006"));
    }
}

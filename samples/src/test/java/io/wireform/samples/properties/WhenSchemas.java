package io.wireform.samples.properties;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.When;
import io.wireform.annotations.Width;
import io.wireform.samples.properties.ListSchemas.Named;
import io.wireform.samples.properties.ListSchemas.Point;
import java.util.List;
import java.util.Optional;

/** Optional components driven by a boolean, a bit and a set of values. */
final class WhenSchemas {
    private WhenSchemas() {}

    /** A boolean drives a number and a fixed-size nested message. */
    @Message
    record WhenBool(boolean has, @When("has") @UInt16 Optional<Integer> value, @When("has") Optional<Point> point,
                    byte after) {}

    /** The javadoc's example: a one-bit flag in a bit group. */
    @Message
    record WhenBitField(@Bits(1) boolean hasCrc, @Bits(7) int kind, @When("hasCrc") Optional<Integer> crc) {}

    /** Bits of a flags byte drive a number and a variable-size nested message. */
    @Message
    record WhenFlagBits(@UInt8 int flags, @When(value = "flags", bit = 0) Optional<Integer> a,
                        @When(value = "flags", bit = 7) Optional<Named> b, short after) {}

    /** Flag bits driving optionals, the variable-size one last. */
    @Message
    record WhenFlagBitsLast(@UInt8 int flags, @When(value = "flags", bit = 0) Optional<Integer> a,
                            @When(value = "flags", bit = 7) Optional<Named> b) {}

    /** A type code drives which optional is there. */
    @Message
    record WhenAnyOf(@UInt8 int type, @When(value = "type", anyOf = {1, 3}) Optional<Long> big,
                     @When(value = "type", anyOf = {2, 3}) @Varint Optional<Integer> small,
                     @When(value = "type", anyOf = {4}) Optional<Named> named, byte after) {}

    /** Optional text, bytes and lists: variable-size contents that are not nested messages. */
    @Message
    record WhenText(boolean has, @When("has") @Prefixed(Width.UINT8) Optional<String> name,
                    @When("has") @Terminated Optional<byte[]> raw, byte after) {}

    /** An optional list of unsigned shorts, present for two values of a code. */
    @Message
    record WhenList(@UInt8 int code, @When(value = "code", anyOf = {1, 2}) @Prefixed(Width.UINT8) @UInt16
                    Optional<List<Integer>> values, byte after) {}

    /** A varint drives an optional through one of its bits. */
    @Message
    record WhenVarintBit(@Varint long mask, @When(value = "mask", bit = 40) Optional<Short> high) {}
}

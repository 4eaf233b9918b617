package io.wireform.samples.constructs;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Code;
import io.wireform.annotations.Const;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Half;
import io.wireform.annotations.Message;
import io.wireform.annotations.Order;
import io.wireform.annotations.Endian;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.When;
import io.wireform.annotations.WireEnum;
import java.util.Optional;

/** Constants, conditions by range and negation, and half-precision floats. */
final class Fields {
    private Fields() {}

    @WireEnum
    enum Kind { @Code(1) DATA, @Code(2) CONTROL }

    /** A version byte, reserved bits that must be zero, flags a protocol fixes, a kind that is always one. */
    @Message
    record Versioned(@Const(4) @UInt8 short version, @Bits(4) @Const(0b0010) int flags, @Bits(4) @Const(0) int reserved,
                     @Const(2) Kind kind, @Const(1) boolean on) {}

    /** Present from 1 to 63; absent when the flag is set (negation); present above 200 (a range open above). */
    @Message
    record Conditional(@UInt8 short length, @When(value = "length", min = 1, max = 63) @Fixed(2) Optional<byte[]> id,
                       boolean plain, @When(value = "plain", not = true) @UInt8 Optional<Short> crc,
                       @When(value = "length", min = 200) @UInt8 Optional<Short> extra,
                       @When(value = "length", bit = 7, not = true) @UInt8 Optional<Short> low) {}

    /** Python struct's 'e'. */
    @Message
    record Halves(@Half float big, @Half @Order(Endian.LITTLE) float little) {}
}

package io.wireform.samples.derived;

import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.When;
import io.wireform.annotations.Width;
import java.util.Optional;

/** Components present when a component of an earlier nested record says so: {@code @When("head.flags")}. */
final class PathConditions {
    private PathConditions() {}

    /** A fixed-size header: frameLength reads its flags at their offset. */
    @Message record Flags(@UInt8 int version, @UInt8 int flags) {}

    @Message record Framed(Flags head, @When(value = "head.flags", bit = 0) Optional<Integer> crc,
                           @Prefixed(Width.UINT8) String text) {}

    /** A header of variable size: frameLength decodes it to read {@code extended}. */
    @Message record Named(@Prefixed(Width.UINT8) String name, boolean extended) {}

    @Message record Entry(Named named, @When("named.extended") Optional<Long> more, @UInt8 int tail) {}
}

package io.wireform.samples.wireshark;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Code;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.When;
import io.wireform.annotations.WireEnum;
import java.util.Optional;

/**
 * Schemas for {@link LawFindingsDissectorTest}: where the conformance suite's dissector law found a
 * generated dissector reading otherwise than decode (conformance FINDINGS S25).
 */
final class LawFindings {
    private LawFindings() {}

    @WireEnum enum Mode { @Code(1) ON, @Code(2) OFF }

    @WireEnum enum Level { @Code(1) LOW, @Fallback OTHER }

    /** Conditions turned by {@code not}, and by a range of values. */
    @Message record Conditions(boolean off, @When(value = "off", not = true) @UInt8 Optional<Integer> speed,
                               @UInt8 int kind, @When(value = "kind", min = 10, max = 20) @UInt16 Optional<Integer> extra) {}

    /** An enum in a bit field, and an enum with a fallback constant. */
    @Message record Coded(@Bits(4) Mode mode, @Bits(4) int rest, Level level) {}

    /** The rest of the frame, before the record's reserved bytes; text of a fixed size padded with spaces. */
    @Padding(2) @Message record Padded(@Fixed(value = 4, pad = ' ') String name, @Remaining byte[] body) {}
}

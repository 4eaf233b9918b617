package io.wireform.samples.using;

import io.wireform.annotations.Count;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Using;
import io.wireform.annotations.When;
import io.wireform.annotations.Width;
import java.util.List;
import java.util.Optional;

/** Schemas of {@link UsingTest}. */
final class Schemas {
    private Schemas() {}

    @Protocol(tag = Width.UINT8)
    sealed interface Probed permits Probe {}

    @Tag(1)
    record Probe(@UInt8 int pad, @Using(Codecs.OriginProbe.class) int offset) implements Probed {}

    /** A probe two levels down, behind a length region: its offset is still from this frame's start. */
    @Message
    record Outer(@UInt8 int first, @Length(value = Width.UINT8, through = "inner") Inner inner, Probed probed) {}

    @Message
    record Inner(@Using(Codecs.OriginProbe.class) int offset) {}

    @Message
    record Texts(boolean present, @When("present") @Using(Codecs.Short8.class) Optional<String> maybe,
                 @Prefixed(Width.UINT8) @Using(Codecs.Short8.class) List<String> many,
                 @Count(2) @Using(Codecs.Short8.class) List<String> two) {}

    @Message
    record CarelessHolder(@UInt8 int before, @Using(Codecs.Careless.class) String value) {}

    @Message
    record LiarHolder(@Length(Width.UINT8) @Using(Codecs.Liar.class) String value) {}
}

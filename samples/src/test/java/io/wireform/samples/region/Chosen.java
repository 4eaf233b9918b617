package io.wireform.samples.region;

import io.wireform.annotations.Fallback;
import io.wireform.annotations.Length;
import io.wireform.annotations.Max;
import io.wireform.annotations.Message;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * A selected component in a length region, followed by a field: records that fill the region by a
 * rest-of-region value, one checking nothing, the others able to fail (a {@code @Max}, a field before
 * the rest, strict text), and a fallback that can fail.
 */
@Message
public record Chosen(@UInt8 short type, @Length(value = Width.UINT8, through = "body") @SelectedBy("type") Chosen.Body body, @UInt8 short tail) {

    @Protocol(selected = true)
    public sealed interface Body permits Plain, Capped, Marked, Rest {}

    /** Its bytes, whatever they are. */
    @Tag(1)
    public record Plain(@Remaining byte[] data) implements Body {}

    /** At most three bytes. */
    @Tag(2)
    public record Capped(@Max(3) @Remaining byte[] data) implements Body {}

    /** An id, then UTF-8 text. */
    @Tag(3)
    public record Marked(@UInt16 int id, @Remaining String text) implements Body {}

    /** Any other type: at most four bytes. */
    @Fallback
    public record Rest(@Max(4) @Remaining byte[] data) implements Body {}
}

package io.wireform.benchmarks.model;

import io.wireform.annotations.Fallback;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * A type-length-value record whose value the type selects ({@code @SelectedBy}), with every unlisted type
 * kept by a {@code @Fallback} record: what {@code SelectedBenchmark} decodes against a hand-written switch.
 */
@Message
public record Tlv(@UInt8 short type, @Length(Width.UINT8) @SelectedBy("type") Tlv.Value value) {

    @Protocol(selected = true)
    public sealed interface Value permits Temperature, Humidity, Counter, Other {}

    @Tag(1)
    public record Temperature(short centi) implements Value {}

    @Tag(2)
    public record Humidity(@UInt8 short percent, @UInt8 short quality) implements Value {}

    @Tag(3)
    public record Counter(@UInt32 long count, @UInt16 int rate) implements Value {}

    /** Any other type: its bytes. */
    @Fallback
    public record Other(@io.wireform.annotations.Remaining byte[] data) implements Value {}
}

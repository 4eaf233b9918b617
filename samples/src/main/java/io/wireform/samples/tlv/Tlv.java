package io.wireform.samples.tlv;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Half;
import io.wireform.annotations.Length;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * Type, length, value: every frame is a type byte and a 16-bit length of the rest, so a reader of an
 * older version keeps the frames of types it does not know as {@link Unknown}. A reading's value is
 * chosen by its unit, an event's detail by its code (a range of codes, a fallback for the others),
 * inside a length region the detail must fill. What the conformance module fuzzes for selected
 * components, fallbacks and protocol lengths.
 *
 * <p>{@code new Reading(7, 1, 2, new Celsius(21.5f))} is {@code 01 0004 07 12 4d60}.
 */
@Protocol(tag = Width.UINT8, length = @Length(Width.UINT16))
public sealed interface Tlv permits Tlv.Reading, Tlv.Event, Tlv.Heartbeat, Tlv.Unknown {

    @Tag(1)
    record Reading(@UInt8 int sensor, @Bits(4) int unit, @Bits(4) int scale, @SelectedBy("unit") Value value)
            implements Tlv {}

    @Tag(2)
    record Event(@UInt16 int code, @Length(value = Width.UINT8, through = "detail") @SelectedBy("code") Detail detail,
                 @Terminated String note)
            implements Tlv {}

    /** A frame of no body: its length, zero, ends it. */
    @Tag(3)
    record Heartbeat() implements Tlv {}

    /** Any other type, kept with its body, and written back unchanged. */
    @Fallback
    record Unknown(@UInt8 int type, @Remaining byte[] body) implements Tlv {}

    /** A reading's value, by its unit. */
    @Protocol(selected = true)
    sealed interface Value permits Count, Celsius, Raw {}

    @Tag(0)
    record Count(int count) implements Value {}

    @Tag(value = 1, to = 7)
    record Celsius(@Half float degrees) implements Value {}

    @Fallback
    record Raw(@Remaining byte[] bytes) implements Value {}

    /** An event's detail, by its code. */
    @Protocol(selected = true)
    sealed interface Detail permits Plain, Described, Other {}

    @Tag(value = 0, to = 99)
    record Plain() implements Detail {}

    @Tag(100)
    record Described(@Prefixed(Width.UINT8) String text) implements Detail {}

    @Fallback
    record Other(@Remaining byte[] data) implements Detail {}
}

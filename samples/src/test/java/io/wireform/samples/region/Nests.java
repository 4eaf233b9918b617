package io.wireform.samples.region;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/** A record running to its end nested in a length region, followed by a field. */
@Message
public record Nests(@Length(value = Width.UINT8, through = "inner") Inner inner, @UInt8 short tail) {}

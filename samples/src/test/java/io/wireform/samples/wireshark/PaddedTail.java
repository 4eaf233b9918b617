package io.wireform.samples.wireshark;

import io.wireform.annotations.Bits;
import io.wireform.annotations.End;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;

/**
 * A record's own reserved bytes ({@code @Padding(2)} on the record) after a bit group, which no
 * component holds, then its end marker: {@code ab 0000 0d0a} for (10, 11).
 */
@Padding(2)
@End("0D 0A")
@Message
record PaddedTail(@Bits(4) int high, @Bits(4) int low) {}

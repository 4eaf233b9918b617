package io.wireform.samples.framing;

import io.wireform.annotations.Message;
import io.wireform.annotations.Remaining;

/**
 * seeds/001 and 003: a line of text. With {@code Framing.delimited("\n")} it is the delimiter
 * pattern; with {@code Framing.untilClose()} the streamer pattern (the whole stream is one text).
 */
@Message
public record Line(@Remaining String text) {}

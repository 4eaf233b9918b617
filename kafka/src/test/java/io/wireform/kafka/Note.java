package io.wireform.kafka;

import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Width;

/** A variable-length message: an id and a length-prefixed text. */
@Message
public record Note(long id, @Prefixed(Width.UINT8) String text) {}

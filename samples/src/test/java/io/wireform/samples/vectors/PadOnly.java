package io.wireform.samples.vectors;

import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;

/** Struct vectors: '>2x', two pad bytes and nothing else: the record's own reserved bytes. */
@Padding(2)
@Message
record PadOnly() {}

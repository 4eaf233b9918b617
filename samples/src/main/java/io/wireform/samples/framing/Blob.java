package io.wireform.samples.framing;

import io.wireform.annotations.Message;
import io.wireform.annotations.Remaining;

/**
 * seeds/001 and 003: an opaque message, framed from outside: by a length prefix
 * ({@code struct.Struct('!I')} in blocks.py's {@code put}), or as blocks ended by an empty block.
 */
@Message
public record Blob(@Remaining byte[] data) {}

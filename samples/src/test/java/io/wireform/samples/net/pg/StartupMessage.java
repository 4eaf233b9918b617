package io.wireform.samples.net.pg;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Width;

/**
 * PostgreSQL's StartupMessage: Int32 length (itself included), Int32 protocol version 3.0
 * (196608), then NUL-terminated names and values and a final NUL; no type byte, unlike every later
 * message.
 */
@Message
public record StartupMessage(@Length(value = Width.UINT32, includeSelf = true) int protocol,
                             @Remaining byte[] parameters) {
    public static final int VERSION_3 = 196608;
}

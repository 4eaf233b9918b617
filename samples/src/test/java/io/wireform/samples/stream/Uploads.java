package io.wireform.samples.stream;

import io.wireform.annotations.Message;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.UInt8;
import io.wireform.runtime.Payload;

/** A message whose payload runs to the end of the stream. */
final class Uploads {
    private Uploads() {}

    @Message
    record Upload(@UInt8 short kind, @Remaining Payload data) {}
}

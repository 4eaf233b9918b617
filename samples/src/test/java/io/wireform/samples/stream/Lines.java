package io.wireform.samples.stream;

import io.wireform.annotations.Message;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt8;

/** Schemas whose frames end at a delimiter of their own layout. */
final class Lines {
    private Lines() {}

    @Message(maxFrameLength = 1024)
    record CrLfLine(@UInt8 short kind, @Terminated("0D 0A") String text) {}

    /** Two delimited fields: a search that has found its delimiter must not be resumed past it. */
    @Message
    record TwoFields(@Terminated("0D 0A") String first, @Terminated("0D 0A") String second) {}
}

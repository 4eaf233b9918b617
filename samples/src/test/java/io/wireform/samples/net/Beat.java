package io.wireform.samples.net;

import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Resync;
import io.wireform.annotations.Width;

/**
 * A schema that declares its readers' settings: frames of at most 64 bytes ({@code FD AA}, a length
 * byte, the text), garbage skipped up to the next magic. Every reader built from its codec obeys them.
 */
@Magic("FD AA")
@Message(maxFrameLength = 64, resync = Resync.SCAN_TO_MAGIC)
public record Beat(@Prefixed(Width.UINT8) String text) {}

package io.wireform.samples.stream;

import io.wireform.annotations.Const;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Resync;
import io.wireform.annotations.Width;

/**
 * A frame whose length its header says, after a version that must be 1: {@code frameLength} reads the
 * length and waits for the rest, {@code decode} finds a wrong version at once.
 */
@Magic("AB")
@Message(resync = Resync.SCAN_TO_MAGIC)
public record Stamped(@Const(1) byte version, @Prefixed(Width.UINT16) byte[] data) {}

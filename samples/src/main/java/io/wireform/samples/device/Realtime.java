package io.wireform.samples.device;

import io.wireform.annotations.End;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;

/** seeds/004: the real-time block, {@code FD AA}, 150 data bytes, {@code CC DD}. */
@Magic("FD AA")
@End("CC DD")
@Message
public record Realtime(@Fixed(150) byte[] data) implements DeviceBlock {}

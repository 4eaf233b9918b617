package io.wireform.samples.device;

import io.wireform.annotations.End;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;

/** seeds/004: the first extra block, {@code FD CC}, 190 data bytes, {@code CC DD}. */
@Magic("FD CC")
@End("CC DD")
@Message
public record Extra(@Fixed(190) byte[] data) implements DeviceBlock {}

package io.wireform.samples.limits;

import io.wireform.annotations.Max;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.Width;
import java.util.List;

/** Per-field limits: a name of at most 8 bytes, at most 3 values, a tag of at most 4 bytes. */
@Message
record Hello(@Max(8) @Prefixed(Width.UINT32) String name,
             @Max(3) @Prefixed(Width.UINT8) @UInt16 List<Integer> values,
             @Max(4) @Terminated byte[] tag) {}

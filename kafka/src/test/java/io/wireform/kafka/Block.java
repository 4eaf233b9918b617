package io.wireform.kafka;

import io.wireform.annotations.End;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt8;

/** A marked frame like seeds/004's blocks: {@code FD AA}, a sensor number, 4 data bytes, {@code CC DD}; 9 bytes. */
@Magic("FD AA")
@End("CC DD")
@Message
public record Block(@UInt8 int sensor, @Fixed(4) byte[] data) {}

package io.wireform.samples.errors;

import io.wireform.annotations.Charset;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Int;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt8;

/** A message with one field of each checked kind, for the bad-input tests. */
@Message
record Telemetry(@UInt8 int channel, @Int(3) int offset, Mode mode, Strict strict,
                 @Fixed(4) @Charset("UTF-8") String label, @Fixed(2) byte[] tag, Inner inner) {}

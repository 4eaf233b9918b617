package io.wireform.gateway.versions.unmarked;

import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;

/** A schema without a version mark, as first released. */
@Message
public record OldReading(@UInt16 int sensor, float celsius) {}

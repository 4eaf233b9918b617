package io.wireform.gateway.versions.unmarked;

import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;

/** The same schema with a field added and no version mark. */
@Message
public record NewReading(@UInt16 int sensor, float celsius, @UInt8 int humidity) {}

package io.wireform.gateway.versions.v2;

import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;

/** Version 2: {@code 02}, the fields of version 1, and the relative humidity. */
@Tag(2)
public record ReadingWithHumidity(@UInt16 int sensor, float celsius, @UInt8 int humidity) implements Telemetry {}

package io.wireform.gateway.versions.v1;

import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;

/** Version 1: {@code 01}, the sensor, the temperature. */
@Tag(1)
public record Reading(@UInt16 int sensor, float celsius) implements Telemetry {}

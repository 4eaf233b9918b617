package io.wireform.gateway.versions.v2;

import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;

/** Version 1, as in the first release: {@code 01}, the sensor, the temperature. */
@Tag(1)
public record Reading(@UInt16 int sensor, float celsius) implements Telemetry {}

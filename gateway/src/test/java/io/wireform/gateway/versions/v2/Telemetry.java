package io.wireform.gateway.versions.v2;

import io.wireform.annotations.Protocol;
import io.wireform.annotations.Width;

/**
 * The next release: version 1 unchanged, and version 2, which adds a field. It reads both; the first
 * release reads version 1 and reports version 2 as an unknown tag.
 */
@Protocol(tag = Width.UINT8)
public sealed interface Telemetry permits Reading, ReadingWithHumidity {}

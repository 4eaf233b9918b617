package io.wireform.gateway.versions.v1;

import io.wireform.annotations.Protocol;
import io.wireform.annotations.Width;

/**
 * Telemetry as the first release of an application knows it. The first byte is the version: the
 * union's tag, so that a later version can be told apart by a consumer that does not know it.
 */
@Protocol(tag = Width.UINT8)
public sealed interface Telemetry permits Reading {}

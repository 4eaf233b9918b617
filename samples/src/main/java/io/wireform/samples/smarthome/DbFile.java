package io.wireform.samples.smarthome;

import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Width;

/**
 * seeds/000: the reply, command word {@code 0x43}, then the database file with its 4-byte
 * little-endian length: {@code 43 00 00 00 | fe 2b 00 00 | 11262 bytes}.
 */
@Tag(0x43)
public record DbFile(@Prefixed(Width.UINT32) byte[] database) implements SmartHome {}

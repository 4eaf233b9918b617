package io.wireform.samples.smarthome;

import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Width;
import io.wireform.runtime.Payload;

/**
 * seeds/000: the reply, command word {@code 0x43}, then the database file with its 4-byte
 * little-endian length: {@code 43 00 00 00 | fe 2b 00 00 | 11262 bytes}. The file is a {@link
 * Payload}: readers stream it to disk instead of holding it in memory.
 */
@Tag(0x43)
public record DbFile(@Prefixed(Width.UINT32) Payload database) implements SmartHome {}

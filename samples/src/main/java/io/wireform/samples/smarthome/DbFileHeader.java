package io.wireform.samples.smarthome;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt32;

/**
 * seeds/000: the hub's reply starts with the command word {@code 0x43} and the payload length, both
 * 4-byte little-endian; the SQLite file follows. {@code 43 00 00 00 fe 2b 00 00} announces 11262 bytes.
 */
@Magic("43 00 00 00")
@Message(endian = Endian.LITTLE)
public record DbFileHeader(@UInt32 long payloadLength) {}

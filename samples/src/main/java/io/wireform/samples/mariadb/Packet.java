package io.wireform.samples.mariadb;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * The header every MariaDB client/server packet starts with: the payload's length ({@code int<3>},
 * little-endian, not counting the sequence id), then the sequence id ({@code int<1>}). Every packet
 * record of this package starts with the same two components, so that each says its own length; this
 * one frames a stream of packets whatever they hold: {@code 01 00 00 00 | 0e} is COM_PING.
 */
@Message(endian = Endian.LITTLE)
public record Packet(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence, @Remaining byte[] payload)
        implements MariaDbPacket {}

package io.wireform.samples.mariadb;

import io.wireform.annotations.Charset;
import io.wireform.annotations.Const;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * The ERR packet of the 4.1 protocol: header {@code FF}, the error code, {@code #} and the five-character
 * SQL state, then the message to the end of the packet.
 */
@Message(endian = Endian.LITTLE)
public record Err(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                  @Const(0xFF) @UInt8 int header,
                  @UInt16 int code,
                  @Const('#') byte stateMarker,
                  @Fixed(5) @Charset("US-ASCII") String sqlState,
                  @Remaining String message) implements MariaDbPacket {}

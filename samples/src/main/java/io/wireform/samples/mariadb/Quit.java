package io.wireform.samples.mariadb;

import io.wireform.annotations.Const;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/** COM_QUIT: command byte 1; the server closes the connection without an answer. */
@Message(endian = Endian.LITTLE)
public record Quit(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence, @Const(1) byte command)
        implements MariaDbPacket {}

package io.wireform.samples.mariadb;

import io.wireform.annotations.Const;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/** The EOF packet, which ends column definitions and rows for a client without {@code CLIENT_DEPRECATE_EOF}. */
@Message(endian = Endian.LITTLE)
public record Eof(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                  @Const(0xFE) @UInt8 int header,
                  @UInt16 int warnings,
                  @UInt16 int status) implements MariaDbPacket {}

package io.wireform.samples.mariadb;

import io.wireform.annotations.Const;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/** COM_QUERY: command byte 3, then the SQL text to the end of the packet; its sequence id is 0. */
@Message(endian = Endian.LITTLE)
public record Query(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                    @Const(3) byte command,
                    @Remaining String sql) implements MariaDbPacket {

    /** A query that starts a new command phase (sequence id 0). */
    public Query(String sql) {
        this(0, (byte) 3, sql);
    }
}

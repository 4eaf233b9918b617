package io.wireform.samples.mariadb;

import io.wireform.annotations.Const;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.Width;
import java.util.List;

/**
 * The OK packet: header {@code 00}, affected rows and last insert id as length-encoded integers, status,
 * warnings, and, when the packet goes on, a human-readable info as a length-encoded string
 * ({@code Records: 3  Duplicates: 0  Warnings: 0}): none or one to the end of the packet.
 */
@Message(endian = Endian.LITTLE)
public record Ok(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                 @Const(0) byte header,
                 @Varint(VarintKind.LENENC) long affectedRows,
                 @Varint(VarintKind.LENENC) long lastInsertId,
                 @UInt16 int status,
                 @UInt16 int warnings,
                 @Remaining List<Info> info) implements MariaDbPacket {

    /** The info text, {@code string<lenenc>}. */
    @Message
    public record Info(@Prefixed(Width.LENENC) String text) {}

    /** {@return the info text, or an empty string when the packet has none} */
    public String infoText() {
        return info.isEmpty() ? "" : info.get(0).text();
    }
}

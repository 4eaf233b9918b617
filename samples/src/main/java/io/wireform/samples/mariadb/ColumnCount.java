package io.wireform.samples.mariadb;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.Width;

/** The first packet of a result set: how many column definitions follow, a length-encoded integer. */
@Message(endian = Endian.LITTLE)
public record ColumnCount(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                          @Varint(VarintKind.LENENC) long count) implements MariaDbPacket {}

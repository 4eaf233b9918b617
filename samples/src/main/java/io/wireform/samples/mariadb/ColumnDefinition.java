package io.wireform.samples.mariadb;

import io.wireform.annotations.Const;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * A column definition packet: six length-encoded strings, then the fixed fields, whose length
 * ({@code int<lenenc>}, always 12, which is one byte) comes first.
 *
 * @param catalog always {@code def}
 * @param columnLength the column's maximum length ({@code int<4>})
 * @param type the field type ({@code int<1>}: 253 for VARCHAR, 3 for INT, ...)
 */
@Message(endian = Endian.LITTLE)
public record ColumnDefinition(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                               @Prefixed(Width.LENENC) String catalog,
                               @Prefixed(Width.LENENC) String schema,
                               @Prefixed(Width.LENENC) String tableAlias,
                               @Prefixed(Width.LENENC) String table,
                               @Prefixed(Width.LENENC) String columnAlias,
                               @Prefixed(Width.LENENC) String column,
                               // int<lenenc> 0x0C: below 251, so one byte
                               @Const(12) @UInt8 int fixedFieldsLength,
                               @UInt16 int charset,
                               @UInt32 long columnLength,
                               @UInt8 int type,
                               @UInt16 int flags,
                               @UInt8 int decimals,
                               @Fixed(2) byte[] unused) implements MariaDbPacket {}

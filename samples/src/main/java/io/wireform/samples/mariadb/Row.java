package io.wireform.samples.mariadb;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;
import java.util.Optional;

/** A row of the text protocol: each column's value as a length-encoded string, or {@code FB} for NULL. */
@Message(endian = Endian.LITTLE)
public record Row(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                  @Remaining List<Value> values) implements MariaDbPacket {

    /** One column's value in a row. */
    @Message
    public record Value(@Prefixed(value = Width.LENENC, nullable = true) Optional<String> text) {}
}

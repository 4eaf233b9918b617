package io.wireform.samples.properties;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.Width;
import io.wireform.samples.properties.ListSchemas.Named;
import io.wireform.samples.properties.ListSchemas.Point;
import java.util.List;

/** Derived lengths: over one field, over several, to the end, counting themselves, adjusted, varint. */
final class LengthSchemas {
    private LengthSchemas() {}

    /** A length right before the data it counts (through itself), then a field outside it. */
    @Message
    record LengthOfOne(@Length(value = Width.UINT16, through = "text") @Terminated String text, byte tail) {}

    /** A length over the rest of its region, with a @Remaining value ending the region. */
    @Message
    record LengthOfRemaining(@UInt8 int kind, @Length(Width.UINT16) @Remaining byte[] data) {}

    /** Modbus-MBAP-like: the length covers the unit id and the data, not the trailer. */
    @Message
    record LengthOfSeveral(@UInt16 int transactionId, @Length(value = Width.UINT16, through = "data") @UInt8 int unitId,
                           @Prefixed(Width.UINT8) byte[] data, short trailer) {}

    /** A length over the rest of the message, several fields. */
    @Message
    record LengthOfRest(@UInt8 int kind, @Length(Width.UINT32) short a, @Prefixed(Width.UINT8) String s,
                        @Remaining byte[] rest) {}

    /** PostgreSQL: the length counts itself. */
    @Message
    record PgQuery(byte type, @Length(value = Width.UINT32, includeSelf = true) @Terminated String sql) {}

    /** The length counts two more bytes than there are. */
    @Message
    record LengthAdjusted(@Length(value = Width.UINT8, adjust = 2) @Remaining byte[] payload) {}

    /** The length counts one byte fewer than there are (the region is never empty). */
    @Message
    record LengthAdjustedDown(@Length(value = Width.UINT16, adjust = -1, through = "body") @Prefixed(Width.UINT8) byte[] body,
                              byte tail) {}

    /** A varint length over the rest: a varint and fixed-size nested messages. */
    @Message
    record LengthVarint(@Length(Width.VARINT) @Varint long id, @Remaining List<Point> points) {}

    /** A varint length that counts itself (its own size depends on its value). */
    @Message
    record LengthVarintSelf(@Length(value = Width.VARINT, includeSelf = true) @Remaining byte[] data) {}

    /** MQTT remaining length over the rest. */
    @Message
    record LengthMqtt(byte header, @Length(Width.MQTT) @UInt16 int packetId, @Remaining byte[] payload) {}

    /** Two regions: an outer to the end, an inner over one field. */
    @Message
    record LengthNested(@Length(Width.UINT16) @UInt8 int a,
                        @Length(value = Width.UINT8, through = "b") @Prefixed(Width.VARINT) byte[] b,
                        @Terminated String c) {}

    // The same length semantics with a region content that does not start at a constant offset
    // after the length field (those schemas hit the terminated/remaining offset bug).

    /** PostgreSQL-style self-counting length over a prefixed string. */
    @Message
    record PgQueryPrefixed(byte type, @Length(value = Width.UINT32, includeSelf = true) @Prefixed(Width.UINT16) String sql) {}

    /** Adjusted length over a prefixed payload. */
    @Message
    record LengthAdjustedPrefixed(@Length(value = Width.UINT8, adjust = 2) @Prefixed(Width.UINT8) byte[] payload) {}

    /** MQTT remaining length directly before a @Remaining payload (which starts where the varint ends). */
    @Message
    record LengthMqttRemaining(byte header, @Length(Width.MQTT) @Remaining byte[] payload) {}

    /** A varint length before a terminated string. */
    @Message
    record LengthVarintTerminated(@Length(value = Width.VARINT, through = "text") @Terminated String text, byte tail) {}

    /** A length through a bit-field member: the region ends with the member's whole group. */
    @Message
    record LengthThroughBits(@Bits(8) int a, @Length(value = Width.UINT8, through = "b") @Prefixed(Width.UINT8) byte[] d,
                             @Bits(4) int b, @Bits(4) int e) {}

    /** A length over a variable-size nested message. */
    @Message
    record LengthOfNested(@Length(value = Width.UINT8, through = "inner") Named inner, byte after) {}
}

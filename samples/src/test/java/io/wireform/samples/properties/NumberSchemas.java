package io.wireform.samples.properties;

import io.wireform.annotations.BitOrder;
import io.wireform.annotations.Bits;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.samples.properties.WireEnums.Mode;

/** Varints of each kind and bit-field groups in both bit orders and byte orders. */
final class NumberSchemas {
    private NumberSchemas() {}

    /** Every varint kind in an int and a long. */
    @Message
    record Varints(@Varint int a, @Varint long b, @Varint(VarintKind.ZIGZAG) int c,
                   @Varint(VarintKind.ZIGZAG) long d, @Varint(VarintKind.MQTT) int e,
                   @Varint(VarintKind.MQTT) long f) {}

    /** The javadoc's example, most significant bit first (the default): a boolean, an int, an enum. */
    @Message
    record MsbBits(@Bits(1) boolean urgent, @Bits(3) int priority, @Bits(4) Mode mode, byte after) {}

    /** Least significant bit first; one 3-byte group of five members, big-endian. */
    @Message(bitOrder = BitOrder.LSB_FIRST)
    record LsbBits(@Bits(1) boolean a, @Bits(2) int b, @Bits(5) short c, @Bits(4) Mode d, @Bits(12) int e) {}

    /** A little-endian 4-byte group, most significant bit first. */
    @Message(endian = Endian.LITTLE)
    record LittleMsbBits(@Bits(4) int v, @Bits(12) int w, @Bits(16) int x) {}

    /** A little-endian 8-byte group, least significant bit first, with a 47-bit long. */
    @Message(endian = Endian.LITTLE, bitOrder = BitOrder.LSB_FIRST)
    record LittleLsbBits(@Bits(3) int a, @Bits(13) int b, @Bits(1) boolean c, @Bits(47) long d) {}

    /** Two groups split by an ordinary field, and a whole 64-bit long as one group. */
    @Message
    record TwoGroups(@Bits(4) int a, @Bits(4) int b, @UInt16 int mid, @Bits(2) int c, @Bits(6) byte d,
                     byte sep, @Bits(64) long all) {}
}

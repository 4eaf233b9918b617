package io.wireform.samples.markers;

import io.wireform.annotations.End;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;

/**
 * Markers of every length class: 1, 2, 4 and 8 bytes are written and compared as one number, 3 bytes
 * through a byte array. A little-endian message still has its markers in the order declared.
 */
final class Markers {
    private Markers() {}

    @Magic("A5") @End("5A 0D 0A")
    @Message(endian = Endian.LITTLE)
    record OneAndThree(short value) {}

    @Magic("DE AD BE EF") @End("01 02 03 04 05 06 07 08")
    @Message
    record FourAndEight(int value) {}
}

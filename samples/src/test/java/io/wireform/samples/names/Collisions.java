package io.wireform.samples.names;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Checksum;
import io.wireform.annotations.Code;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.SizedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.When;
import io.wireform.annotations.Width;
import io.wireform.annotations.WireEnum;
import java.util.List;
import java.util.Optional;

/**
 * Records whose component names are the names generated code uses for itself, or makes from other
 * components' names: each must compile and round-trip (the build compiles them; the test runs them).
 */
final class Collisions {
    private Collisions() {}

    /** {@code data}'s length in {@code dataLength}, {@code items}' count in {@code itemsCount}. */
    @Message
    record Derived(@UInt8 short dataLength, @SizedBy("dataLength") byte[] data,
                   @UInt8 short itemsCount, @CountedBy("itemsCount") @UInt16 List<Integer> items,
                   @Prefixed(Width.UINT8) String text, @UInt8 short text_Length) {}

    /** The parameters and locals of generated methods. */
    @Message
    @Checksum(ChecksumType.CRC16_MODBUS)
    record Locals(int in, int out, int message, int start, int limit, int p, int e, int i, int at, int size,
                  int checksum, int receivedChecksum, int length0, int region0End, int scan, int variant,
                  int tag, int bodyAt, int body, int source,
                  @Length(Width.UINT16) @Prefixed(Width.UINT8) String bitsIn, @Bits(4) int bits, @Bits(4) int in_Bits,
                  boolean has, @When("has") Optional<Integer> hasValue) {}

    /** Runtime class names as component names: a local must not hide the class generated code calls. */
    @Message
    record Types(int Frames, int Values, int Bytes, int Varints, int Texts, @Prefixed(Width.VARINT) String Delimiters) {}

    /** Two delimiter constants whose names would be the same, with different delimiters. */
    @Message
    record Constants(@Terminated("00") String aB, @Terminated("0D 0A") String a_B) {}

    /** An enum whose decode names the component's path, {@code "Collisions.InPlace.limit"}. */
    @WireEnum
    enum Level { @Code(1) LOW, @Code(2) HIGH }

    /**
     * A component named like decode's {@code limit} parameter in a record of fixed size, whose {@code
     * decodeAt} (read in place by the codecs nesting it) has no limit; and a path through it.
     */
    @Message
    record InPlace(Level limit, @UInt8 short size) {}

    @Message
    record ThroughInPlace(InPlace inner, @SizedBy("inner.size") byte[] data) {}

    /** A length on a record of fixed size. */
    @Message
    record FixedWithLength(@Length(value = Width.UINT32, includeSelf = true) byte status) {}

    /** Two records of one simple name in one union. */
    @Protocol(tag = Width.UINT8)
    sealed interface Twins permits Twins.Left.Ping, Twins.Right.Ping {
        final class Left {
            private Left() {}

            @Tag(1) record Ping(int n) implements Twins {}
        }

        final class Right {
            private Right() {}

            @Tag(2) record Ping(long n) implements Twins {}
        }
    }
}

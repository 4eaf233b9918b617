package io.wireform.samples.wireshark;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Code;
import io.wireform.annotations.Const;
import io.wireform.annotations.CountOf;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Range;
import io.wireform.annotations.Resync;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Using;
import io.wireform.annotations.Width;
import io.wireform.annotations.WireEnum;
import io.wireform.runtime.FieldCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Schemas for {@link GapsDissectorTest}: constants and ranges the dissector checks, unknown tags skipped by the
 * protocol's length, derived counts, lists ended by a terminator whose elements hold its byte, values of
 * a codec of the user's.
 */
final class Gaps {
    private Gaps() {}

    @WireEnum enum Kind { @Code(1) PLAIN, @Code(2) FANCY }

    /** A version byte, fixed flag bits, a fixed enum: decode checks each, and so must the dissector. */
    @Message record Versioned(@Const(2) byte version, @Bits(4) @Const(0b0010) int flags, @Bits(4) int kind,
                              @Const(2) Kind fixedKind, @UInt8 int value) {}

    /** Ranges on a 16-bit length, a bit field and an unsigned 64-bit length: decode checks each, and so must the dissector. */
    @Message record Ranged(@UInt16 @Range(from = 126, to = 0xFFFF) int length, @Bits(4) @Range(from = 1, to = 9) int nibble,
                           @Bits(4) int rest, @UInt(8) @Range(from = 0x10000, to = Long.MAX_VALUE) long big,
                           @UInt8 int value) {}

    /** Every frame says its length after the tag; a reader skips the unknown ones. */
    @Protocol(length = @Length(Width.UINT16), resync = Resync.SKIP_UNKNOWN)
    sealed interface Telemetry permits Temperature, Humidity {}
    @Tag(1) record Temperature(short centi) implements Telemetry {}
    @Tag(2) record Humidity(@UInt8 int percent) implements Telemetry {}

    /** The same without the policy: decode fails at an unknown tag, the dissector still goes on. */
    @Protocol(length = @Length(Width.UINT8))
    sealed interface Strict permits Hello {}
    @Tag(1) record Hello(@UInt8 int n) implements Strict {}

    /** DNS's header: derived counts (no components) before the lists they count. */
    @Message record Question(@Prefixed(Width.UINT8) String name, @UInt16 int type) {}
    @Message record Dns(@UInt16 int id,
                        @CountOf(value = Width.UINT16, list = "questions") @CountOf(value = Width.VARINT, list = "answers")
                        List<Question> questions, @UInt16 List<Integer> answers) {}

    /** PostgreSQL's ErrorResponse: fields each ending with a zero byte, the list with one more. */
    @Message record Field(byte type, @Terminated String value) {}
    @Message record ErrorFields(@Terminated List<Field> fields, @UInt8 int after) {}
    /** DNS labels: a zero byte inside a label is data, the zero-length label ends the name. */
    @Message record Label(@Prefixed(Width.UINT8) byte[] text) {}
    @Message record Name(@Terminated List<Label> labels, @UInt16 int type) {}
    /** A two-byte terminator, FF FF, among two-byte elements that may hold FF. */
    @Message record Shorts(@Terminated("FF FF") @UInt16 List<Integer> values) {}

    /** A text after its length in one byte, read by a codec of the user's. */
    public static final class Pascal implements FieldCodec<String> {
        public static final Pascal INSTANCE = new Pascal();

        @Override public String read(ByteBuffer in, int limit, int origin) {
            int at = in.position();
            byte[] text = new byte[in.get(at) & 0xFF];
            in.get(at + 1, text).position(at + 1 + text.length);
            return new String(text, StandardCharsets.UTF_8);
        }
        @Override public void write(String value, ByteBuffer out) {
            byte[] text = value.getBytes(StandardCharsets.UTF_8);
            out.put((byte) text.length).put(text);
        }
        @Override public int size(String value) { return 1 + value.getBytes(StandardCharsets.UTF_8).length; }
        @Override public int length(ByteBuffer in, int at, int limit) {
            if (at >= limit) {
                return -1;
            }
            int n = 1 + (in.get(at) & 0xFF);
            return at + n > limit ? -n : n;
        }
    }

    /** Fields of fixed size after the codec's value: it ends where they start. */
    @Message record FixedAfter(@UInt8 int id, @Using(Pascal.class) String name, @UInt16 int type, @UInt8 int flags) {}
    /** A length region around the codec's value and a field after the region. */
    @Message record InRegion(@Length(value = Width.UINT8, through = "name") @Using(Pascal.class) String name,
                             @UInt8 int after) {}
    /** The codec's value in records of a list: where each ends is not known to a dissector. */
    @Message record Named(@Using(Pascal.class) String name, @UInt8 int n) {}
    @Message record Roster(@Prefixed(Width.UINT8) List<Named> entries) {}

    /** A variable field after the codec's value: the rest of the frame is its raw bytes. */
    @Message record VariableAfter(@Using(Pascal.class) String name, @Prefixed(Width.UINT8) String note) {}
}

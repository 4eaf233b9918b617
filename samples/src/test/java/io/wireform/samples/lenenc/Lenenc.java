package io.wireform.samples.lenenc;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.Width;
import java.util.List;
import java.util.Optional;

/** MySQL length-encoded integers as values, prefixes, counts, lengths and tags. */
final class Lenenc {
    private Lenenc() {}

    /** A value as int and long, a string, bytes and a list each prefixed by a lenenc number. */
    @Message
    record Values(@Varint(VarintKind.LENENC) int small, @Varint(VarintKind.LENENC) long big,
                  @Prefixed(Width.LENENC) String text, @Prefixed(Width.LENENC) byte[] data,
                  @Prefixed(Width.LENENC) @Varint(VarintKind.LENENC) List<Long> numbers) {}

    /** A lenenc length over the rest of the record, and one that counts itself. */
    @Message
    record Framed(@Length(Width.LENENC) byte kind, @Prefixed(Width.UINT8) String name) {}

    @Message
    record SelfCounted(@Length(value = Width.LENENC, includeSelf = true) @Remaining byte[] rest) {}

    /** PostgreSQL's DataRow column (Int32 length, -1 for NULL) and MariaDB's text-protocol column (FB for NULL). */
    @Message
    record Nullables(@Prefixed(value = Width.UINT32, nullable = true) Optional<byte[]> pg,
                     @Prefixed(value = Width.LENENC, nullable = true) Optional<String> maria,
                     @Prefixed(value = Width.UINT8, nullable = true) Optional<String> small, byte after) {}

    /** A protocol tagged by a lenenc number, with a lenenc length after the tag. */
    @Protocol(tag = Width.LENENC, length = @Length(Width.LENENC))
    sealed interface Tagged permits Tagged.Small, Tagged.Large {
        @Message @Tag(3) record Small(byte value) implements Tagged {}
        @Message @Tag(70000) record Large(@Prefixed(Width.LENENC) String name) implements Tagged {}
    }
}

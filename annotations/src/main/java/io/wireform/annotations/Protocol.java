package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sealed interface as a protocol: a tagged union of the records it permits. Each permitted
 * record carries a {@link Tag}, written before its fields; decoding switches on it. Permitted
 * records need no {@link Message} of their own; when they have one, its settings apply to their fields.
 * Without a tag, the records are told apart by their {@link Magic} and, where records share a magic,
 * by the position of their {@link End} marker. A tagged protocol may have one {@link Fallback} record,
 * which decodes every tag no other record has.
 *
 * <pre>{@code
 * @Protocol(endian = Endian.LITTLE, tag = Width.UINT32)
 * sealed interface SmartHome permits DownloadDb, DbFile {}
 * @Tag(0x4C) record DownloadDb() implements SmartHome {}
 * @Tag(0x43) record DbFile(@Prefixed(Width.UINT32) byte[] database) implements SmartHome {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Protocol {
    /** {@return the byte order of the tag and the default for every permitted record} */
    Endian endian() default Endian.BIG;

    /** {@return how the tag is written; {@link Width#UINT8} unless stated} */
    Width tag() default Width.UINT8;

    /**
     * {@return the width of the tag in bits, when it is a bit field; 0 when it takes whole bytes}
     * When above 0, the tag is a bit field: the top {@code tagBits} bits of the whole tag, a number of
     * {@link #tag()} bytes (a fixed width) read in the protocol's byte order. With a one-byte tag
     * those are the top bits of the first byte; with {@code tag = Width.UINT16, endian = LITTLE} they
     * are the top bits of the second byte on the wire. Each record then starts with {@link Bits}
     * components that fill the other bits of those bytes, as MQTT's fixed header does with its packet
     * type (4 bits) and flags (4 bits): {@code @Protocol(tag = Width.UINT8, tagBits = 4)}.
     */
    int tagBits() default 0;

    /** {@return true when the records have no tag and are told apart by magic and end marker} */
    boolean untagged() default false;

    /**
     * {@return true when the record is chosen by an earlier component of the message that holds this
     * protocol} ({@link SelectedBy}), not by a tag of its own: each record's {@link Tag} (a value or a
     * range) is matched against that component's value, and nothing is written for it. Such a protocol
     * is only ever a component: its codec implements {@code SelectedCodec}, not {@code WireCodec}, and it
     * has no reader. {@link #tag()} and {@link #tagBits()} do not apply.
     */
    boolean selected() default false;

    /**
     * {@return a length every record's frame carries right after the tag} (after the tag's bytes, with
     * {@link #tagBits()}), counting the rest of the record: {@code @Protocol(tag = Width.UINT8, length =
     * @Length(value = Width.UINT32, includeSelf = true))} is PostgreSQL's message header, {@code tag =
     * Width.UINT8, tagBits = 4, length = @Length(Width.MQTT)} MQTT's fixed header. At most one; its
     * {@code through} must stay empty. Encode computes it; decode checks that each record fills it
     * exactly. Because every frame says its length the same way, a reader can skip a frame whose tag
     * it does not know ({@link Resync#SKIP_UNKNOWN}), and a record of no components is a valid body.
     * Records of such a protocol have no {@link End} or {@link Checksum}, which the length would not count.
     */
    Length[] length() default {};

    /**
     * {@return the largest frame its readers accept, in bytes; 0 for the reader's default, 16 MiB} A
     * longer frame is an error before any of it is buffered. At most 2^31 - 73 ({@code
     * FrameReader.LARGEST_MAX_FRAME_LENGTH}), the most one reader's buffer holds. Its codec declares it ({@code
     * declaredMaxFrameLength()}): every reader built from the codec starts from it unless told otherwise.
     */
    int maxFrameLength() default 0;

    /**
     * {@return what its readers do with bytes that are not a valid frame} Its codec declares it ({@code
     * declaredResync()}): every reader built from the codec starts from it unless told otherwise.
     */
    Resync resync() default Resync.FAIL;
}

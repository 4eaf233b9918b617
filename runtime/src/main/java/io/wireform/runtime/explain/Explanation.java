package io.wireform.runtime.explain;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * A frame taken apart by its codec: one {@link Row} per field, derived field and reserved byte run,
 * in wire order, each with its offset, length, bytes and decoded value; and where decoding failed,
 * the error, after the rows of everything decoded before it. {@link #toString()} is a table for a
 * terminal:
 *
 * <pre>
 * SmartHome: 11 bytes, decoded
 * offset  size  field                      bytes                 value
 *      0     4  SmartHome.&lt;tag&gt;            43 00 00 00           67 (0x43)  (tag, checked)
 *      4     7  SmartHome.DbFile.database  03 00 00 00 61 62 63  3 bytes: 61 62 63
 * </pre>
 *
 * <p>It is made by the codec's own generated {@code decodeTraced}, the decode with a {@link Trace}
 * told of each field as it is read: the same checks in the same order as {@code decode}, so it fails
 * exactly where and how {@code decode} fails.
 */
public final class Explanation {

    /** What a row is. */
    public enum Role {
        /** A record component (or a member of a bit group, a nested record, an optional). */
        FIELD,
        /** Not a component: a length, checksum, tag or marker, derived on encode and checked on decode. */
        DERIVED,
        /** Reserved bytes, written as fill and skipped on decode. */
        PADDING
    }

    /**
     * One field on the wire.
     *
     * @param path where it is, as errors name it: {@code DeviceFrame.extra1.<magic>}
     * @param offset its first byte, from the start of the frame
     * @param length its bytes (a bit field: those of its group; an absent optional: 0)
     * @param bytes its raw bytes
     * @param value the decoded value as the record holds it; for a derived field the number on the
     *     wire; null for markers and padding
     * @param role field, derived or padding
     * @param note what decoding checked ({@code checked}, {@code constant, checked}), or null
     * @param bits for a bit field, its bits within the group ({@code bits 7..4}), else null
     * @param depth 0 for the frame's own fields, 1 for those of a record nested in it, and so on
     */
    public record Row(String path, long offset, int length, byte[] bytes, Object value, Role role, String note,
                      String bits, int depth) {
        public Row {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** Whether this is a length, checksum, tag or marker rather than a component. */
        public boolean derived() {
            return role == Role.DERIVED;
        }

        /** The value as the table shows it. */
        public String shownValue() {
            return Render.value(value, role);
        }
    }

    private final String name;
    private final byte[] frame;
    private final List<Row> rows;
    private final Object value;
    private final WireException error;
    private final String note;

    private Explanation(String name, byte[] frame, List<Row> rows, Object value, WireException error, String note) {
        this.name = name;
        this.frame = frame;
        this.rows = List.copyOf(rows);
        this.value = value;
        this.error = error;
        this.note = note;
    }

    /**
     * Explains {@code frame}, which must hold exactly one frame, as {@link WireCodec#decode(byte[])}
     * decodes it: bytes left after the frame are an error too.
     */
    public static Explanation of(WireCodec<?> codec, byte[] frame) {
        ByteBuffer in = ByteBuffer.wrap(frame);
        Trace trace = Trace.of(in, 0);
        Object value = null;
        WireException error = null;
        try {
            value = codec.decodeTraced(in, in.limit(), trace);
            if (in.hasRemaining()) {
                error = new WireDecodeException(in, 0, in.position(), value.getClass().getSimpleName(),
                        "end of frame after " + in.position() + " bytes", in.remaining() + " more bytes");
                value = null;
            }
        } catch (WireException e) {
            trace.recover(e);
            error = e;
        }
        return new Explanation(name(codec), frame.clone(), trace.rows(), value, error, null);
    }

    /**
     * Explains the frame at the buffer's position, read as {@link WireCodec#decode(ByteBuffer, int)}
     * reads it up to {@code limit}; the buffer's position does not move.
     */
    public static Explanation of(WireCodec<?> codec, ByteBuffer buffer, int limit) {
        ByteBuffer in = buffer.duplicate();
        int start = in.position();
        Trace trace = Trace.of(in, start);
        Object value = null;
        WireException error = null;
        try {
            value = codec.decodeTraced(in, limit, trace);
        } catch (WireException e) {
            trace.recover(e);
            error = e;
        }
        int end = error == null ? in.position() : limit;
        byte[] frame = new byte[Math.max(0, end - start)];
        buffer.get(start, frame);
        return new Explanation(name(codec), frame, trace.rows(), value, error, null);
    }

    /**
     * What {@link WireException#explain(WireCodec)} gives when the bytes of the error are no longer
     * there to read again: the error alone, with {@code note} saying why.
     */
    public static Explanation ofError(WireCodec<?> codec, WireException error, String note) {
        return new Explanation(name(codec), new byte[0], List.of(), null, error, note);
    }

    private static String name(WireCodec<?> codec) {
        String simple = codec.getClass().getSimpleName();
        return simple.endsWith("Codec") ? simple.substring(0, simple.length() - "Codec".length()) : simple;
    }

    /** The rows, in wire order; a nested record's row comes before the rows of its fields. */
    public List<Row> rows() {
        return rows;
    }

    /** The rows of the frame's own fields (depth 0), without derived fields and padding. */
    public List<Row> fields() {
        return rows.stream().filter(r -> r.depth() == 0 && r.role() == Role.FIELD).toList();
    }

    /** The bytes explained: the frame, or for a failed decode, the bytes from its start to the limit. */
    public byte[] frame() {
        return frame.clone();
    }

    /** Whether the frame decoded. */
    public boolean ok() {
        return error == null;
    }

    /** The decoded message, if the frame decoded. */
    public Optional<Object> value() {
        return Optional.ofNullable(value);
    }

    /** The error that ended decoding, if any: the one {@code decode} throws for these bytes. */
    public Optional<WireException> error() {
        return Optional.ofNullable(error);
    }

    /** The aligned table, with the error (if any) after the rows decoded before it. */
    @Override
    public String toString() {
        String shown = name;
        String path = !rows.isEmpty() ? rows.get(0).path() : error != null ? error.fieldPath() : null;
        if (path != null) {
            int dot = path.indexOf('.');
            shown = dot < 0 ? path : path.substring(0, dot);
        }
        return Render.table(shown, frame, rows, error, note);
    }
}

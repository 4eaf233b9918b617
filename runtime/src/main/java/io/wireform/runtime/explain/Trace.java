package io.wireform.runtime.explain;

import io.wireform.runtime.SelectedCodec;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a generated codec's {@code decodeTraced} tells as it reads: each field, derived field and
 * reserved byte with where it lies in the buffer. Generated code calls it; {@link Explanation} makes
 * one and reads the rows. Indices are the buffer's; the rows hold offsets from the frame's start.
 * Paths are placed as the {@link WireException} of the same place would be: a nested message's rows
 * under the component holding it, a protocol's variant's under the protocol.
 */
public final class Trace {
    /** The rows and the nested read under way, shared by a trace and those of the records inside it. */
    private static final class Sink {
        final List<Explanation.Row> rows = new ArrayList<>();
        final ByteBuffer frame;
        final int frameStart;
        /** Where the decode these rows come from started: its errors' offsets count from there. */
        final int base;
        /** Its errors' paths placed as the frame's decode names them. */
        final UnaryOperator<String> errorPlace;
        /** A nested record being read, whose rows a failure inside it must still show. */
        Trace pendingTrace;
        String pendingPath;
        int pendingFrom;
        Reader pendingReader;
        /** Or a list of records whose elements are being read, whose rows a failure in one must still show. */
        Elements pendingElements;

        Sink(ByteBuffer frame, int frameStart, int base, UnaryOperator<String> errorPlace) {
            this.frame = frame;
            this.frameStart = frameStart;
            this.base = base;
            this.errorPlace = errorPlace;
        }

        void clearPending() {
            pendingTrace = null;
            pendingElements = null;
        }
    }

    /** A nested record's traced decode. */
    private interface Reader {
        void read(ByteBuffer in, int limit, Trace trace);
    }

    /** The list of records being read: where it and its elements start, where they end at the latest, their codec. */
    private record Elements(String path, int from, int elementsFrom, int limit, WireCodec<?> codec) {}

    private final Sink sink;
    private final UnaryOperator<String> place;
    private final int depth;

    private Trace(Sink sink, UnaryOperator<String> place, int depth) {
        this.sink = sink;
        this.place = place;
        this.depth = depth;
    }

    /** A trace of the frame starting at index {@code frameStart} of {@code frame}. */
    static Trace of(ByteBuffer frame, int frameStart) {
        Sink sink = new Sink(frame.duplicate(), frameStart, frameStart, UnaryOperator.identity());
        return new Trace(sink, UnaryOperator.identity(), 0);
    }

    List<Explanation.Row> rows() {
        return sink.rows;
    }

    /** A component's value, read from {@code from} up to {@code to}. */
    public void field(String path, int from, int to, Object value) {
        add(path, from, to, value, Explanation.Role.FIELD, null);
    }

    /** A {@code @Const} component: its value, which decoding checked is the schema's. */
    public void constant(String path, int from, int to, Object value) {
        add(path, from, to, value, Explanation.Role.FIELD, "constant, checked");
    }

    /** A {@code @Range} component: its value, which decoding checked is in {@code range} ({@code 126..65535}). */
    public void ranged(String path, int from, int to, Object value, String range) {
        add(path, from, to, value, Explanation.Role.FIELD, "in " + range + ", checked");
    }

    /** A marker ({@code @Magic}, {@code @End}), checked. */
    public void marker(String path, int from, int to) {
        add(path, from, to, null, Explanation.Role.DERIVED, "checked");
    }

    /** A length, a checksum or a protocol's tag: not a component, derived on encode and checked on decode. */
    public void derived(String path, int from, int to, long value, String note) {
        add(path, from, to, value, Explanation.Role.DERIVED, note);
    }

    /** Reserved bytes, skipped on decode. */
    public void padding(String path, int from, int to) {
        if (to > from) {
            add(path, from, to, null, Explanation.Role.PADDING, "skipped");
        }
    }

    /**
     * A member of a group of bit fields of {@code bytes} bytes at {@code at}: {@code bits} bits whose
     * lowest is {@code shift} bits above the group's lowest. {@code tag} when it is the protocol's tag,
     * checked.
     */
    public void bits(String path, int at, int bytes, int shift, int bits, Object value, boolean tag, boolean constant) {
        addBits(path, at, bytes, shift, bits, value, tag ? "tag, checked" : constant ? "constant, checked" : null, tag);
    }

    /** A {@code @Range} member of a group of bit fields, as {@link #bits(String, int, int, int, int, Object, boolean, boolean)}. */
    public void rangedBits(String path, int at, int bytes, int shift, int bits, Object value, String range) {
        addBits(path, at, bytes, shift, bits, value, "in " + range + ", checked", false);
    }

    private void addBits(String path, int at, int bytes, int shift, int bits, Object value, String note, boolean tag) {
        sink.clearPending();
        int high = shift + bits - 1;
        String range = bits == 1 ? "bit " + shift : "bits " + high + ".." + shift;
        sink.rows.add(new Explanation.Row(place.apply(path), at - sink.frameStart, bytes, hex(at, at + bytes),
                value, tag ? Explanation.Role.DERIVED : Explanation.Role.FIELD, note, range, depth));
    }

    /** Says that the nested record at {@code from} is about to be read by {@code codec}. */
    public void enter(String path, int from, WireCodec<?> codec) {
        pending(path, from, codec::decodeTraced);
    }

    /** Says that the record of a selected protocol at {@code from} is about to be read by {@code codec}. */
    public void enter(String path, int from, SelectedCodec<?> codec, long selector) {
        pending(path, from, (in, limit, trace) -> codec.decodeTraced(in, limit, selector, trace));
    }

    /**
     * Says that the elements of a list of records are about to be read by {@code codec}: the list starts
     * at {@code from} (its count, if it has one), its elements at {@code elementsFrom}, and they end by
     * {@code limit} at the latest.
     */
    public void enterElements(String path, int from, int elementsFrom, int limit, WireCodec<?> codec) {
        sink.pendingTrace = this;
        sink.pendingElements = new Elements(path, from, elementsFrom, limit, codec);
    }

    private void pending(String path, int from, Reader reader) {
        sink.pendingElements = null;
        sink.pendingTrace = this;
        sink.pendingPath = path;
        sink.pendingFrom = from;
        sink.pendingReader = reader;
    }

    /**
     * A nested record (or an {@code Optional} of one), read by {@code codec} from {@code from} to
     * {@code to}: its row, then the rows of its own fields.
     */
    public void nested(String path, int from, int to, Object value, WireCodec<?> codec) {
        nested(path, from, to, value, codec::decodeTraced);
    }

    /**
     * A list of records, each read by {@code codec}, from {@code from} (its count, if it has one) to {@code
     * to}, its elements from {@code elementsFrom}: its row, then a row per element ({@code items[0]}, {@code
     * items[1]}, ...), each followed by the rows of its own fields ({@code items[0].x}). Decode's errors
     * name an element's fields without the index ({@code items[].x}).
     */
    public void elements(String path, int from, int elementsFrom, int to, List<?> value, WireCodec<?> codec) {
        add(path, from, to, value, Explanation.Role.FIELD, null);
        ByteBuffer in = sink.frame.duplicate();
        in.position(elementsFrom);
        for (int i = 0; i < value.size(); i++) {
            String element = path + "[" + i + "]";
            int at = in.position();
            int row = sink.rows.size();
            try {
                codec.decodeTraced(in, to, new Trace(sink, elementPlace(element), depth + 2));
            } catch (WireException e) {
                // read again alone, a record that reads relative to an enclosing frame may not decode: its row only
                sink.rows.subList(row, sink.rows.size()).clear();
                return;
            }
            int end = in.position();
            sink.rows.add(row, new Explanation.Row(place.apply(element), at - sink.frameStart, end - at, hex(at, end),
                    value.get(i), Explanation.Role.FIELD, null, null, depth + 1));
        }
        sink.clearPending();
    }

    private UnaryOperator<String> elementPlace(String element) {
        return p -> {
            int dot = p.indexOf('.');
            return place.apply(dot < 0 ? element : element + p.substring(dot));
        };
    }

    /** The record of a selected protocol, which {@code selector} chose: its row, then the rows of its fields. */
    public void nested(String path, int from, int to, Object value, SelectedCodec<?> codec, long selector) {
        nested(path, from, to, value, (in, limit, trace) -> codec.decodeTraced(in, limit, selector, trace));
    }

    private void nested(String path, int from, int to, Object value, Reader reader) {
        add(path, from, to, value, Explanation.Role.FIELD, null);
        Object inner = value instanceof Optional<?> o ? o.orElse(null) : value;
        if (inner != null) {
            ByteBuffer in = sink.frame.duplicate();
            in.position(from);
            reader.read(in, to, nestedIn(path));
        }
    }

    /**
     * The trace for a protocol's record: its paths are put under {@code
     * protocol}, as {@link WireException#under} puts its errors.
     */
    public Trace under(String protocol) {
        return new Trace(sink, p -> place.apply(protocol + "." + p), depth);
    }

    private Trace nestedIn(String parentPath) {
        return new Trace(sink, p -> {
            int dot = p.indexOf('.');
            return place.apply(dot < 0 ? parentPath : parentPath + p.substring(dot));
        }, depth + 1);
    }

    /**
     * After {@code error} ended the decode: the rows of a nested record, or of a list of records, that
     * failed inside, read again alone as far as its error, when that error is the same one.
     */
    void recover(WireException error) {
        Trace at = sink.pendingTrace;
        if (at == null) {
            return;
        }
        Elements elements = sink.pendingElements;
        sink.clearPending();
        if (elements != null) {
            at.recoverElements(elements, error);
            return;
        }
        UnaryOperator<String> placed = sinkPlace(at, sink.pendingPath);
        Sink inner = new Sink(sink.frame, sink.frameStart, sink.pendingFrom, placed);
        Trace child = new Trace(inner, placed, at.depth + 1);
        ByteBuffer in = sink.frame.duplicate();
        in.position(sink.pendingFrom);
        try {
            sink.pendingReader.read(in, in.limit(), child);
        } catch (WireException again) {
            child.recover(again);
            if (sameError(again, sink.pendingFrom, placed, error)) {
                sink.rows.addAll(inner.rows);
            }
        }
    }

    /**
     * After {@code error} ended the read of the list {@code list}: its elements read again one by one; when
     * one fails with the same error, the list's row (spanning the elements before it, its value those
     * elements), a row per element before it with its fields, and the failing one's fields up to its error.
     */
    private void recoverElements(Elements list, WireException error) {
        List<Explanation.Row> rows = new ArrayList<>();
        List<Object> read = new ArrayList<>();
        ByteBuffer in = sink.frame.duplicate();
        in.position(list.elementsFrom());
        while (in.position() < list.limit()) {
            String element = list.path() + "[" + read.size() + "]";
            int at = in.position();
            Sink one = new Sink(sink.frame, sink.frameStart, at, elementPlace(element));
            Trace trace = new Trace(one, one.errorPlace, depth + 2);
            Object value;
            try {
                value = list.codec().decodeTraced(in, list.limit(), trace);
            } catch (WireException again) {
                trace.recover(again);
                if (sameError(again, at, elementPlace(list.path() + "[]"), error)) {
                    sink.rows.add(new Explanation.Row(place.apply(list.path()), list.from() - sink.frameStart,
                            at - list.from(), hex(list.from(), at), List.copyOf(read), Explanation.Role.FIELD,
                            "read before the error", null, depth));
                    sink.rows.addAll(rows);
                    sink.rows.addAll(one.rows);
                }
                return;
            }
            if (in.position() <= at) {
                return;
            }
            rows.add(new Explanation.Row(place.apply(element), at - sink.frameStart, in.position() - at,
                    hex(at, in.position()), value, Explanation.Role.FIELD, null, null, depth + 1));
            rows.addAll(one.rows);
            read.add(value);
        }
    }

    /**
     * Whether {@code again}, thrown by a record read alone from {@code from} whose paths {@code place} puts
     * where the frame's decode names them, is {@code error}, which the decode these rows come from threw:
     * the same offset, the same path.
     */
    private boolean sameError(WireException again, int from, UnaryOperator<String> place, WireException error) {
        return again.offset() + (from - sink.base) == error.offset()
                && place.apply(again.fieldPath()).equals(sink.errorPlace.apply(error.fieldPath()));
    }

    private static UnaryOperator<String> sinkPlace(Trace parent, String parentPath) {
        return p -> {
            int dot = p.indexOf('.');
            return parent.place.apply(dot < 0 ? parentPath : parentPath + p.substring(dot));
        };
    }

    private void add(String path, int from, int to, Object value, Explanation.Role role, String note) {
        sink.clearPending();
        sink.rows.add(new Explanation.Row(place.apply(path), from - sink.frameStart, to - from, hex(from, to), value,
                role, note, null, depth));
    }

    private byte[] hex(int from, int to) {
        byte[] bytes = new byte[Math.max(0, to - from)];
        sink.frame.get(from, bytes);
        return bytes;
    }
}

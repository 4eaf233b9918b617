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
        /** A nested record being read, whose rows a failure inside it must still show. */
        Trace pendingTrace;
        String pendingPath;
        int pendingFrom;
        Reader pendingReader;

        Sink(ByteBuffer frame, int frameStart) {
            this.frame = frame;
            this.frameStart = frameStart;
        }
    }

    /** A nested record's traced decode. */
    private interface Reader {
        void read(ByteBuffer in, int limit, Trace trace);
    }

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
        return new Trace(new Sink(frame.duplicate(), frameStart), UnaryOperator.identity(), 0);
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
        sink.pendingTrace = null;
        String note = tag ? "tag, checked" : constant ? "constant, checked" : null;
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

    private void pending(String path, int from, Reader reader) {
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
        sink.pendingTrace = null;
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
     * After {@code error} ended the decode: the rows of a nested record that failed inside, read again
     * alone as far as its error, when that error is the same one.
     */
    void recover(WireException error) {
        Trace at = sink.pendingTrace;
        if (at == null) {
            return;
        }
        sink.pendingTrace = null;
        Sink inner = new Sink(sink.frame, sink.frameStart);
        Trace child = new Trace(inner, sinkPlace(at, at.sink.pendingPath), at.depth + 1);
        ByteBuffer in = sink.frame.duplicate();
        in.position(sink.pendingFrom);
        try {
            sink.pendingReader.read(in, in.limit(), child);
        } catch (WireException again) {
            child.recover(again);
            if (again.offset() + (sink.pendingFrom - sink.frameStart) == error.offset()
                    && child.place.apply(again.fieldPath()).equals(error.fieldPath())) {
                sink.rows.addAll(inner.rows);
            }
        }
    }

    private static UnaryOperator<String> sinkPlace(Trace parent, String parentPath) {
        return p -> {
            int dot = p.indexOf('.');
            return parent.place.apply(dot < 0 ? parentPath : parentPath + p.substring(dot));
        };
    }

    private void add(String path, int from, int to, Object value, Explanation.Role role, String note) {
        sink.pendingTrace = null;
        sink.rows.add(new Explanation.Row(place.apply(path), from - sink.frameStart, to - from, hex(from, to), value,
                role, note, null, depth));
    }

    private byte[] hex(int from, int to) {
        byte[] bytes = new byte[Math.max(0, to - from)];
        sink.frame.get(from, bytes);
        return bytes;
    }
}

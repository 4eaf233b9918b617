package io.wireform.conformance.dissector;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.explain.Explanation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the codec says of one frame, as plain data (no object of the schema's class loader is kept):
 * for an encoding, its explanation's rows with their values; for any bytes, what {@code decode} of a
 * buffer holding them does (the bytes it reads, or its error and where).
 */
record Expected(byte[] frame, List<Row> rows, Outcome outcome, String explanation) {

    /**
     * What {@code decode(ByteBuffer)} did: read {@code consumed} bytes, or failed (truncated or not) at {@code
     * offset}; and what {@code frameLength} says, as a reader sees the bytes: the frame's length, {@link #MORE}
     * when it needs more bytes, {@link #MALFORMED} when it refuses them ({@code lengthError}); and, where it
     * refuses them, what its walk ({@code measure}) found first ({@code walkError}, null where none): frameLength
     * names decode's error, but the walk may have stopped at a check of its own (a count over its {@code @Max})
     * that a dissector does not make.
     */
    record Outcome(boolean ok, boolean truncated, int consumed, long offset, String error, int length,
                   String lengthError, String walkError) {
        static final int MORE = -1;
        static final int MALFORMED = -2;
    }

    /** One row of the explanation: where, what, and the value as the record holds it. */
    record Row(String path, int offset, int length, String bytes, Value value, Explanation.Role role) {
        /** The last segment of the path: the component ({@code items[2]} for a list's element, {@code <tag>}). */
        String name() {
            String p = path.replaceAll(" \\[bits? [0-9.]+\\]$", "");
            return p.substring(p.lastIndexOf('.') + 1);
        }
    }

    /** A value in a form to compare with what Wireshark shows. */
    sealed interface Value {}

    record Int(BigInteger value) implements Value {}

    record Bool(boolean value) implements Value {}

    record Real(double value, boolean single) implements Value {}

    /** An enum constant, by name. */
    record Named(String name) implements Value {}

    record Text(String value) implements Value {}

    record Bytes(String hex) implements Value {}

    record Items(List<Value> elements) implements Value {}

    /**
     * A nested record or a protocol's record: its own rows follow, but for one in a list that explain does
     * not break into elements; its components by name, for those.
     */
    record Nested(String type, java.util.Map<String, Value> components) implements Value {}

    /** An absent optional component. */
    record Absent() implements Value {}

    /** A nullable component's NULL; or, for a marker or padding row, no value. */
    record None() implements Value {}

    /** Anything else, by its text. */
    record Other(String text) implements Value {}

    /** The codec's word on {@code frame}, an encoding of a value (it must decode). */
    static Expected encoding(WireCodec<?> codec, byte[] frame) {
        Explanation explanation = codec.explain(frame);
        List<Row> rows = new ArrayList<>();
        for (Explanation.Row row : explanation.rows()) {
            rows.add(new Row(row.path(), (int) row.offset(), row.length(), HexFormat.of().formatHex(row.bytes()),
                    value(row.value()), row.role()));
        }
        return new Expected(frame, rows, outcome(codec, frame), explanation.toString());
    }

    /** The codec's word on {@code frame}, any bytes: what decode of a buffer of them does. */
    static Expected bytes(WireCodec<?> codec, byte[] frame) {
        Outcome outcome = outcome(codec, frame);
        String explanation;
        List<Row> rows = new ArrayList<>();
        try {
            Explanation e = codec.explain(outcome.ok() ? java.util.Arrays.copyOf(frame, outcome.consumed()) : frame);
            explanation = e.toString();
            for (Explanation.Row row : e.rows()) {
                rows.add(new Row(row.path(), (int) row.offset(), row.length(), HexFormat.of().formatHex(row.bytes()),
                        value(row.value()), row.role()));
            }
        } catch (RuntimeException e) {
            explanation = "(explain threw " + e + ")";
        }
        return new Expected(frame, rows, outcome, explanation);
    }

    private static Outcome outcome(WireCodec<?> codec, byte[] frame) {
        int length;
        String lengthError = null;
        try {
            length = codec.frameLength(ByteBuffer.wrap(frame), 0, frame.length);
            if (length == WireCodec.NEED_MORE || length < 0 || length > frame.length) {
                length = Outcome.MORE;
            }
        } catch (WireException e) {
            length = Outcome.MALFORMED;
            lengthError = e.getMessage();
        }
        String walkError = length == Outcome.MALFORMED ? walkError(codec, frame) : null;
        ByteBuffer in = ByteBuffer.wrap(frame);
        try {
            codec.decode(in);
            return new Outcome(true, false, in.position(), -1, null, length, lengthError, walkError);
        } catch (TruncatedFrameException e) {
            return new Outcome(false, true, 0, e.offset(), e.getMessage(), length, lengthError, walkError);
        } catch (WireException e) {
            return new Outcome(false, false, 0, e.offset(), e.getMessage(), length, lengthError, walkError);
        }
    }

    /** What a generated codec's walk ({@code measure}, which frameLength runs first) throws for the bytes, or null. */
    private static String walkError(WireCodec<?> codec, byte[] frame) {
        java.lang.reflect.Method measure;
        try {
            measure = codec.getClass().getMethod("measure", ByteBuffer.class, int.class, int.class,
                    io.wireform.runtime.FrameScan.class);
        } catch (NoSuchMethodException e) {
            return null; // a fixed-size frame's codec: frameLength is its walk
        }
        try {
            measure.invoke(codec, ByteBuffer.wrap(frame), 0, frame.length, null);
            return null;
        } catch (java.lang.reflect.InvocationTargetException e) {
            return e.getCause() instanceof WireException w ? w.getMessage() : null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Value value(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.isEmpty() ? new Absent() : value(optional.get());
        }
        if (value == null) {
            return new None();
        }
        if (value instanceof Boolean b) {
            return new Bool(b);
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return new Int(BigInteger.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Float f) {
            return new Real(f, true);
        }
        if (value instanceof Double d) {
            return new Real(d, false);
        }
        if (value instanceof Enum<?> e) {
            return new Named(e.name());
        }
        if (value instanceof String s) {
            return new Text(s);
        }
        if (value instanceof byte[] b) {
            return new Bytes(HexFormat.of().formatHex(b));
        }
        if (value instanceof Payload p) {
            try {
                return new Bytes(HexFormat.of().formatHex(p.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (value instanceof List<?> list) {
            List<Value> elements = new ArrayList<>();
            list.forEach(e -> elements.add(value(e)));
            return new Items(elements);
        }
        if (value.getClass().isRecord()) {
            java.util.Map<String, Value> components = new java.util.LinkedHashMap<>();
            for (java.lang.reflect.RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    java.lang.reflect.Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    components.put(c.getName(), value(accessor.invoke(value)));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    components.put(c.getName(), new Other("(" + e + ")"));
                }
            }
            return new Nested(value.getClass().getSimpleName(), components);
        }
        return new Other(String.valueOf(value));
    }
}

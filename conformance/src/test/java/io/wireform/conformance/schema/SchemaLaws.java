package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.Field;
import io.wireform.conformance.schema.Decls.ProtocolDecl;
import io.wireform.conformance.schema.Decls.RecordDecl;
import io.wireform.conformance.schema.Decls.Schema;
import io.wireform.conformance.schema.Decls.TypeDecl;
import io.wireform.runtime.FrameScan;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The laws every generated codec obeys for every value its schema documents as valid, and for
 * every byte string it is handed. A broken law is a {@link Violation}.
 */
public final class SchemaLaws {
    private static final java.util.concurrent.atomic.AtomicLong REFUSALS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong OUT_OF_RANGE = new java.util.concurrent.atomic.AtomicLong();
    /** What a decode error expects of a value outside its @Range: {@code 126..65535}. */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("-?\\d+\\.\\.-?\\d+");

    private static final byte[] GARBAGE = {(byte) 0xFF, 0x00, (byte) 0xA5, 0x5A, (byte) 0x80, 0x7F, 0x01,
            (byte) 0xFE, 0x0D, 0x0A, 0x00, 0x00, (byte) 0xC3};
    private static final int BEFORE = 3;

    /** A broken law: {@code law} names it (and groups failures), {@code detail} says what happened. */
    public static final class Violation extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String law;
        public final byte[] input;

        Violation(String law, String detail, byte[] input, Throwable cause) {
            super(detail, cause);
            this.law = law;
            this.input = input;
        }
    }

    private final Schema schema;
    private final WireCodec<Object> codec;
    private final boolean rest;
    private final ClassLoader loader;
    /** Whether the laws of the declared reader settings were checked: once a schema, with its first frame. */
    private boolean settingsChecked;

    public SchemaLaws(Schema schema, WireCodec<Object> codec, ClassLoader loader) {
        this.schema = schema;
        this.codec = codec;
        this.rest = Schemas.endsWithRest(schema.root());
        this.loader = loader;
    }

    /** Result of checking one value: encoded, or refused as the documentation allows. */
    public enum Outcome { CHECKED, REFUSED_EDGE }

    /** Checks every law for {@code value}; throws a {@link Violation} for the first broken one. */
    public Outcome check(Object value, Random random) {
        byte[] bytes;
        try {
            bytes = codec.encode(value);
        } catch (WireEncodeException e) {
            if (edge(schema.root(), value)) {
                return Outcome.REFUSED_EDGE;
            }
            throw new Violation("encode refuses a value the documentation allows", e.getMessage(), null, e);
        } catch (RuntimeException e) {
            throw new Violation("encode throws " + e.getClass().getSimpleName(), String.valueOf(e), null, e);
        }
        int size = call("sizeOf", bytes, () -> codec.sizeOf(value));
        if (size != bytes.length) {
            throw new Violation("sizeOf differs from the bytes encode writes",
                    "sizeOf " + size + ", encode wrote " + bytes.length, bytes, null);
        }
        encodeInPlace(value, bytes);
        Object expected = Values.expected(schema.root(), value);
        Object decoded = call("decode(byte[])", bytes, () -> codec.decode(bytes));
        same("decode(encode(v)) differs from v", expected, decoded, bytes);
        ExplainLaws.encoded(codec, bytes, decoded);
        byte[] again = call("encode(decode(bytes))", bytes, () -> codec.encode(decoded));
        if (!Arrays.equals(bytes, again)) {
            throw new Violation("encode(decode(bytes)) differs from bytes", "encoded again: " + Values.hex(again),
                    bytes, null);
        }
        decodeEmbedded(expected, bytes);
        if (!settingsChecked) {
            settingsChecked = true;
            DeclaredSettingsLaws.check(schema, codec, loader, bytes);
        }
        frames(bytes);
        prefixes(bytes);
        for (int i = 0; i < 6; i++) {
            byte[] m = mutate(bytes, random);
            mutant(m);
            ExplainLaws.mutant(codec, m);
        }
        return Outcome.CHECKED;
    }

    /** Decode errors of mutants so far that were a record's constructor refusing the values read. */
    public static long refusals() {
        return REFUSALS.get();
    }

    /** Decode errors of mutants so far that were a value outside its component's {@code @Range}. */
    public static long outOfRange() {
        return OUT_OF_RANGE.get();
    }

    /** Failing explanations so far that showed a list of records read partway (the explain laws checked them). */
    public static long partwayLists() {
        return ExplainLaws.PARTWAY_LISTS.get();
    }

    private void encodeInPlace(Object value, byte[] bytes) {
        ByteBuffer out = ByteBuffer.allocate(BEFORE + bytes.length + 5);
        Arrays.fill(out.array(), (byte) 0x5C);
        out.position(BEFORE);
        call("encode(v, buffer)", bytes, () -> {
            codec.encode(value, out);
            return null;
        });
        byte[] written = Arrays.copyOfRange(out.array(), BEFORE, BEFORE + bytes.length);
        boolean outside = false;
        for (int i = 0; i < out.capacity(); i++) {
            outside |= (i < BEFORE || i >= BEFORE + bytes.length) && out.array()[i] != 0x5C;
        }
        if (!Arrays.equals(written, bytes) || out.position() != BEFORE + bytes.length || outside) {
            throw new Violation("encode into a buffer differs from encode()", "wrote " + Values.hex(out.array())
                    + ", position " + out.position(), bytes, null);
        }
    }

    private void decodeEmbedded(Object expected, byte[] bytes) {
        ByteBuffer in = embedded(bytes);
        Object bounded = call("decode(buffer, limit)", bytes, () -> codec.decode(in, BEFORE + bytes.length));
        same("decode(buffer, limit) at an offset differs from v", expected, bounded, bytes);
        if (in.position() != BEFORE + bytes.length) {
            throw new Violation("decode(buffer, limit) stops elsewhere than the frame's end",
                    "position " + (in.position() - BEFORE) + " of " + bytes.length, bytes, null);
        }
        if (!rest) {
            in.position(BEFORE);
            Object followed = call("decode(buffer) with bytes after the frame", bytes, () -> codec.decode(in));
            same("decode(buffer) with bytes after the frame differs from v", expected, followed, bytes);
            if (in.position() != BEFORE + bytes.length) {
                throw new Violation("decode(buffer) with bytes after the frame stops elsewhere than its end",
                        "position " + (in.position() - BEFORE) + " of " + bytes.length, bytes, null);
            }
        }
    }

    private void frames(byte[] bytes) {
        int exact = frameLength(ByteBuffer.wrap(bytes), 0, bytes.length, bytes);
        if (exact != bytes.length) {
            throw new Violation("frameLength of a whole frame is not its length", "frameLength " + exact + " for "
                    + bytes.length + " bytes", bytes, null);
        }
        ByteBuffer in = embedded(bytes);
        int followed = frameLength(in, BEFORE, in.limit(), bytes);
        int want = rest ? in.limit() - BEFORE : bytes.length;
        if (followed != want && !(rest && followed == bytes.length)) {
            throw new Violation("frameLength with bytes after the frame is not its length",
                    "frameLength " + followed + ", expected " + want, bytes, null);
        }
    }

    /**
     * Every proper prefix: "need more" (or the length), and decode says truncated, never anything else.
     * A reader's looks at a frame as it grows share one {@link FrameScan}, which must change no answer.
     */
    private void prefixes(byte[] bytes) {
        FrameScan scan = new FrameScan();
        ByteBuffer growing = ByteBuffer.wrap(bytes);
        for (int n : prefixLengths(bytes.length)) {
            byte[] prefix = Arrays.copyOf(bytes, n);
            int length = frameLength(ByteBuffer.wrap(prefix), 0, n, prefix);
            resumed(growing, n, scan, length, prefix);
            boolean needMore = length == WireCodec.NEED_MORE || (length < 0 && -(long) length > n
                    && -(long) length <= bytes.length);
            if (!rest && length != bytes.length && !needMore) {
                throw new Violation("frameLength of a proper prefix is neither the length nor a need-more hint",
                        "frameLength " + length + " for " + n + " of " + bytes.length + " bytes", prefix, null);
            }
            if (rest && length != bytes.length && length != n && !needMore) {
                throw new Violation("frameLength of a proper prefix of a rest-of-input frame is wrong",
                        "frameLength " + length + " for " + n + " of " + bytes.length + " bytes", prefix, null);
            }
            ByteBuffer in = ByteBuffer.wrap(prefix);
            try {
                codec.decode(in);
                if (!rest) {
                    throw new Violation("decode of a proper prefix succeeds", n + " of " + bytes.length + " bytes",
                            prefix, null);
                }
            } catch (TruncatedFrameException e) {
                if (in.position() != 0) {
                    throw new Violation("a failed decode moves the position", "position " + in.position(), prefix, e);
                }
            } catch (WireException e) {
                if (!rest) {
                    throw new Violation("decode of a proper prefix throws " + e.getClass().getSimpleName()
                            + ", not TruncatedFrameException", e.getMessage(), prefix, e);
                }
            } catch (Violation v) {
                throw v;
            } catch (RuntimeException e) {
                throw new Violation("decode of a proper prefix throws " + e.getClass().getName(), String.valueOf(e),
                        prefix, e);
            }
        }
        resumed(growing, bytes.length, scan, frameLength(ByteBuffer.wrap(bytes), 0, bytes.length, bytes), bytes);
    }

    /**
     * Bytes that are not an encoding: only library exceptions; frameLength and decode agree, on the length
     * and, where frameLength finds the bytes wrong, on the error (class, offset, path); what decodes
     * encodes again (to the same bytes where the schema is canonical).
     */
    private void mutant(byte[] m) {
        int length;
        WireException measured = null;
        try {
            length = codec.frameLength(ByteBuffer.wrap(m), 0, m.length);
        } catch (WireException e) {
            placed("frameLength", e, m);
            length = Integer.MIN_VALUE;
            measured = e;
        } catch (RuntimeException e) {
            throw new Violation("frameLength throws " + e.getClass().getName(), String.valueOf(e), m, e);
        }
        ByteBuffer in = ByteBuffer.wrap(m);
        Object decoded;
        try {
            decoded = codec.decode(in);
        } catch (TruncatedFrameException e) {
            placed("decode", e, m);
            sameError(measured, e, m);
            if (!rest && length >= 0 && length <= m.length) {
                // frameLength says the frame is there: decode of just those bytes must not call it truncated
                try {
                    codec.decode(ByteBuffer.wrap(m, 0, length).slice());
                } catch (TruncatedFrameException t) {
                    throw new Violation("frameLength says a frame is complete, decode says it is truncated",
                            "frameLength " + length + " of " + m.length + " bytes; decode: " + t.getMessage(), m, t);
                } catch (WireException ignored) {
                    // malformed: both may say so
                }
            }
            return;
        } catch (WireException e) {
            placed("decode", e, m);
            sameError(measured, e, m);
            if (e.getCause() instanceof IllegalArgumentException) {
                REFUSALS.incrementAndGet(); // a record's own constructor refused what was read
            }
            if (e.expected() != null && RANGE.matcher(e.expected()).matches()) {
                OUT_OF_RANGE.incrementAndGet(); // a mutant's value outside its component's @Range
            }
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new Violation("decode throws " + e.getClass().getName(), String.valueOf(e), m, e);
        }
        int consumed = in.position();
        if (!rest && length != consumed) {
            throw new Violation("decode reads a frame whose length frameLength does not give",
                    "decode consumed " + consumed + " bytes, frameLength says " + (length == Integer.MIN_VALUE
                            ? "it is malformed" : length), m, null);
        }
        byte[] frame = Arrays.copyOf(m, consumed);
        byte[] again;
        try {
            again = codec.encode(decoded);
        } catch (WireEncodeException e) {
            if (!schema.reencodable()) {
                return;
            }
            throw new Violation("a decoded value does not encode again", e.getMessage() + "; decoded "
                    + Equality.show(decoded), frame, e);
        } catch (RuntimeException e) {
            throw new Violation("encode of a decoded value throws " + e.getClass().getName(), String.valueOf(e), frame,
                    e);
        }
        if (schema.canonical() && !Arrays.equals(frame, again)) {
            throw new Violation("decode then encode changes the bytes of a canonical schema",
                    "encoded again: " + Values.hex(again) + "; decoded " + Equality.show(decoded), frame, null);
        }
    }

    /** Where frameLength found the bytes wrong ({@code measured}, or null), decode names the same error. */
    private static void sameError(WireException measured, WireException decoded, byte[] m) {
        if (measured != null && !io.wireform.conformance.stream.Observation.describe(measured)
                .equals(io.wireform.conformance.stream.Observation.describe(decoded))) {
            throw new Violation("frameLength and decode name different errors", "frameLength: " + measured.getMessage()
                    + "; decode: " + decoded.getMessage(), m, decoded);
        }
    }

    /** {@code bytes} changed at random: longer, bits flipped, bytes replaced (what the mutant laws feed the codec). */
    public static byte[] mutate(byte[] bytes, Random random) {
        byte[] m = bytes.clone();
        int kind = random.nextInt(m.length == 0 ? 1 : 6);
        switch (kind) {
            case 0 -> {
                byte[] longer = Arrays.copyOf(m, m.length + 1 + random.nextInt(3));
                for (int i = m.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                return longer;
            }
            case 1 -> m[random.nextInt(m.length)] ^= (byte) (1 << random.nextInt(8));
            case 2 -> m[random.nextInt(m.length)] = (byte) random.nextInt(256);
            case 3 -> {
                int at = random.nextInt(m.length);
                m[at] = (byte) (random.nextBoolean() ? 0xFF : 0x80);
            }
            case 4 -> {
                for (int i = 0; i < 3; i++) {
                    m[random.nextInt(m.length)] = (byte) random.nextInt(256);
                }
            }
            default -> {
                int at = random.nextInt(m.length);
                byte[] shorter = new byte[m.length - 1];
                System.arraycopy(m, 0, shorter, 0, at);
                System.arraycopy(m, at + 1, shorter, at, m.length - at - 1);
                return shorter;
            }
        }
        return m;
    }

    /**
     * Whether the documentation leaves open whether encode accepts the value: a delimiter that the
     * value's end overlaps, or an untagged variant whose bytes carry a sibling's end marker where that
     * sibling's frame would end.
     */
    boolean edge(TypeDecl decl, Object value) {
        if (value == null) {
            return false;
        }
        RecordDecl r = decl instanceof ProtocolDecl p ? Values.variantOf(p, value) : (RecordDecl) decl;
        if (decl instanceof ProtocolDecl p && p.untagged && ambiguous(p, r, value)) {
            return true;
        }
        List<Object> components = Values.components(value);
        for (int i = 0; i < r.fields.size(); i++) {
            if (edge(r.fields.get(i).kind, components.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean edge(Kind kind, Object value) {
        if (kind instanceof Kind.Bytes b) {
            return b.edge(value);
        }
        if (kind instanceof Kind.Opt o) {
            return ((Optional<?>) value).map(v -> edge(o.inner, v)).orElse(false);
        }
        if (kind instanceof Kind.ListOf l) {
            return ((List<?>) value).stream().anyMatch(v -> edge(l.element, v));
        }
        if (kind instanceof Kind.Nested n) {
            return edge(n.decl, value);
        }
        if (kind instanceof Kind.Selected sel) {
            return edge(sel.decl, value);
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private boolean ambiguous(ProtocolDecl p, RecordDecl variant, Object value) {
        byte[] bytes;
        try {
            Class<?> codecClass = Class.forName(schema.pkg + "." + variant.binaryName().replace('$', '_') + "Codec",
                    true, loader);
            bytes = ((WireCodec<Object>) codecClass.getField("INSTANCE").get(null)).encode(value);
        } catch (ReflectiveOperationException | WireException e) {
            return true; // the variant itself refuses it: an edge of its own
        }
        for (RecordDecl other : p.variants) {
            if (other == variant || !other.magic.equals(variant.magic) || other.end == null) {
                continue;
            }
            byte[] end = Decls.hexBytes(other.end);
            int at = other.fixedLength - end.length;
            if (other.fixedLength <= bytes.length && at >= 0
                    && Arrays.equals(Arrays.copyOfRange(bytes, at, other.fixedLength), end)) {
                return true;
            }
        }
        return false;
    }

    private <T> T call(String what, byte[] bytes, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new Violation(what + " throws " + e.getClass().getSimpleName(), String.valueOf(e), bytes, e);
        }
    }

    private int frameLength(ByteBuffer in, int start, int limit, byte[] bytes) {
        return call("frameLength", bytes, () -> codec.frameLength(in, start, limit));
    }

    /** {@code frameLength} of the first {@code n} bytes, resuming {@code scan}, gives what a first look gives. */
    private void resumed(ByteBuffer growing, int n, FrameScan scan, int expected, byte[] prefix) {
        int length = call("frameLength with a FrameScan", prefix, () -> codec.frameLength(growing, 0, n, scan));
        if (length != expected) {
            throw new Violation("frameLength resuming the searches of the looks before differs from a first look",
                    "frameLength " + length + " with the scan, " + expected + " without, for " + n + " bytes", prefix, null);
        }
    }

    /**
     * An error's offset counts from the start of the frame (here the first byte of {@code m}): the byte its
     * hex window brackets is the byte at that offset, and the bytes around it are the frame's.
     */
    private static void placed(String call, WireException e, byte[] m) {
        String problem = FrameOffsets.problem(e, m, 0);
        if (problem != null) {
            throw new Violation(call + " reports an error at an offset that is not where its bytes are", problem, m, e);
        }
    }

    private static void same(String law, Object expected, Object actual, byte[] bytes) {
        String difference = Equality.difference(expected, actual);
        if (difference != null) {
            throw new Violation(law, difference, bytes, null);
        }
    }

    private static ByteBuffer embedded(byte[] bytes) {
        byte[] all = new byte[BEFORE + bytes.length + GARBAGE.length];
        System.arraycopy(GARBAGE, 0, all, 0, BEFORE);
        System.arraycopy(bytes, 0, all, BEFORE, bytes.length);
        System.arraycopy(GARBAGE, 0, all, BEFORE + bytes.length, GARBAGE.length);
        ByteBuffer in = ByteBuffer.wrap(all);
        in.position(BEFORE);
        return in;
    }

    static int[] prefixLengths(int length) {
        if (length <= 64) {
            return java.util.stream.IntStream.range(0, length).toArray();
        }
        return java.util.stream.IntStream.concat(java.util.stream.IntStream.range(0, 24),
                java.util.stream.IntStream.iterate(24, i -> i < length, i -> i + Math.max(1, length / 40)))
                .distinct().sorted().toArray();
    }

    /** Fields of a record that take part in a law: exposed for reports. */
    static String describe(Field f) {
        return f.declaration();
    }
}

package io.wireform.conformance.stream;

import io.wireform.conformance.schema.FrameOffsets;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stream reader's errors are where their bytes are in the stream, and are the codec's errors for those
 * bytes. A {@link WireException}'s offset counts from the first byte of the frame it was found in (README,
 * "Errors"): under a framing of the reader's own (a length field, a netstring, blocks), the framing's first
 * byte, not the message's, for decode's errors in the message as for the reader's own (a frame cut short,
 * a length over the limit). A reader's frame starts where the bytes it has neither handed out nor dropped
 * start: for an error it throws, the bytes it keeps (a failed decode consumes nothing), and for one it
 * gives its drop listener, the stream offset the listener is told. So the byte an error's hex window
 * brackets is the stream's byte at the frame's start plus the offset, and the window's other bytes are
 * those around it ({@link FrameOffsets}); the sample subjects with such framings (Samples) have codecs
 * that find errors in their messages.
 *
 * <p>And the error (class, offset, field path) is the codec's for the stream's bytes from the frame's start,
 * asked as a reader asks it: {@code frameLength}'s while it measures the frame; {@code decode}'s (of the
 * header alone where payloads are streamed) on the frame it measured; and for a frame the stream ends
 * inside, {@code decode}'s for the bytes there are (README: "bytes that are already wrong are reported as
 * wrong, not cut short"), the frame's own truncation where decode says truncated. Three errors are the
 * reader's own: a frame over its {@code maxFrameLength}, bytes left over after a decode, and garbage
 * dropped before a magic without asking the codec (under {@code <name>.<magic>}, at the first byte).
 *
 * <p>And where {@code frameLength} finds the bytes from the frame's start wrong, {@code decode} of the same
 * bytes names the same error (README: one error for one input, whichever way it is read): the {@link
 * Tally} counts the frames where they differ, and each is a broken law.
 */
public final class ReaderOffsets {
    private ReaderOffsets() {}

    /**
     * An error a reader reported: {@code thrown}, or told to its drop listener. {@code frameStart} is the
     * stream offset of the first byte of the frame it was found in, or -1 where the harness cannot see it
     * (the bytes a pull or Netty reader took from its source but did not feed yet).
     */
    public record Reported(WireException error, long frameStart, boolean thrown) {}

    /** A broken law: {@code kind} groups failures, {@code detail} tells this one. */
    public record Problem(String kind, String detail) {}

    /** How many reported errors the law checked, of each kind: a run that checks none proves nothing. */
    public static final class Tally {
        /** Thrown errors placed against the stream's bytes. */
        public long thrown;
        /** Errors told to a drop listener, placed: frames the codec refused, and garbage before a magic. */
        public long dropped;
        public long garbage;
        /** Errors compared with the codec's for the same bytes (class, offset, path). */
        public long compared;
        /** Streams read under {@code SKIP_FRAME} whose readers dropped a frame over their limit, its length known. */
        public long skippedOverLimit;
        /** Errors with no bytes to show (a stream that ended inside a streamed payload) or no known frame. */
        public long unplaced;
        /** Of the compared errors, those frameLength found where decode of the same bytes finds another, by kind: each a broken law. */
        public final Map<String, Long> divergent = new TreeMap<>();

        @Override
        public String toString() {
            long diverging = divergent.values().stream().mapToLong(Long::longValue).sum();
            return thrown + " thrown and " + dropped + " dropped-frame errors and " + garbage
                    + " garbage causes placed in the stream, " + compared + " compared with the codec's ("
                    + diverging + " where decode finds another error than frameLength: " + divergent + "), "
                    + unplaced + " not placed, " + skippedOverLimit + " streams with a frame over the limit skipped";
        }
    }

    /**
     * Null when {@code r}'s error is where its bytes are in {@code stream} and, with a {@code codec} (the
     * schema's framing), it is the codec's error for the bytes from its frame's start; else what differs.
     * {@code streamed}: the reader streams payloads, so it measures and decodes headers. {@code
     * maxFrameLength} is the reader's limit when the harness set one, else 0; {@code frameStart} replaces an
     * unknown frame start ({@code r}'s -1), or is -1 too.
     */
    public static Problem problem(Reported r, long frameStart, byte[] stream, WireCodec<?> codec, boolean streamed,
                                  int maxFrameLength, Tally tally) {
        WireException e = r.error();
        long start = r.frameStart() >= 0 ? r.frameStart() : frameStart;
        if (start < 0 || e.hexWindow().isEmpty()) {
            tally.unplaced++;
            return null;
        }
        if (start > stream.length) {
            return new Problem("its frame would start past the stream's end", "stream offset " + start + ", past the "
                    + stream.length + " bytes: " + e.getMessage());
        }
        String where = FrameOffsets.problem(e, stream, (int) start, true);
        if (where != null) {
            return new Problem("its hex window is not at its offset in the stream",
                    "its frame starts at stream offset " + start + ": " + where);
        }
        String name = codec == null ? null : codec.getClass().getSimpleName().replaceFirst("Codec$", "");
        boolean garbage = !r.thrown() && e.expected() != null && e.expected().startsWith("a frame starting with ");
        if (r.thrown()) {
            tally.thrown++;
        } else if (garbage) {
            tally.garbage++;
        } else {
            tally.dropped++;
        }
        if (codec == null) {
            return null;
        }
        if (garbage) {
            return e.offset() == 0 && e.fieldPath().equals(name + ".<magic>") ? null
                    : new Problem("garbage dropped before a magic is not reported at its first byte, as <magic>",
                            e.getMessage());
        }
        if (e instanceof FrameTooLargeException && e.fieldPath().equals(name)) {
            return null; // the reader's limit, which the codec does not have
        }
        tally.compared++;
        String want;
        try {
            want = codecError(codec, streamed, stream, (int) start, maxFrameLength, name, tally);
        } catch (Divergence d) {
            return new Problem("frameLength and decode name different errors for the bytes from its frame's start ("
                    + d.kind + ")", "at stream offset " + start + ": " + d.getMessage() + "; the reader: " + e.getMessage());
        } catch (RuntimeException x) {
            return new Problem("the codec throws " + x.getClass().getSimpleName() + " for the bytes from its frame's start",
                    "stream offset " + start + ": " + x);
        }
        String seen = describe(e);
        if (want == null) {
            return new Problem("the codec reads a frame where the reader reports an error", "the frame at stream offset "
                    + start + " reads; the reader: " + e.getMessage());
        }
        if (!want.equals(seen)) {
            return new Problem("the codec's error for the bytes from its frame's start is another (" + kind(want) + " in the"
                    + " codec, " + kind(seen) + " in the reader)", "at stream offset " + start + ", the codec: " + want
                    + "; the reader: " + e.getMessage());
        }
        return null;
    }

    /**
     * The error the codec gives for the stream's bytes from {@code start}, asked as a reader asks it, as
     * {@link #describe}s it; null when it reads a frame there.
     */
    private static String codecError(WireCodec<?> codec, boolean streamed, byte[] stream, int start, int maxFrameLength,
                                     String name, Tally tally) {
        int seen = maxFrameLength > 0 ? (int) Math.min(stream.length, (long) start + maxFrameLength) : stream.length;
        ByteBuffer in = ByteBuffer.wrap(stream);
        int length;
        try {
            length = streamed ? ((StreamedCodec<?>) codec).headerLength(in, start, seen) : codec.frameLength(in, start, seen);
        } catch (WireException measured) {
            WireException decoded = decode(codec, streamed, stream, start, seen);
            if (decoded == null || !describe(decoded).equals(describe(measured))) {
                String kind = kind(describe(measured)) + " / " + (decoded == null ? "none" : kind(describe(decoded)));
                tally.divergent.merge(kind, 1L, Long::sum);
                throw new Divergence(kind, "frameLength: " + measured.getMessage() + "; decode: "
                        + (decoded == null ? "reads a frame" : decoded.getMessage()));
            }
            return describe(measured);
        }
        if (length >= 0 && length <= seen - start) {
            in.limit(start + length).position(start);
            try {
                decodeOnce(codec, streamed, in, start + length);
            } catch (WireException decoded) {
                return describe(decoded);
            }
            return in.position() == start + length ? null
                    : "WireDecodeException at offset " + (in.position() - start) + " (" + name + ")";
        }
        if (seen < stream.length) {
            return "FrameTooLargeException at offset 0 (" + name + ")"; // the reader's limit, before the frame's end
        }
        // the stream ends inside the frame
        WireException decoded = decode(codec, streamed, stream, start, stream.length);
        return decoded != null ? describe(decoded) : "TruncatedFrameException at offset " + (stream.length - start) + " (" + name + ")";
    }

    /** {@code frameLength} and {@code decode} name different errors for the same bytes: {@code kind} groups them. */
    private static final class Divergence extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String kind;

        Divergence(String kind, String detail) {
            super(detail, null, false, false);
            this.kind = kind;
        }
    }

    /** Decode's error for {@code stream[start, end)}, or null. */
    private static WireException decode(WireCodec<?> codec, boolean streamed, byte[] stream, int start, int end) {
        ByteBuffer in = ByteBuffer.wrap(stream);
        in.limit(end).position(start);
        try {
            decodeOnce(codec, streamed, in, end);
            return null;
        } catch (WireException e) {
            return e;
        }
    }

    private static void decodeOnce(WireCodec<?> codec, boolean streamed, ByteBuffer in, int limit) {
        if (streamed) {
            ((StreamedCodec<?>) codec).decodeHeader(in, limit, length -> Payload.of(new byte[0]));
        } else {
            codec.decode(in, limit);
        }
    }

    /** An error as the readers are compared: class, offset and path. */
    static String describe(WireException e) {
        return Observation.describe(e);
    }

    /** The error's class and where its path ends ({@code <tag>}, a field), for grouping. */
    private static String kind(String described) {
        int open = described.lastIndexOf('(');
        String path = described.substring(open + 1, described.length() - 1);
        String last = path.substring(path.lastIndexOf('.') + 1);
        return described.substring(0, described.indexOf(' ')) + (last.startsWith("<") ? " " + last : "");
    }
}

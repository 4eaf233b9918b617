package io.wireform.conformance.fuzz;

import io.wireform.annotations.Resync;
import io.wireform.conformance.stream.ReaderOffsets;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * What a fuzz input may do to a codec or a reader: raise a {@link WireException}, or succeed in a
 * way that agrees with itself. Anything else propagates and is a finding.
 */
final class FuzzChecks {
    /** The most one input may take, in milliseconds (issue 11). */
    static final long LIMIT_MILLIS = 100;

    private FuzzChecks() {}

    /** A codec and what the fuzzer may expect of it. */
    record Target<T>(String name, WireCodec<T> codec, boolean restOfInput, boolean canonical) {}

    /**
     * frameLength and decode agree, on the length and, where frameLength finds the bytes wrong, on the
     * error (class, offset, path); a decoded value encodes again (to the same bytes where the schema is
     * canonical); decode(byte[]) says the same as decode(ByteBuffer).
     */
    static <T> void codec(Target<T> target, byte[] input) {
        WireCodec<T> codec = target.codec();
        int length;
        WireException measured = null;
        try {
            length = codec.frameLength(ByteBuffer.wrap(input), 0, input.length);
        } catch (WireException e) {
            placed(target, "frameLength", e, input);
            length = Integer.MIN_VALUE;
            measured = e;
        }
        ByteBuffer in = ByteBuffer.wrap(input);
        T value;
        try {
            value = codec.decode(in);
        } catch (TruncatedFrameException e) {
            placed(target, "decode", e, input);
            sameError(target, measured, e, input);
            if (!target.restOfInput() && length >= 0 && length <= input.length) {
                try {
                    codec.decode(ByteBuffer.wrap(Arrays.copyOf(input, length)));
                } catch (TruncatedFrameException t) {
                    throw new AssertionError(target.name() + ": frameLength says " + length + " of " + input.length
                            + " bytes make a frame, decode says truncated: " + t.getMessage() + "\ninput " + hex(input), t);
                } catch (WireException malformed) {
                    // both may call it malformed
                }
            }
            return;
        } catch (WireException e) {
            placed(target, "decode", e, input);
            sameError(target, measured, e, input);
            return;
        }
        int consumed = in.position();
        if (!target.restOfInput() && length != consumed) {
            throw new AssertionError(target.name() + ": decode read a " + consumed + "-byte frame, frameLength says "
                    + (length == Integer.MIN_VALUE ? "malformed" : length) + "\ninput " + hex(input));
        }
        byte[] frame = Arrays.copyOf(input, consumed);
        byte[] again;
        try {
            again = codec.encode(value);
        } catch (WireEncodeException e) {
            throw new AssertionError(target.name() + ": decoded " + value + " does not encode again: " + e.getMessage()
                    + "\nframe " + hex(frame), e);
        }
        if (target.canonical() && !Arrays.equals(frame, again)) {
            throw new AssertionError(target.name() + ": decode then encode changes the bytes\nframe " + hex(frame)
                    + "\nagain " + hex(again));
        }
    }

    /** Where frameLength found the bytes wrong ({@code measured}, or null), decode names the same error. */
    private static void sameError(Target<?> target, WireException measured, WireException decoded, byte[] input) {
        String want = io.wireform.conformance.stream.Observation.describe(measured);
        if (measured != null && !want.equals(io.wireform.conformance.stream.Observation.describe(decoded))) {
            throw new AssertionError(target.name() + ": frameLength and decode name different errors: frameLength "
                    + measured.getMessage() + "; decode " + decoded.getMessage() + "\ninput " + hex(input), decoded);
        }
    }

    /** An error's offset is where its bytes are, counted from the frame's first byte (FrameOffsets). */
    private static void placed(Target<?> target, String call, WireException e, byte[] input) {
        String problem = io.wireform.conformance.schema.FrameOffsets.problem(e, input, 0);
        if (problem != null) {
            throw new AssertionError(target.name() + ": " + call + " reports an error where its bytes are not: "
                    + problem + "\ninput " + hex(input), e);
        }
    }

    /**
     * Feeds the stream in chunks the input chooses: {@code input[0]} picks the policy, {@code input[1]}
     * seeds the chunk sizes, the rest is the stream. Only WireExceptions may come out, and never more
     * messages than the stream has bytes (a reader that hands out empty messages forever). Every error
     * thrown or told to the drop listener is where its bytes are in the stream and is the codec's for them
     * ({@link ReaderOffsets}; {@code codec} null for a reader with a framing of its own), counted in {@code tally}.
     */
    static <T> void reader(WireCodec<T> codec, Supplier<FrameReader.Builder<T>> readers, byte[] input,
                           ReaderOffsets.Tally tally) {
        if (input.length < 2) {
            return;
        }
        Resync policy = Resync.values()[(input[0] & 0xFF) % Resync.values().length];
        int seed = input[1] & 0xFF;
        byte[] stream = Arrays.copyOfRange(input, 2, input.length);
        List<ReaderOffsets.Reported> reported = new ArrayList<>();
        FrameReader<T> reader = readers.get().resync(policy)
                .onDropped((bytes, at, cause) -> reported.add(new ReaderOffsets.Reported(cause, at, false))).build();
        int[] messages = {0};
        int limit = stream.length + 1;
        int at = 0;
        ByteBuffer chunk = null;
        try {
            int state = seed | 1;
            while (at < stream.length) {
                state = state * 1103515245 + 12345;
                int n = Math.min(stream.length - at, 1 + ((state >>> 16) & 0x3F) % (1 + seed % 64));
                chunk = ByteBuffer.wrap(stream, at, n).slice();
                reader.feed(chunk, m -> {
                    if (++messages[0] > limit) {
                        throw new AssertionError("more messages than bytes: the reader hands out messages forever");
                    }
                });
                chunk = null;
                at += n;
            }
            reader.endOfStream(m -> messages[0]++);
        } catch (WireException e) {
            // the library's answer to bad bytes; a failed decode consumes nothing, so its frame starts at the bytes kept
            long taken = at + (chunk == null ? 0 : chunk.position());
            reported.add(new ReaderOffsets.Reported(e, taken - reader.buffered(), true));
        }
        for (ReaderOffsets.Reported r : reported) {
            ReaderOffsets.Problem problem = ReaderOffsets.problem(r, -1, stream, codec, false, 0, tally);
            if (problem != null) {
                throw new AssertionError("[" + policy + "] " + (r.thrown() ? "a thrown error" : "a dropped frame's cause")
                        + ": " + problem.kind() + "\n" + problem.detail() + "\nstream " + hex(stream), r.error());
            }
        }
    }

    /** Runs the check; an input that takes over the limit twice in a row is a finding. */
    static void timed(String what, byte[] input, Runnable check) {
        long started = System.nanoTime();
        check.run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > LIMIT_MILLIS) {
            started = System.nanoTime();
            check.run(); // once more, warm: the first run may have loaded classes or met a collection
            millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > LIMIT_MILLIS) {
                throw new AssertionError(what + " took " + millis + " ms (limit " + LIMIT_MILLIS + ") for "
                        + input.length + " bytes: " + hex(Arrays.copyOf(input, Math.min(64, input.length))));
            }
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}

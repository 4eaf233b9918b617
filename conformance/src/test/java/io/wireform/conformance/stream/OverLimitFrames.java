package io.wireform.conformance.stream;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Streams of valid frames some of which are over a reader's {@code maxFrameLength} with their length known
 * (REFERENCE, {@code resync(Resync)}: "{@code SKIP_FRAME}: drop a bad frame whose length is known"), for a
 * subject read with the schema's own framing: what {@code SKIP_FRAME} must make of them, however they arrive.
 */
public final class OverLimitFrames {
    private OverLimitFrames() {}

    /**
     * A stream, the limit to read it with, the messages of the frames within it, and the frames over it as
     * {@code [stream offset, bytes]} of each run of them (contiguous drops are one region).
     */
    public record Stream(byte[] bytes, int limit, List<String> messages, List<long[]> regions) {
        public long droppedBytes() {
            return regions.stream().mapToLong(r -> r[1]).sum();
        }
    }

    /** Whether {@code subject}'s frames can be told over the limit by their length: the schema's own framing. */
    public static boolean applicable(Subject<?> subject) {
        return subject.codec() != null && subject.payloadOf() == null;
    }

    /**
     * Random valid frames of {@code subject} and a limit between their lengths; each frame over it whose
     * length the codec tells from its first {@code limit} bytes (as a reader asks it) is kept, any other over
     * it left out. Null when the frames made give no such limit (all of one length, or none told).
     */
    public static <T> Stream stream(Subject<T> subject, Random r) {
        WireCodec<T> codec = subject.codec();
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 3 + r.nextInt(8); i++) {
            frames.add(subject.frames().apply(r));
        }
        int shortest = frames.stream().mapToInt(f -> f.length).min().orElseThrow();
        int longest = frames.stream().mapToInt(f -> f.length).max().orElseThrow();
        if (shortest == longest) {
            return null;
        }
        int limit = shortest + r.nextInt(longest - shortest);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> messages = new ArrayList<>();
        List<long[]> regions = new ArrayList<>();
        boolean over = false;
        for (byte[] frame : frames) {
            if (frame.length <= limit) {
                messages.add(subject.describe().apply(codec.decode(frame)));
                out.writeBytes(frame);
                continue;
            }
            if (!lengthTold(codec, frame, limit)) {
                continue;
            }
            over = true;
            long[] last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
            if (last != null && last[0] + last[1] == out.size()) {
                last[1] += frame.length;
            } else {
                regions.add(new long[] {out.size(), frame.length});
            }
            out.writeBytes(frame);
        }
        return over ? new Stream(out.toByteArray(), limit, messages, regions) : null;
    }

    /** Whether {@code codec} says the frame's whole length from its first {@code limit} bytes. */
    private static boolean lengthTold(WireCodec<?> codec, byte[] frame, int limit) {
        try {
            return codec.frameLength(ByteBuffer.wrap(frame), 0, limit) == frame.length;
        } catch (WireException e) {
            return false;
        }
    }
}

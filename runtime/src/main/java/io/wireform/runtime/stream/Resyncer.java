package io.wireform.runtime.stream;

import io.wireform.annotations.Resync;
import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;

/**
 * What a {@link FrameReader} does with bytes that are not a frame, under its {@link Resync} policy. Bytes
 * where no frame can start (no magic starts there, or after the header of a framing of the reader's own) are
 * garbage, dropped up to the next place one can without asking the codec, where the policy would drop them
 * anyway; a frame the codec refuses is thrown, or dropped: the length it was measured at, or up to the next
 * place a frame can start ({@link FrameStarts}). Under {@code SKIP_FRAME} a frame over the limit whose length
 * is known is a bad frame too, dropped as its bytes arrive ({@link #skipsOverLimit()}).
 */
final class Resyncer {
    private final Resync resync;
    private final Magics magics;
    private final FrameStarts starts;
    /** Resync by magic: garbage at the head is dropped up to the next frame's start without asking the codec. */
    private final boolean scansToMagic;
    /**
     * {@code SKIP_FRAME} under a framing of the reader's own, which drops a frame the framing measured whole: a
     * frame it could not measure was dropped up to the next place a frame can start, and the reader looks for
     * that place until it finds it, however the bytes after arrive.
     */
    private boolean scanning;

    Resyncer(Resync resync, Magics magics, Framing framing) {
        this.resync = resync;
        this.magics = magics;
        this.starts = new FrameStarts(magics, framing);
        // bytes where no frame can start are dropped without asking the codec where the policy would drop them:
        // SCAN_TO_MAGIC in any framing; SKIP_FRAME where a frame is the codec's to measure, as the magic's
        // place is; under a framing of the reader's own, SKIP_FRAME drops what that framing measured whole
        this.scansToMagic = !magics.isEmpty() && (resync == Resync.SCAN_TO_MAGIC
                || resync == Resync.SKIP_FRAME && framing instanceof Framing.Schema);
    }

    /**
     * Whether a frame may start at index {@code at} of {@code bytes} (whose limit is at least {@code end}):
     * {@link FrameStarts#MAY} where one may, or where the policy does not look; {@link FrameStarts#NO} for
     * garbage to drop unasked; or how many bytes from {@code at} must be there to say (more than {@code end -
     * at}), which a reader waits for until the stream ends ({@code ended}), when it lets the framing and codec
     * say what the bytes are.
     */
    int look(ByteBuffer bytes, int at, int end, boolean ended) {
        if (!scansToMagic && !scanning) {
            return FrameStarts.MAY;
        }
        int seen = starts.look(bytes, at, end);
        if (seen > 0 && ended) {
            seen = FrameStarts.MAY;
        }
        if (seen == FrameStarts.MAY) {
            scanning = false;
        }
        return seen;
    }

    /** The first index after {@code at} where a frame may start, or could in bytes past {@code end}; else {@code end}. */
    int nextStart(ByteBuffer bytes, int at, int end) {
        return starts.next(bytes, at, end);
    }

    /**
     * Whether a frame over the reader's limit whose whole length is known is dropped, that many bytes, as
     * they arrive and without buffering them: {@code SKIP_FRAME}'s "a bad frame whose length is known".
     */
    boolean skipsOverLimit() {
        return resync == Resync.SKIP_FRAME;
    }

    /**
     * How many bytes a bad frame at index {@code head} of {@code bytes} drops, the bytes held ending at {@code
     * tail}; {@code frameLength} is how long it was measured, or -1.
     *
     * @throws WireException {@code cause}, where the policy does not drop the frame
     */
    int drop(WireException cause, int frameLength, ByteBuffer bytes, int head, int tail) {
        if (resync == Resync.FAIL) {
            throw cause;
        }
        if (resync == Resync.SKIP_UNKNOWN) {
            if (!(cause instanceof UnknownTagException) || frameLength <= 0) {
                throw cause;
            }
            return frameLength; // a frame the protocol's length measured, of a tag no record has
        }
        if (resync == Resync.SKIP_FRAME && frameLength > 0) {
            return frameLength;
        } else if (!magics.isEmpty()) {
            scanning = true;
            return nextStart(bytes, head, tail) - head;
        } else if (frameLength > 0) {
            return frameLength;
        }
        throw cause;
    }
}

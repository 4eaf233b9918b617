package io.wireform.runtime.stream;

import io.wireform.annotations.Resync;
import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;

/**
 * What a {@link FrameReader} does with bytes that are not a frame, under its {@link Resync} policy. Bytes
 * where no magic starts are garbage, dropped up to the next magic without asking the codec, where the
 * policy would drop them anyway; a frame the codec refuses is thrown, or dropped: the length it was
 * measured at, or up to the next magic. Under {@code SKIP_FRAME} a frame over the limit whose length is
 * known is a bad frame too, dropped as its bytes arrive ({@link #skipsOverLimit()}).
 */
final class Resyncer {
    private final Resync resync;
    private final Magics magics;
    /** Resync by magic: garbage at the head is dropped up to the next magic without asking the codec. */
    private final boolean scansToMagic;

    Resyncer(Resync resync, Magics magics, Framing framing) {
        this.resync = resync;
        this.magics = magics;
        // bytes that cannot start a frame are dropped without asking the codec where either policy would drop them
        this.scansToMagic = (resync == Resync.SCAN_TO_MAGIC || resync == Resync.SKIP_FRAME) && !magics.isEmpty()
                && framing instanceof Framing.Schema;
    }

    /**
     * Whether the bytes at index {@code at} of {@code bytes} (whose limit is at least {@code end}) are garbage
     * to drop unasked: no magic starts there, nor could in bytes past {@code end}.
     */
    boolean garbageAt(ByteBuffer bytes, int at, int end) {
        return scansToMagic && !magics.at(bytes, at, end);
    }

    /** The first index after {@code at} where a magic starts, or could start in bytes past {@code end}; else {@code end}. */
    int nextMagic(ByteBuffer bytes, int at, int end) {
        bytes.limit(end);
        return magics.next(bytes, at, end);
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
            return nextMagic(bytes, head, tail) - head;
        } else if (frameLength > 0) {
            return frameLength;
        }
        throw cause;
    }
}

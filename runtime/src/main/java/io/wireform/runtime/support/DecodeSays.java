package io.wireform.runtime.support;

import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;

/**
 * What {@code frameLength} (and {@code headerLength}) says where its walk finds the bytes wrong: what
 * {@code decode} says of the same bytes. The walk reads only what measures the frame, and passes over
 * text, codes and constants that {@code decode} checks first, so the two could name different errors
 * for one input; asked here, on the error path alone, {@code decode} names the one error, the first it
 * meets. Where {@code decode} finds the same bytes cut short (it checks that a length region, a run of
 * fixed-size fields or a list fits before it reads inside), the frame is not judged yet: the walk asks
 * for the bytes {@code decode} needs, so that no way of reading names an error before {@code decode}
 * would. Called by generated codecs from their {@code frameLength}, never from a nested codec's walk,
 * whose {@code decode} would not see the whole frame.
 */
public final class DecodeSays {
    private DecodeSays() {}

    /**
     * {@code frameLength}'s answer where its walk of the frame at {@code start} found {@code measured}:
     * {@code decode}'s error for the bytes up to {@code limit}, or a need-more hint where it finds them
     * cut short; {@code measured} itself where {@code decode} reads a frame from them.
     */
    public static int frameLength(WireException measured, WireCodec<?> codec, ByteBuffer in, int start, int limit) {
        ByteBuffer view = view(in, start, limit);
        try {
            codec.decode(view, limit);
        } catch (WireException decoded) {
            return judged(decoded, start, limit);
        }
        throw measured;
    }

    /** As {@link #frameLength}, for {@code headerLength}: what {@code decodeHeader} says of the header's bytes. */
    public static int headerLength(WireException measured, StreamedCodec<?> codec, ByteBuffer in, int start, int limit) {
        ByteBuffer view = view(in, start, limit);
        try {
            codec.decodeHeader(view, limit, length -> Payload.of(new byte[0]));
        } catch (WireException decoded) {
            return judged(decoded, start, limit);
        }
        throw measured;
    }

    /** The caller's buffer, its position and limit untouched: decode reads a copy of the view. */
    private static ByteBuffer view(ByteBuffer in, int start, int limit) {
        ByteBuffer view = in.duplicate();
        view.limit(limit).position(start);
        return view;
    }

    private static int judged(WireException decoded, int start, int limit) {
        if (decoded instanceof TruncatedFrameException cut) {
            // decode needs more before it reads as far as the walk did: so does the frame's length
            return Frames.needMore(start, start + Math.max(cut.needed(), limit - start + 1L));
        }
        throw decoded;
    }
}

package io.wireform.runtime.stream;

import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;

/**
 * What a {@link FrameReader} reports of the bytes it holds when the stream ends inside a frame: decode's
 * word on them, as when they arrive cut short at once, so that bytes already wrong are a bad frame and
 * bytes that are right so far are a frame cut short, at the field where they ran out.
 */
final class StreamEnd {
    private StreamEnd() {}

    /**
     * What decode says of the bytes {@code held} (of the header alone where {@code streamed}, the codec of
     * streamed payloads, is not null): its error, or null when it reads a message from them.
     */
    static WireException decodeHeld(WireCodec<?> codec, StreamedCodec<?> streamed, Backlog held) {
        ByteBuffer buffer = held.buffer;
        buffer.limit(held.tail).position(held.head);
        try {
            if (streamed != null) {
                streamed.decodeHeader(buffer, held.tail, length -> Payload.of(new byte[0]));
            } else {
                codec.decode(buffer, held.tail);
            }
            return null;
        } catch (WireException e) {
            return e;
        } finally {
            buffer.limit(held.tail).position(held.head);
        }
    }

    /**
     * A frame the stream ended inside: decode's error for the bytes held, where they ran out and under that
     * field's path, as for a frame that arrived cut short at once; or, where decode has none ({@code decoded}
     * null: a framing of the reader's own, or a decode that reads a message from fewer bytes than frameLength
     * asked for), the reader's, under the message's {@code name}: {@code needed} bytes long if that is more
     * than are held and the frame's length is known, else longer than what is held.
     */
    static TruncatedFrameException cutShort(WireException decoded, Backlog held, int needed, boolean lengthKnown,
                                            String name) {
        if (decoded instanceof TruncatedFrameException truncated) {
            return truncated;
        }
        int available = held.size();
        held.buffer.limit(held.tail);
        boolean known = needed > available && lengthKnown;
        return new TruncatedFrameException(held.buffer, held.head, name, known ? needed : available + 1L, available, known);
    }
}

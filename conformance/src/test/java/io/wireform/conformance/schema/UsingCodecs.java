package io.wireform.conformance.schema;

import io.wireform.runtime.FieldCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Field codecs written by hand, as a user would, for the {@code @Using} components of generated schemas. */
public final class UsingCodecs {
    private UsingCodecs() {}

    /**
     * A UTF-8 text after its length in one byte. It also checks what the generated code promises it:
     * the origin is at or before the value, and the limit at or after it.
     */
    public static final class Pascal implements FieldCodec<String> {
        public static final Pascal INSTANCE = new Pascal();

        private Pascal() {}

        @Override
        public String read(ByteBuffer in, int limit, int origin) {
            int at = in.position();
            if (origin < 0 || origin > at || limit < at || limit > in.limit()) {
                throw new IllegalStateException("origin " + origin + ", position " + at + ", limit " + limit);
            }
            if (at >= limit) {
                throw new TruncatedFrameException(in, at, "Pascal", 1, 0);
            }
            int length = in.get(at) & 0xFF;
            if (at + 1 + length > limit) {
                throw new TruncatedFrameException(in, at, "Pascal", 1 + length, limit - at);
            }
            byte[] bytes = new byte[length];
            in.get(at + 1, bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
                throw new WireDecodeException(in, at, at + 1, "Pascal", "UTF-8 text", "malformed UTF-8");
            }
            in.position(at + 1 + length);
            return text;
        }

        @Override
        public void write(String value, ByteBuffer out) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.put((byte) bytes.length).put(bytes);
        }

        @Override
        public int size(String value) {
            int length = value.getBytes(StandardCharsets.UTF_8).length;
            if (length > 255) {
                throw new WireEncodeException("Pascal", "at most 255 bytes", length + " bytes");
            }
            return 1 + length;
        }

        @Override
        public int length(ByteBuffer in, int at, int limit) {
            if (at >= limit) {
                return -1;
            }
            int length = 1 + (in.get(at) & 0xFF);
            return at + length > limit ? -length : length;
        }
    }
}

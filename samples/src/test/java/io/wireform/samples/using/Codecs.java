package io.wireform.samples.using;

import io.wireform.runtime.FieldCodec;
import java.nio.ByteBuffer;

/** Field codecs for {@link UsingTest}: one that says where it was asked to read, and ones that misbehave. */
final class Codecs {
    private Codecs() {}

    /** One byte on the wire; decodes to the field's offset from the origin it was given (the byte is ignored). */
    public static final class OriginProbe implements FieldCodec<Integer> {
        public static final OriginProbe INSTANCE = new OriginProbe();

        @Override public Integer read(ByteBuffer in, int limit, int origin) {
            int at = in.position();
            in.position(at + 1);
            return at - origin;
        }
        @Override public void write(Integer value, ByteBuffer out) { out.put((byte) (int) value); }
        @Override public int size(Integer value) { return 1; }
        @Override public int length(ByteBuffer in, int at, int limit) { return at < limit ? 1 : -1; }
    }

    /** A text after its length in one byte, made by a no-arg constructor rather than an INSTANCE. */
    public static final class Short8 implements FieldCodec<String> {
        @Override public String read(ByteBuffer in, int limit, int origin) {
            int at = in.position();
            int n = in.get(at) & 0xFF;
            byte[] text = new byte[n];
            in.get(at + 1, text).position(at + 1 + n);
            return new String(text, java.nio.charset.StandardCharsets.UTF_8);
        }
        @Override public void write(String value, ByteBuffer out) {
            byte[] text = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.put((byte) text.length).put(text);
        }
        @Override public int size(String value) { return 1 + value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length; }
        @Override public int length(ByteBuffer in, int at, int limit) {
            return at >= limit ? -1 : at + 1 + (in.get(at) & 0xFF) > limit ? -(1 + (in.get(at) & 0xFF)) : 1 + (in.get(at) & 0xFF);
        }
    }

    /** Throws what a careless codec throws: no WireException. */
    public static final class Careless implements FieldCodec<String> {
        @Override public String read(ByteBuffer in, int limit, int origin) { throw new IllegalStateException("boom"); }
        @Override public void write(String value, ByteBuffer out) { throw new IllegalStateException("bang"); }
        @Override public int size(String value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return 1;
        }
        @Override public int length(ByteBuffer in, int at, int limit) { throw new ArrayIndexOutOfBoundsException(7); }
    }

    /** Says one thing and does another: its size is not what it writes, its read runs past its limit. */
    public static final class Liar implements FieldCodec<String> {
        @Override public String read(ByteBuffer in, int limit, int origin) {
            in.position(limit + 1);
            return "";
        }
        @Override public void write(String value, ByteBuffer out) { out.put((byte) 1).put((byte) 2); }
        @Override public int size(String value) { return 1; }
        @Override public int length(ByteBuffer in, int at, int limit) { return 1; }
    }
}

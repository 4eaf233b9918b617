package io.wireform.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Bytes of a known length that need not sit in memory: the large value of a message, such as the
 * database file of seeds/000. A record component of this type must be the last thing in its frame,
 * length-prefixed or {@code @Remaining}.
 *
 * <p>To send, make one from a file, a stream of declared length, or bytes. A received payload is
 * read once, from the stream it arrived on: {@link #openStream()}, {@link #transferTo(Path)} or
 * {@link #transferTo(OutputStream)}; or {@link #skip()}ped. The reader hands out the next message
 * only after that.
 */
public abstract class Payload {
    private final long length;

    /** @param length the number of bytes, or -1 for a received payload that runs to the end of its stream */
    protected Payload(long length) {
        if (length < -1) {
            throw new IllegalArgumentException("a payload length is 0 or more, not " + length);
        }
        this.length = length;
    }

    /** A payload of these bytes (not copied). */
    public static Payload of(byte[] bytes) {
        return new Bytes(Objects.requireNonNull(bytes, "bytes"));
    }

    /** The contents of a file, read when the payload is sent. */
    public static Payload of(Path file) {
        try {
            return new FileSource(file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code length} bytes read from {@code in} when the payload is sent; it can be sent once. */
    public static Payload of(InputStream in, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("a payload to send needs its length, not " + length);
        }
        return new StreamSource(Objects.requireNonNull(in, "in"), length);
    }

    /** The number of bytes; -1 for a received payload that runs to the end of its stream. */
    public final long length() {
        return length;
    }

    /**
     * A stream of exactly {@link #length()} bytes: a source that ends before them (a file that shrank, a
     * stream shorter than the length given) is an {@link java.io.EOFException} when its end is reached,
     * and no byte past them is read. A received payload can be opened once; a payload made from a
     * stream, too.
     */
    public abstract InputStream openStream() throws IOException;

    /** Copies all the bytes to {@code out}, in constant memory; returns how many. */
    public long transferTo(OutputStream out) throws IOException {
        try (InputStream in = openStream()) {
            long copied = in.transferTo(out);
            if (length >= 0 && copied != length) {
                throw new IOException("payload ended after " + copied + " of " + length + " bytes");
            }
            return copied;
        }
    }

    /** Writes all the bytes to {@code file}, replacing it, in constant memory. */
    public void transferTo(Path file) throws IOException {
        try (InputStream in = openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** All the bytes in memory: for payloads known to be small. */
    public byte[] readAllBytes() throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("a payload of " + length + " bytes does not fit in an array; stream it instead");
        }
        try (InputStream in = openStream()) {
            return length < 0 ? in.readAllBytes() : in.readNBytes((int) length);
        }
    }

    /** Discards a received payload's bytes without keeping them. */
    public void skip() throws IOException {
        try (InputStream in = openStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** Puts all the bytes into {@code out} at {@code at}, for encoding into a buffer; used by generated code. */
    public void copyTo(ByteBuffer out, int at) {
        try (InputStream in = openStream()) {
            byte[] chunk = new byte[(int) Math.min(8192, Math.max(1, length))];
            int index = at;
            for (int n; (n = in.read(chunk)) > 0; index += n) {
                out.put(index, chunk, 0, n);
            }
            if (index - at != length) {
                throw new IOException("payload ended after " + (index - at) + " of " + length + " bytes");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Payload[" + length + " bytes]";
    }

    private static final class Bytes extends Payload {
        private final byte[] bytes;

        Bytes(byte[] bytes) {
            super(bytes.length);
            this.bytes = bytes;
        }

        @Override
        public InputStream openStream() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public byte[] readAllBytes() {
            return bytes.clone();
        }

        @Override
        public void copyTo(ByteBuffer out, int at) {
            out.put(at, bytes);
        }
    }

    private static final class FileSource extends Payload {
        private final Path file;

        FileSource(Path file, long length) {
            super(length);
            this.file = file;
        }

        /** The bytes the file had when it was measured: no more, and fewer are an {@code EOFException}. */
        @Override
        public InputStream openStream() throws IOException {
            return new BoundedInputStream(Files.newInputStream(file), length(), true);
        }
    }

    private static final class StreamSource extends Payload {
        private InputStream in;

        StreamSource(InputStream in, long length) {
            super(length);
            this.in = in;
        }

        @Override
        public synchronized InputStream openStream() throws IOException {
            if (in == null) {
                throw new IOException("this payload was made from a stream, which has already been read");
            }
            InputStream bounded = new BoundedInputStream(in, length(), false);
            in = null;
            return bounded;
        }
    }
}

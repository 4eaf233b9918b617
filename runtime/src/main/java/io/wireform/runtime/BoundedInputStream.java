package io.wireform.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Exactly {@code length} bytes of another stream, a payload's: no byte past them is read, and a stream
 * that ends before them is an {@link EOFException} ("payload ended after n of length bytes"), not a
 * shorter payload. Closing it closes the other stream only when asked to.
 */
final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private final long length;
    private final boolean closeSource;
    private long left;

    BoundedInputStream(InputStream in, long length, boolean closeSource) {
        this.in = in;
        this.length = length;
        this.closeSource = closeSource;
        this.left = length;
    }

    @Override
    public int read() throws IOException {
        if (left <= 0) {
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            throw ended();
        }
        left--;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
            return len == 0 ? 0 : -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n < 0) {
            throw ended();
        }
        left -= n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), left);
    }

    @Override
    public void close() throws IOException {
        if (closeSource) {
            in.close();
        }
    }

    private EOFException ended() {
        return new EOFException("payload ended after " + (length - left) + " of " + length + " bytes");
    }
}

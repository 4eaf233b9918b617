package io.wireform.benchmarks.loopback;

import io.wireform.benchmarks.handwritten.DeviceFrameHandwritten;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The raw-socket baseline of the loopback benchmark: what a user would write without Wireform. A
 * plain {@link Socket}, a {@link DataInputStream} over a 64 KiB {@link BufferedInputStream} (the
 * chunk size Wireform's reader uses), {@code readFully} into one reused array, and a hand parse
 * into the same records the generated codecs make, with the same marker checks.
 */
public abstract class RawReceiver implements Closeable {
    private final Socket socket;
    final DataInputStream in;
    final byte[] frame = new byte[1024];

    RawReceiver(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(readTimeoutMillis);
            in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The next message; blocks up to the read timeout. */
    public abstract Object receive() throws IOException;

    /** Receives 544-byte seeds/004 frames, back to back: {@link DeviceFrameHandwritten#decode}. */
    public static RawReceiver frames(int port, int readTimeoutMillis) throws IOException {
        return new RawReceiver(port, readTimeoutMillis) {
            private final ByteBuffer view = ByteBuffer.wrap(frame);

            @Override
            public Object receive() throws IOException {
                in.readFully(frame, 0, DeviceFrameHandwritten.LENGTH);
                view.position(0);
                return DeviceFrameHandwritten.decode(view);
            }
        };
    }

    /** Receives seeds/004 blocks, each behind a 4-byte big-endian length. */
    public static RawReceiver blocks(int port, int readTimeoutMillis) throws IOException {
        return new RawReceiver(port, readTimeoutMillis) {
            @Override
            public Object receive() throws IOException {
                int length = in.readInt();
                if (length < 4 || length > frame.length) {
                    throw new IOException("frame length " + length + " is out of range");
                }
                in.readFully(frame, 0, length);
                return block(frame, length);
            }
        };
    }

    /** The hand decode of one block: magic, end marker, size, then the data copied out. */
    static DeviceBlock block(byte[] frame, int length) {
        int magic = (frame[0] & 0xFF) << 8 | (frame[1] & 0xFF);
        if ((frame[length - 2] & 0xFF) != 0xCC || (frame[length - 1] & 0xFF) != 0xDD) {
            throw new IllegalArgumentException("bad end marker");
        }
        byte[] data = Arrays.copyOfRange(frame, 2, length - 2);
        if (magic == 0xFDAA && length == 154) {
            return new Realtime(data);
        } else if (magic == 0xFDCC && length == 194) {
            return new Extra(data);
        } else if (magic == 0xFDCC && length == 196) {
            return new ExtraLong(data);
        }
        throw new IllegalArgumentException("not a seeds/004 block: " + Integer.toHexString(magic) + ", " + length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package io.wireform.netty.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.List;

/**
 * Netty's NIO channels, with one thing more: a thread that is not the connection's event loop may
 * write to the socket itself while Netty has nothing queued for it, so that an answer computed on
 * the handler executor goes out without waking the event loop (see {@link Responder}).
 *
 * <p>A {@link java.nio.channels.SocketChannel} takes one writer and one reader at a time; the
 * caller makes sure that nothing else writes meanwhile: no bytes of this connection are in Netty's
 * outbound buffer, and none will be until the caller has finished.
 */
final class WriteThrough {
    private WriteThrough() {
    }

    /** The listening channel: accepts as Netty's does, into {@link Connection}s. */
    static final class Listener extends NioServerSocketChannel {
        @Override
        protected int doReadMessages(List<Object> accepted) throws Exception {
            SocketChannel socket = javaChannel().accept(); // an IOException here goes to AcceptGuard
            if (socket == null) {
                return 0;
            }
            try {
                accepted.add(new Connection(this, socket));
                return 1;
            } catch (RuntimeException e) {
                socket.close();
                throw e;
            }
        }
    }

    /** An accepted connection. */
    static final class Connection extends NioSocketChannel {
        Connection(Channel parent, SocketChannel socket) {
            super(parent, socket);
        }

        /**
         * Writes what it can of the readable {@code bytes} now (leaving their reader index alone), without waiting (the socket is non-blocking),
         * from any thread, when nothing is queued in Netty for this connection; returns how many
         * bytes were written, or -1 if Netty holds bytes for it or it is closed, when the caller
         * writes through the pipeline instead.
         */
        int writeNow(ByteBuf bytes) throws IOException {
            ChannelOutboundBuffer queued = unsafe().outboundBuffer();
            if (queued == null || queued.totalPendingWriteBytes() != 0 || !isActive()) {
                return -1;
            }
            SocketChannel socket = javaChannel();
            long written = 0;
            if (bytes.nioBufferCount() == 1) {
                ByteBuffer buffer = bytes.internalNioBuffer(bytes.readerIndex(), bytes.readableBytes());
                for (int n; buffer.hasRemaining() && (n = socket.write(buffer)) > 0; ) {
                    written += n;
                }
            } else {
                ByteBuffer[] buffers = bytes.nioBuffers();
                for (long n; (n = socket.write(buffers)) > 0; ) {
                    written += n;
                }
            }
            return (int) written;
        }
    }
}

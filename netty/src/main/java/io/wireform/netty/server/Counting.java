package io.wireform.netty.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.wireform.runtime.net.ServerSetup;

/** First in every connection's pipeline: counts the bytes read from and written to the peer. */
@ChannelHandler.Sharable
final class Counting extends ChannelDuplexHandler {
    private final ServerSetup<?, ?> setup;

    Counting(ServerSetup<?, ?> setup) {
        this.setup = setup;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof ByteBuf bytes) {
            setup.bytesIn(bytes.readableBytes());
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof ByteBuf bytes) {
            setup.bytesOut(bytes.readableBytes());
        }
        ctx.write(message, promise);
    }
}

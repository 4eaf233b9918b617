package io.wireform.netty.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.wireform.runtime.net.ServerSetup;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * On the listening channel: when accepting fails (too many open files, ...), reports it, stops
 * accepting for the pause {@link ServerSetup#acceptFailed} gives (doubling from 1 ms to 100 ms while
 * the failures go on), and starts again. The failure goes no further, so Netty's own acceptor does not
 * add its pause of a second. Everything here runs on the listening channel's event loop.
 */
final class AcceptGuard extends ChannelInboundHandlerAdapter {
    private final ServerSetup<?, ?> setup;
    private final Supplier<InetSocketAddress> address;

    AcceptGuard(ServerSetup<?, ?> setup, Supplier<InetSocketAddress> address) {
        this.setup = setup;
        this.address = address;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object accepted) {
        setup.acceptSucceeded();
        ctx.fireChannelRead(accepted);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        long pause = setup.acceptFailed(address.get(), cause);
        ctx.channel().config().setAutoRead(false);
        ctx.channel().eventLoop().schedule(() -> {
            if (ctx.channel().isOpen()) {
                ctx.channel().config().setAutoRead(true);
            }
        }, pause, TimeUnit.MILLISECONDS);
    }
}

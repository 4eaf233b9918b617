package io.wireform.benchmarks.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import io.wireform.netty.Wireform;
import io.wireform.netty.WireframeEncoder;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import java.io.Closeable;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: what a Netty user writes with {@code wireform-netty}'s decoder and encoder, the
 * Modbus answers computed on the event loop itself, or, given a group of handler executors, off the
 * event loop the way Netty offers for a handler that may block ({@code pipeline.addLast(group,
 * handler)}: each connection's handler runs on one executor of the group, and its writes go back to
 * the event loop). No deadlines, limits or counters.
 */
public final class PlainNettyServer implements Closeable {
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers;
    private final EventExecutorGroup handlerExecutors;
    private final Channel listener;

    /** Answers on the event loops. */
    public PlainNettyServer(ModbusServer modbus, int eventLoops) throws InterruptedException {
        this(modbus, eventLoops, 0);
    }

    /** Answers on a group of {@code handlerExecutors} executors, or on the event loops if 0. */
    public PlainNettyServer(ModbusServer modbus, int eventLoops, int handlerExecutors) throws InterruptedException {
        workers = new NioEventLoopGroup(eventLoops);
        this.handlerExecutors = handlerExecutors > 0 ? new DefaultEventExecutorGroup(handlerExecutors) : null;
        EventExecutorGroup group = this.handlerExecutors;
        WireframeEncoder<ResponseAdu> encoder = Wireform.encoder(ResponseAduCodec.INSTANCE);
        listener = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                Wireform.decoder(FrameReader.builder(RequestAduCodec.INSTANCE).maxFrameLength(ModbusServer.MAX_ADU_LENGTH)),
                                encoder);
                        ch.pipeline().addLast(group,
                                new SimpleChannelInboundHandler<RequestAdu>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, RequestAdu request) {
                                        ctx.write(modbus.answer(request));
                                    }

                                    @Override
                                    public void channelReadComplete(ChannelHandlerContext ctx) {
                                        ctx.flush();
                                    }

                                    @Override
                                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                        ctx.close();
                                    }
                                });
                    }
                })
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
    }

    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    @Override
    public void close() {
        listener.close().awaitUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        // with handler executors, a closed connection's pipeline is taken down on its executor, then
        // on its event loop again: the loops wait for that (a quiet period) before they stop
        long quietMillis = handlerExecutors == null ? 0 : 200;
        workers.shutdownGracefully(quietMillis, 1000, TimeUnit.MILLISECONDS).awaitUninterruptibly();
        if (handlerExecutors != null) {
            handlerExecutors.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }
}

package io.wireform.netty.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** One bound server on Netty: the listening channel, its event loops, its open connections. */
final class NettyListener<I, O> implements ServerTransport.Binding {
    private final ServerSetup<I, O> setup;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final boolean ownsGroups;
    /** The select strategies of the event loops this server made; null on the application's. */
    private final YieldingSelect.Factory selects;
    private final ChannelGroup open = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final boolean answerPerMessage;
    private final ExecutorService executor;
    private final Counting counting;
    private final boolean answerOnEventLoop;
    /** Each event loop's answering thread, in front of the executor the server made; none with the application's. */
    private final Map<EventLoop, AnsweringThread> answering = new ConcurrentHashMap<>();
    private final boolean answeringThreads;
    private final AtomicInteger answeringCount = new AtomicInteger();
    private volatile boolean released;
    private Channel listener;
    private InetSocketAddress address;

    private NettyListener(ServerSetup<I, O> setup, EventLoopGroup boss, EventLoopGroup workers,
                          YieldingSelect.Factory selects, boolean answerOnEventLoop) {
        this.setup = setup;
        // the application's executor, given to this server, outranks the transport's way of answering
        this.answerOnEventLoop = answerOnEventLoop && !setup.executorGiven();
        this.boss = boss;
        this.workers = workers;
        this.ownsGroups = selects != null;
        this.selects = selects;
        this.answerPerMessage = setup.responder() != null && !setup.streamsPayloads();
        this.executor = setup.executor(!answerPerMessage);
        this.answeringThreads = answerPerMessage && !answerOnEventLoop && !setup.executorGiven();
        this.counting = new Counting(setup);
    }

    static <I, O> NettyListener<I, O> bind(ServerSetup<I, O> setup, int eventLoops, EventLoopGroup boss,
                                           EventLoopGroup workers, boolean answerOnEventLoop) throws IOException {
        boolean owns = boss == null;
        YieldingSelect.Factory selects = owns ? new YieldingSelect.Factory() : null;
        NettyListener<I, O> listener = owns
                ? new NettyListener<>(setup, new NioEventLoopGroup(1, new DefaultThreadFactory("wireform-netty-accept", true)),
                        new NioEventLoopGroup(eventLoops, new DefaultThreadFactory("wireform-netty", true),
                                SelectorProvider.provider(), selects), selects, answerOnEventLoop)
                : new NettyListener<>(setup, boss, workers, null, answerOnEventLoop);
        try {
            listener.start();
        } catch (IOException | RuntimeException e) {
            listener.release();
            throw e;
        }
        return listener;
    }

    private void start() throws IOException {
        int high = setup.maxOutboundBytes();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channelFactory(WriteThrough.Listener::new)
                .option(ChannelOption.SO_BACKLOG, setup.backlog())
                .option(ChannelOption.SO_REUSEADDR, true)
                .handler(new AcceptGuard(setup, () -> address))
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(Math.max(1, high / 2), high))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        accepted(channel);
                    }
                });
        ChannelFuture bound = bootstrap.bind(setup.bindAddress()).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            throw cause instanceof IOException io ? io : new IOException("cannot listen on " + setup.bindAddress(), cause);
        }
        listener = bound.channel();
        address = (InetSocketAddress) listener.localAddress();
    }

    /** On the new connection's event loop: admitted and served, or closed at once over the limit. */
    private void accepted(SocketChannel channel) {
        long acceptedAt = System.nanoTime();
        if (!setup.admit()) {
            channel.close();
            return;
        }
        open.add(channel);
        channel.closeFuture().addListener(closed -> setup.connectionClosed());
        channel.pipeline().addLast("wireform-counting", counting);
        if (answerPerMessage) {
            Executor answers = answeringThreads ? answeringThread(channel.eventLoop()) : executor;
            channel.pipeline().addLast("wireform-responder", new Responder<>(setup, answers, answerOnEventLoop, acceptedAt));
            return;
        }
        ChannelConduit conduit = new ChannelConduit(channel, setup);
        channel.pipeline().addLast("wireform-conduit", conduit);
        try {
            executor.execute(() -> setup.serve(setup.connection(conduit, acceptedAt)));
        } catch (Throwable e) { // rejected, or no thread could be made: this connection only
            setup.failed(channel.remoteAddress(), e);
            channel.close();
        }
    }

    /** The select strategies of the event loops this server made, or null on the application's. */
    YieldingSelect.Factory selects() {
        return selects;
    }

    private Executor answeringThread(EventLoop loop) {
        if (released) {
            return executor;
        }
        AnsweringThread thread = answering.computeIfAbsent(loop, l -> new AnsweringThread(l, executor,
                AnsweringThread.PATIENCE_NANOS, "wireform-answer-" + answeringCount.incrementAndGet(),
                lost -> setup.failed(address, lost)));
        if (released) { // released meanwhile: the connection is being closed
            thread.stop();
        }
        return thread;
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    /** The connections open now; for tests. */
    Iterable<Channel> channels() {
        return open;
    }

    @Override
    public void stopAccepting() {
        if (listener != null) {
            listener.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void closeConnections() {
        open.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Override
    public void release() {
        closeConnections();
        released = true;
        answering.values().forEach(AnsweringThread::stop);
        if (ownsGroups) {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            boss.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
            workers.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    static IOException asIOException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new InterruptedIOException("interrupted");
        }
        return new IOException(cause);
    }
}

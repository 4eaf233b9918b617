package io.wireform.netty.onnetty;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.samples.net.ShutdownTest;

/** {@link ShutdownTest} on the Netty transport: answers and handlers off the event loops, as by default. */
final class NettyShutdownTest extends ShutdownTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

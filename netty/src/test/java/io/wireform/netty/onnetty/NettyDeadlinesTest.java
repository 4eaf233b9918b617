package io.wireform.netty.onnetty;

import io.wireform.samples.net.DeadlinesTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link DeadlinesTest} on the Netty transport: kept on the event loop for {@code respond}, on the handler's thread otherwise. */
final class NettyDeadlinesTest extends DeadlinesTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

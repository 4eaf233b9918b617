package io.wireform.samples.net;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link DeadlinesTest} on the Netty transport: kept on the event loop for {@code respond}, on the handler's thread otherwise. */
class NettyDeadlinesTest extends DeadlinesTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

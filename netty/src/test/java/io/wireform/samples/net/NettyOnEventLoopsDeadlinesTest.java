package io.wireform.samples.net;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link DeadlinesTest} on the Netty transport answering {@code respond} on its event loops. */
class NettyOnEventLoopsDeadlinesTest extends DeadlinesTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

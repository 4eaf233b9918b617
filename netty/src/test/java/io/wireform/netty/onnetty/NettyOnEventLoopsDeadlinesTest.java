package io.wireform.netty.onnetty;

import io.wireform.samples.net.DeadlinesTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link DeadlinesTest} on the Netty transport answering {@code respond} on its event loops. */
final class NettyOnEventLoopsDeadlinesTest extends DeadlinesTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

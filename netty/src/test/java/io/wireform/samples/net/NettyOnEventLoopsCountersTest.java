package io.wireform.samples.net;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link CountersTest} on the Netty transport answering {@code respond} on its event loops. */
class NettyOnEventLoopsCountersTest extends CountersTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

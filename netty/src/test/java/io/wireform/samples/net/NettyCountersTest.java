package io.wireform.samples.net;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link CountersTest} on the Netty transport. */
class NettyCountersTest extends CountersTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

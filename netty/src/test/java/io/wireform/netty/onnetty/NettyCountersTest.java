package io.wireform.netty.onnetty;

import io.wireform.samples.net.CountersTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link CountersTest} on the Netty transport. */
final class NettyCountersTest extends CountersTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

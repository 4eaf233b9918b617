package io.wireform.netty.onnetty;

import io.wireform.samples.net.WireServerTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link WireServerTest} on the Netty transport. */
final class NettyWireServerTest extends WireServerTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

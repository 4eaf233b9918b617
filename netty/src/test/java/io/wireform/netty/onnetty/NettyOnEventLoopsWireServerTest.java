package io.wireform.netty.onnetty;

import io.wireform.samples.net.WireServerTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link WireServerTest} on the Netty transport answering {@code respond} on its event loops (unless given an executor). */
final class NettyOnEventLoopsWireServerTest extends WireServerTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

package io.wireform.netty.onnetty;

import io.wireform.samples.net.PayloadDeadlineTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link PayloadDeadlineTest} on the Netty transport: the payload is read on the handler's thread from what the event loop hands it. */
final class NettyPayloadDeadlineTest extends PayloadDeadlineTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

package io.wireform.netty.onnetty;

import io.wireform.samples.net.AcceptBackoffTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link AcceptBackoffTest} on the Netty transport, whose {@code AcceptGuard} pauses instead of Netty's fixed second. */
final class NettyAcceptBackoffTest extends AcceptBackoffTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

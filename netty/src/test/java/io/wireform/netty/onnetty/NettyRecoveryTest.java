package io.wireform.netty.onnetty;

import io.wireform.samples.net.RecoveryTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link RecoveryTest} on the Netty transport. */
final class NettyRecoveryTest extends RecoveryTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

package io.wireform.netty.onnetty;

import io.wireform.samples.net.ExecutorOwnershipTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link ExecutorOwnershipTest} on the Netty transport: with {@code create()}'s own event loops, answering threads and pool. */
final class NettyExecutorOwnershipTest extends ExecutorOwnershipTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.create();
    }
}

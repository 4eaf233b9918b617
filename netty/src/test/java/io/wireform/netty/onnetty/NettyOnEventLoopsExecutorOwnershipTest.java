package io.wireform.netty.onnetty;

import io.wireform.samples.net.ExecutorOwnershipTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link ExecutorOwnershipTest} on the Netty transport answering on its event loops, which a given executor outranks. */
final class NettyOnEventLoopsExecutorOwnershipTest extends ExecutorOwnershipTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

package io.wireform.samples.modbus;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link ServerFaultIsolationTest} on the Netty transport answering on its event loops. */
class NettyOnEventLoopsServerFaultIsolationTest extends ServerFaultIsolationTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

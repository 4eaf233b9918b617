package io.wireform.netty.onnetty;

import io.wireform.samples.modbus.ServerFaultIsolationTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link ServerFaultIsolationTest} on the Netty transport answering on its event loops. */
final class NettyOnEventLoopsServerFaultIsolationTest extends ServerFaultIsolationTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

package io.wireform.samples.modbus;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link ServerFaultIsolationTest} on the Netty transport: the Modbus sample answered message by message. */
class NettyServerFaultIsolationTest extends ServerFaultIsolationTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

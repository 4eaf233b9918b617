package io.wireform.netty.onnetty;

import io.wireform.samples.modbus.ServerFaultIsolationTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link ServerFaultIsolationTest} on the Netty transport: the Modbus sample answered message by message. */
final class NettyServerFaultIsolationTest extends ServerFaultIsolationTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

package io.wireform.samples.modbus;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link ModbusServerTest}, the Modbus sample, on the Netty transport. */
class NettyModbusServerTest extends ModbusServerTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

package io.wireform.netty.onnetty;

import io.wireform.samples.modbus.ModbusServerTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link ModbusServerTest}, the Modbus sample, on the Netty transport. */
final class NettyModbusServerTest extends ModbusServerTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

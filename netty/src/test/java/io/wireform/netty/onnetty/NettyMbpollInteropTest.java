package io.wireform.netty.onnetty;

import io.wireform.samples.modbus.MbpollInteropTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link MbpollInteropTest}, Debian's mbpoll against the Modbus sample, on the Netty transport. */
final class NettyMbpollInteropTest extends MbpollInteropTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

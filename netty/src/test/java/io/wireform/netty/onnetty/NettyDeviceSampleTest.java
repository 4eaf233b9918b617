package io.wireform.netty.onnetty;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.samples.runnable.DeviceSampleTest;

/** {@link DeviceSampleTest}, seeds/004, the device sample, its server on the Netty transport. */
final class NettyDeviceSampleTest extends DeviceSampleTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

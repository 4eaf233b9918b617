package io.wireform.samples.runnable;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link SmartHomeSampleTest}, seeds/000 end to end, with the hub on the Netty transport. */
class NettySmartHomeSampleTest extends SmartHomeSampleTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

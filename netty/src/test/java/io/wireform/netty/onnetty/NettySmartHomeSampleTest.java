package io.wireform.netty.onnetty;

import io.wireform.samples.runnable.SmartHomeSampleTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link SmartHomeSampleTest}, seeds/000 end to end, with the hub on the Netty transport. */
final class NettySmartHomeSampleTest extends SmartHomeSampleTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

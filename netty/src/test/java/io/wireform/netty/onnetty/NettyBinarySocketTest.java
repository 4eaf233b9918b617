package io.wireform.netty.onnetty;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.samples.runnable.BinarySocketTest;

/** {@link BinarySocketTest}, seeds/002, the binary socket sample, its server on the Netty transport. */
final class NettyBinarySocketTest extends BinarySocketTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

package io.wireform.netty.onnetty;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.samples.runnable.PatternSamplesTest;

/** {@link PatternSamplesTest}, the six framing patterns of seeds/001 and 003, each sample's server on the Netty transport. */
final class NettyPatternSamplesTest extends PatternSamplesTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

package io.wireform.netty.onnetty;

import io.wireform.samples.net.LimitsTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link LimitsTest} on the Netty transport answering {@code respond} on its event loops. */
final class NettyOnEventLoopsLimitsTest extends LimitsTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }

    /** Answering message by message holds no thread: 10,000; a handler holds one, as on the blocking transport. */
    @Override
    protected int defaultMaxConnections(boolean respond) {
        return respond ? 10_000 : super.defaultMaxConnections(respond);
    }
}

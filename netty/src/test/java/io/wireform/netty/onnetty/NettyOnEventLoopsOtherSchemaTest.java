package io.wireform.netty.onnetty;

import io.wireform.samples.net.OtherSchemaTest;
import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link OtherSchemaTest} on the Netty transport answering {@code respond} on its event loops. */
final class NettyOnEventLoopsOtherSchemaTest extends OtherSchemaTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

package io.wireform.samples.net;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;

/** {@link OtherSchemaTest} on the Netty transport. */
class NettyOtherSchemaTest extends OtherSchemaTest {
    @Override
    ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }
}

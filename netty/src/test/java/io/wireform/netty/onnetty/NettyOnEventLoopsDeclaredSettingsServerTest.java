package io.wireform.netty.onnetty;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.samples.net.DeclaredSettingsServerTest;

/** {@link DeclaredSettingsServerTest} on the Netty transport answering {@code respond} on its event loops. */
final class NettyOnEventLoopsDeclaredSettingsServerTest extends DeclaredSettingsServerTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2).answeringOnEventLoops();
    }
}

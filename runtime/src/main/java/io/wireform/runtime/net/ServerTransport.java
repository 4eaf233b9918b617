package io.wireform.runtime.net;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * How a {@link WireServer} accepts and serves connections, chosen on its builder with {@code
 * transport(...)}. The runtime has {@link #blocking()}, on the JDK alone; {@code wireform-netty}
 * has {@code NettyTransport}, on Netty's event loops. Settings, handlers, deadlines, limits and
 * counters are the same on both.
 *
 * <p>An implementation binds a listener for a {@link ServerSetup}, which carries every setting and
 * the hooks it calls: {@link ServerSetup#admit()} for each accepted connection, {@link
 * ServerSetup#connection(Conduit, long)} and {@link ServerSetup#serve(WireConnection)} to run a
 * handler, {@link ServerSetup#failed} for each error. Applications do not implement it.
 */
public interface ServerTransport {

    /**
     * The JDK's blocking sockets: one accept thread, and each connection served by its handler on a
     * thread of its own, a virtual thread where the JDK has them (21 and later) and otherwise a
     * platform thread of a pool of {@code maxConnections} (256 unless set). The default.
     */
    static ServerTransport blocking() {
        return BlockingTransport.INSTANCE;
    }

    /** Binds the listener {@code setup} describes and starts accepting. */
    <I, O> Binding bind(ServerSetup<I, O> setup) throws IOException;

    /** A listener that is accepting; {@link WireServer#close()} ends it in three steps. */
    interface Binding {
        /** Where it listens: the port chosen, when bound to port 0. */
        InetSocketAddress address();

        /** Stops accepting: the listening socket is closed; open connections go on. */
        void stopAccepting();

        /** Closes every open connection now. */
        void closeConnections();

        /** Frees what the listener holds (threads, event loops); the last call. */
        void release();
    }
}

/**
 * Netty pipeline handlers over any generated codec. Netty's jars are automatic modules
 * ({@code io.netty.codec}, {@code io.netty.transport}, {@code io.netty.buffer}); the handlers extend
 * Netty's, so a module reading this one reads those too.
 */
module io.wireform.netty {
    requires transitive io.wireform.runtime;
    requires transitive io.netty.buffer;
    requires transitive io.netty.codec;
    requires transitive io.netty.transport;
    requires transitive io.netty.common;

    exports io.wireform.netty;
    exports io.wireform.netty.server;
}

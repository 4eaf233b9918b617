/**
 * The Netty transport of {@link io.wireform.runtime.net.WireServer}: {@link
 * io.wireform.netty.server.NettyTransport}, chosen on the server's builder with {@code
 * transport(NettyTransport.create())}. Everything else about the server, its handler, deadlines,
 * limits and counters, is set on that builder as for the blocking transport.
 */
package io.wireform.netty.server;

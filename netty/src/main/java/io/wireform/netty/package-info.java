/**
 * Netty 4.1 adapters over generated codecs: {@link io.wireform.netty.WireframeDecoder} turns a
 * channel's bytes into messages with the runtime's push reader, {@link io.wireform.netty.WireframeEncoder}
 * turns messages into framed bytes with its writer, and {@link io.wireform.netty.Wireform} makes both.
 * A {@code WireServer} on Netty's event loops is {@link io.wireform.netty.server.NettyTransport}.
 */
package io.wireform.netty;

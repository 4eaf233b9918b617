package io.wireform.samples.tls;

import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.Width;

/**
 * RFC 8446 4.2.8: {@code NamedGroup group; opaque key_exchange<1..2^16-1>;}.
 *
 * @param group a {@code NamedGroup} code: {@link #X25519} for x25519
 */
@Message
public record KeyShareEntry(@UInt16 int group, @Prefixed(Width.UINT16) byte[] keyExchange) {
    public static final int SECP256R1 = 0x0017;
    public static final int X25519 = 0x001d;
}

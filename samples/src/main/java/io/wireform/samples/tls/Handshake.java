package io.wireform.samples.tls;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * A handshake message (RFC 8446 4):
 *
 * <pre>
 * struct {
 *     HandshakeType msg_type;    // handshake type
 *     uint24 length;             // remaining bytes in message
 *     select (Handshake.msg_type) {
 *         case client_hello:          ClientHello;
 *         case server_hello:          ServerHello;
 *         ...
 *     };
 * } Handshake;
 * </pre>
 *
 * @param msgType {@link HandshakeBody#CLIENT_HELLO}, {@link HandshakeBody#SERVER_HELLO} or another
 *     type, whose body {@link HandshakeBody.Other} keeps
 */
@Message
public record Handshake(@UInt8 int msgType,
                        @Length(Width.UINT24) @SelectedBy("msgType") HandshakeBody body) {

    /** A ClientHello in its handshake header. */
    public static Handshake of(HandshakeBody.ClientHello hello) {
        return new Handshake(HandshakeBody.CLIENT_HELLO, hello);
    }
}

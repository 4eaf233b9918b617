package io.wireform.samples.mariadb;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * The client's answer to the handshake ("Client handshake response"), for a client that sets
 * {@code CLIENT_PROTOCOL_41}, {@code CLIENT_SECURE_CONNECTION}, {@code CLIENT_PLUGIN_AUTH} and
 * {@code CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA}, and not {@code CLIENT_CONNECT_WITH_DB} nor
 * {@code CLIENT_CONNECT_ATTRS}: the authentication response is then a length-encoded string.
 *
 * @param filler 19 reserved bytes ({@code string<19>})
 * @param mariadbCapabilities MariaDB's extended capabilities ({@code int<4>}), read when the client does
 *     not set {@code CLIENT_MYSQL}
 */
@Message(endian = Endian.LITTLE)
public record HandshakeResponse(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                                @UInt32 long capabilities,
                                @UInt32 long maxPacketSize,
                                @UInt8 int collation,
                                @Fixed(19) byte[] filler,
                                @UInt32 long mariadbCapabilities,
                                @Terminated String user,
                                @Prefixed(Width.LENENC) byte[] authResponse,
                                @Terminated String authPlugin) implements MariaDbPacket {

    /** {@code CLIENT_PROTOCOL_41}: the 4.1 protocol, with SQL states in ERR packets. */
    public static final long CLIENT_PROTOCOL_41 = 1L << 9;
    /** {@code CLIENT_TRANSACTIONS}: status flags in OK and EOF packets. */
    public static final long CLIENT_TRANSACTIONS = 1L << 13;
    /** {@code CLIENT_SECURE_CONNECTION}: the 20-byte scramble. */
    public static final long CLIENT_SECURE_CONNECTION = 1L << 15;
    /** {@code CLIENT_PLUGIN_AUTH}: authentication plugins named in the handshake. */
    public static final long CLIENT_PLUGIN_AUTH = 1L << 19;
    /** {@code CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA}: the authentication response as a length-encoded string. */
    public static final long CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA = 1L << 21;
}

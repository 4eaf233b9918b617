package io.wireform.samples.mariadb;

import io.wireform.annotations.Const;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * The server's first packet, the initial handshake of protocol version 10, as MariaDB documents it
 * ("Connection: Initial handshake packet"), for a server that speaks {@code CLIENT_SECURE_CONNECTION}
 * and {@code CLIENT_PLUGIN_AUTH} (every MariaDB server does).
 *
 * @param scramble1 the first 8 bytes of the scramble ({@code string<8>})
 * @param capabilitiesLow the server's capabilities, low 16 bits ({@code int<2>})
 * @param capabilitiesHigh the server's capabilities, bits 16 to 31
 * @param authDataLength the whole scramble's length plus one ({@code int<1>})
 * @param filler six reserved bytes ({@code string<6>})
 * @param mariadbCapabilities MariaDB's extended capabilities, bits 32 to 63 ({@code int<4>})
 * @param scramble2 the rest of the scramble, NUL-terminated ({@code string<n>} and {@code string<1>} reserved)
 * @param authPlugin the authentication plugin the scramble is for ({@code string<NUL>})
 */
@Message(endian = Endian.LITTLE)
public record Handshake(@Length(value = Width.UINT24, adjust = -1) @UInt8 int sequence,
                        @Const(10) byte protocolVersion,
                        @Terminated String serverVersion,
                        @UInt32 long connectionId,
                        @Fixed(8) byte[] scramble1,
                        @Const(0) byte reserved,
                        @UInt16 int capabilitiesLow,
                        @UInt8 int collation,
                        @UInt16 int status,
                        @UInt16 int capabilitiesHigh,
                        @UInt8 int authDataLength,
                        @Fixed(6) byte[] filler,
                        @UInt32 long mariadbCapabilities,
                        @Terminated byte[] scramble2,
                        @Terminated String authPlugin) implements MariaDbPacket {

    /** {@return the whole scramble: its two parts} */
    public byte[] scramble() {
        byte[] all = new byte[scramble1.length + scramble2.length];
        System.arraycopy(scramble1, 0, all, 0, scramble1.length);
        System.arraycopy(scramble2, 0, all, scramble1.length, scramble2.length);
        return all;
    }
}

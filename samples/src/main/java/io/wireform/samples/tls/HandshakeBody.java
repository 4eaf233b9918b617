package io.wireform.samples.tls;

import io.wireform.annotations.Const;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Length;
import io.wireform.annotations.Max;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.HexFormat;
import java.util.List;

/** The body of a {@link Handshake}, chosen by its {@code msg_type}. */
@Protocol(selected = true)
public sealed interface HandshakeBody {
    int CLIENT_HELLO = 1;
    int SERVER_HELLO = 2;

    /**
     * RFC 8446 4.1.2. The vectors' lengths are byte counts ({@code <2..2^16-2>}), hence {@code @Length}
     * through the list rather than an element count.
     *
     * <pre>
     * struct {
     *     ProtocolVersion legacy_version = 0x0303;    // TLS v1.2
     *     Random random;
     *     opaque legacy_session_id&lt;0..32&gt;;
     *     CipherSuite cipher_suites&lt;2..2^16-2&gt;;
     *     opaque legacy_compression_methods&lt;1..2^8-1&gt;;
     *     Extension extensions&lt;8..2^16-1&gt;;
     * } ClientHello;
     * </pre>
     */
    @Tag(CLIENT_HELLO)
    record ClientHello(@Const(0x0303) @UInt16 int legacyVersion,
                       @Fixed(32) byte[] random,
                       @Max(32) @Prefixed(Width.UINT8) byte[] legacySessionId,
                       @Length(value = Width.UINT16, through = "cipherSuites") @Remaining @UInt16 List<Integer> cipherSuites,
                       @Prefixed(Width.UINT8) byte[] legacyCompressionMethods,
                       @Length(Width.UINT16) @Remaining List<ClientExtension> extensions) implements HandshakeBody {}

    /**
     * RFC 8446 4.1.3. A HelloRetryRequest has this structure too, with {@link #HELLO_RETRY_REQUEST} as
     * its random; its key_share extension is then a bare group, which {@link ServerExtension} does not
     * take (see the sample's notes).
     *
     * <pre>
     * struct {
     *     ProtocolVersion legacy_version = 0x0303;    // TLS v1.2
     *     Random random;
     *     opaque legacy_session_id_echo&lt;0..32&gt;;
     *     CipherSuite cipher_suite;
     *     uint8 legacy_compression_method = 0;
     *     Extension extensions&lt;6..2^16-1&gt;;
     * } ServerHello;
     * </pre>
     */
    @Tag(SERVER_HELLO)
    record ServerHello(@Const(0x0303) @UInt16 int legacyVersion,
                       @Fixed(32) byte[] random,
                       @Max(32) @Prefixed(Width.UINT8) byte[] legacySessionIdEcho,
                       @UInt16 int cipherSuite,
                       @Const(0) @UInt8 int legacyCompressionMethod,
                       @Length(Width.UINT16) @Remaining List<ServerExtension> extensions) implements HandshakeBody {

        /** The random of a HelloRetryRequest: SHA-256("HelloRetryRequest") (RFC 8446 4.1.3). */
        public static final byte[] HELLO_RETRY_REQUEST = HexFormat.of().parseHex(
                "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

        public boolean isHelloRetryRequest() {
            return java.util.Arrays.equals(random, HELLO_RETRY_REQUEST);
        }
    }

    /** Any other handshake message (Certificate, Finished, NewSessionTicket, ...): its body as it came. */
    @Fallback
    record Other(@Remaining byte[] body) implements HandshakeBody {}
}

package io.wireform.samples.tls;

import io.wireform.samples.tls.ClientExtensionBody.KeyShareClientHello;
import io.wireform.samples.tls.ClientExtensionBody.PskKeyExchangeModes;
import io.wireform.samples.tls.ClientExtensionBody.ServerNameList;
import io.wireform.samples.tls.ClientExtensionBody.SignatureAlgorithms;
import io.wireform.samples.tls.ClientExtensionBody.SupportedGroups;
import io.wireform.samples.tls.ClientExtensionBody.SupportedVersions;
import io.wireform.samples.tls.HandshakeBody.ClientHello;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.XECPublicKey;
import java.util.List;

/** A TLS 1.3 ClientHello as a real client sends one: an X25519 key share from the JDK, and the extensions RFC 8446 9.2 requires. */
public final class ClientHellos {
    public static final int TLS_AES_128_GCM_SHA256 = 0x1301;
    public static final int TLS_AES_256_GCM_SHA384 = 0x1302;
    public static final int TLS_CHACHA20_POLY1305_SHA256 = 0x1303;
    public static final int TLS13 = 0x0304;
    /** ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256, rsa_pkcs1_sha256, ed25519. */
    public static final List<Integer> SIGNATURE_SCHEMES = List.of(0x0403, 0x0804, 0x0401, 0x0807);
    /** psk_dhe_ke. */
    public static final int PSK_DHE_KE = 1;

    private ClientHellos() {}

    /** A new X25519 key pair (from the JDK's own provider). */
    public static KeyPair x25519() {
        try {
            return KeyPairGenerator.getInstance("X25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no X25519", e);
        }
    }

    /** The 32 bytes of an X25519 public key on the wire: its u-coordinate, little-endian (RFC 7748 5). */
    public static byte[] rawPublicKey(KeyPair pair) {
        BigInteger u = ((XECPublicKey) pair.getPublic()).getU();
        byte[] bigEndian = u.toByteArray();
        byte[] raw = new byte[32];
        for (int i = 0; i < 32 && i < bigEndian.length; i++) {
            raw[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return raw;
    }

    /**
     * A ClientHello offering TLS 1.3 only, its three mandatory cipher suites and one X25519 share.
     *
     * @param random 32 bytes
     * @param sessionId 32 bytes for "middlebox compatibility mode" (RFC 8446 D.4), or none
     */
    public static ClientHello tls13(String serverName, byte[] random, byte[] sessionId, byte[] x25519PublicKey) {
        return new ClientHello(0x0303, random, sessionId,
                List.of(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256),
                new byte[] {0}, // legacy_compression_methods: null only
                List.of(new ClientExtension(ExtensionType.SERVER_NAME, new ServerNameList(List.of(ServerName.hostName(serverName)))),
                        new ClientExtension(ExtensionType.SUPPORTED_GROUPS, new SupportedGroups(List.of(KeyShareEntry.X25519))),
                        new ClientExtension(ExtensionType.SIGNATURE_ALGORITHMS, new SignatureAlgorithms(SIGNATURE_SCHEMES)),
                        new ClientExtension(ExtensionType.SUPPORTED_VERSIONS, new SupportedVersions(List.of(TLS13))),
                        new ClientExtension(ExtensionType.PSK_KEY_EXCHANGE_MODES, new PskKeyExchangeModes(List.of(PSK_DHE_KE))),
                        new ClientExtension(ExtensionType.KEY_SHARE, new KeyShareClientHello(
                                List.of(new KeyShareEntry(KeyShareEntry.X25519, x25519PublicKey))))));
    }
}

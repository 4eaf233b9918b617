package io.wireform.samples.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.interop.PeerProcess;
import io.wireform.samples.tls.ClientExtensionBody.KeyShareClientHello;
import io.wireform.samples.tls.ClientExtensionBody.ServerNameList;
import io.wireform.samples.tls.ClientExtensionBody.SupportedGroups;
import io.wireform.samples.tls.HandshakeBody.ClientHello;
import io.wireform.samples.tls.HandshakeBody.ServerHello;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyAgreement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TLS sample against Debian's {@code openssl}, on 127.0.0.1: our ClientHello makes
 * {@code openssl s_server} answer with a ServerHello we decode (and whose X25519 share agrees a
 * secret with ours), and the ClientHellos of {@code openssl s_client} decode and encode back byte for
 * byte. Nothing is encrypted: each exchange stops after the hellos.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpensslInteropTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path dir;

    @BeforeAll
    static void openssl() throws Exception {
        Optional<String> missing = PeerProcess.missing(List.of("openssl", "version"));
        assumeTrue(missing.isEmpty(), () -> "skipped: openssl is not installed (apt-get install openssl): " + missing.orElseThrow());
        try (PeerProcess req = PeerProcess.start(List.of("openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
                "-subj", "/CN=localhost", "-days", "1"), dir)) {
            assertTrue(req.awaitExit(WAIT), () -> "openssl req did not finish: " + req);
        }
    }

    @Test
    void ourClientHelloGetsAServerHelloFromOpensslServer() throws Exception {
        KeyPair ours = ClientHellos.x25519();
        byte[] sessionId = bytes(32);
        ClientHello hello = ClientHellos.tls13("localhost", bytes(32), sessionId, ClientHellos.rawPublicKey(ours));
        List<TlsRecord> records = new ArrayList<>();
        try (OpensslServer server = OpensslServer.start(List.of());
             Socket socket = server.connect()) {
            socket.getOutputStream().write(TlsRecordCodec.INSTANCE.encode(TlsRecord.handshake(0x0301, Handshake.of(hello))));
            WireReader<TlsRecord> in = TlsRecordReader.pull(socket.getInputStream());
            // ServerHello, change_cipher_spec (middlebox compatibility), then encrypted records:
            // EncryptedExtensions, Certificate, CertificateVerify, Finished (one or several records)
            for (int i = 0; i < 8 && records.stream().noneMatch(r -> r.type() == ContentType.APPLICATION_DATA); i++) {
                TlsRecord record = in.read();
                assertNotNull(record, () -> "openssl s_server closed after " + records + ": " + server.process());
                records.add(record);
            }
        }
        ServerHello serverHello = assertInstanceOf(ServerHello.class,
                assertInstanceOf(Fragment.Handshakes.class, records.get(0).fragment()).messages().get(0).body(), records::toString);
        assertFalse(serverHello.isHelloRetryRequest());
        assertArrayEquals(sessionId, serverHello.legacySessionIdEcho());
        assertTrue(hello.cipherSuites().contains(serverHello.cipherSuite()), () -> "cipher " + serverHello.cipherSuite());
        assertEquals(ClientHellos.TLS13, extension(serverHello, ServerExtensionBody.SupportedVersion.class).selectedVersion());
        KeyShareEntry share = extension(serverHello, ServerExtensionBody.KeyShareServerHello.class).serverShare();
        assertEquals(KeyShareEntry.X25519, share.group());
        assertEquals(32, share.keyExchange().length);
        // the server's share is a real X25519 public key: the JDK agrees a secret with it
        assertEquals(32, sharedSecret(ours, share.keyExchange()).length);

        assertInstanceOf(Fragment.ChangeCipherSpec.class, records.get(1).fragment(), records::toString);
        TlsRecord encrypted = records.get(records.size() - 1);
        assertEquals(0x0303, encrypted.legacyRecordVersion());
        assertTrue(assertInstanceOf(Fragment.ApplicationData.class, encrypted.fragment()).encrypted().length > 16);
    }

    /**
     * A HelloRetryRequest (a ServerHello whose random is {@link ServerHello#HELLO_RETRY_REQUEST}) has a
     * key_share of a bare NamedGroup, which the schema's one key_share body for server hellos does not
     * take: the sample reports it as a malformed key_share, at its place, rather than guess.
     */
    @Test
    void aHelloRetryRequestIsReportedAtItsKeyShare() throws Exception {
        KeyPair ours = ClientHellos.x25519();
        ClientHello x25519Only = ClientHellos.tls13("localhost", bytes(32), bytes(32), ClientHellos.rawPublicKey(ours));
        List<ClientExtension> extensions = new ArrayList<>(x25519Only.extensions());
        extensions.set(1, new ClientExtension(ExtensionType.SUPPORTED_GROUPS,
                new SupportedGroups(List.of(KeyShareEntry.X25519, KeyShareEntry.SECP256R1))));
        ClientHello hello = new ClientHello(0x0303, x25519Only.random(), x25519Only.legacySessionId(),
                x25519Only.cipherSuites(), x25519Only.legacyCompressionMethods(), extensions);
        byte[] answer;
        try (OpensslServer server = OpensslServer.start(List.of("-groups", "P-256"));
             Socket socket = server.connect()) {
            socket.getOutputStream().write(TlsRecordCodec.INSTANCE.encode(TlsRecord.handshake(0x0301, Handshake.of(hello))));
            answer = readFrame(TlsRecordCodec.INSTANCE, socket.getInputStream());
        }
        int random = 5 + 4 + 2;
        assertArrayEquals(ServerHello.HELLO_RETRY_REQUEST, Arrays.copyOfRange(answer, random, random + 32));
        WireException e = assertThrows(WireException.class, () -> TlsRecordCodec.INSTANCE.decode(answer));
        assertTrue(e.getMessage().contains("ServerHello.extensions[].data.KeyShareServerHello"), e.getMessage());
    }

    /** {@code openssl s_client} as it comes, offering 1.2 only, and with a group list of its own. */
    @ParameterizedTest
    @ValueSource(strings = {"", "-tls1_2", "-groups X25519:P-256:P-384 -sigalgs ECDSA+SHA256:RSA-PSS+SHA256"})
    void opensslClientHelloDecodesAndEncodesBackByteForByte(String options) throws Exception {
        byte[] wire;
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout((int) WAIT.toMillis());
            List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect",
                    "127.0.0.1:" + listener.getLocalPort(), "-servername", "localhost"));
            if (!options.isEmpty()) {
                command.addAll(List.of(options.split(" ")));
            }
            try (PeerProcess client = PeerProcess.start(command, dir);
                 Socket socket = listener.accept()) {
                socket.setSoTimeout((int) WAIT.toMillis());
                wire = readFrame(TlsRecordCodec.INSTANCE, socket.getInputStream());
                // our answer, encoded by the sample: a fatal handshake_failure alert, which s_client reports
                socket.getOutputStream().write(TlsRecordCodec.INSTANCE.encode(
                        new TlsRecord(ContentType.ALERT, 0x0303, new Fragment.Alert(2, 40))));
                client.await("alert number 40", WAIT);
            }
        }
        TlsRecord record = TlsRecordCodec.INSTANCE.decode(wire);
        assertArrayEquals(wire, TlsRecordCodec.INSTANCE.encode(record), () -> HexFormat.of().formatHex(wire));
        ClientHello hello = assertInstanceOf(ClientHello.class,
                ((Fragment.Handshakes) record.fragment()).messages().get(0).body());
        assertEquals("localhost", extension(hello, ServerNameList.class).serverNameList().get(0).hostName());
        if (options.isEmpty()) {
            assertEquals(KeyShareEntry.X25519, extension(hello, KeyShareClientHello.class).clientShares().get(0).group());
        }
        if (options.startsWith("-groups")) {
            assertEquals(List.of(KeyShareEntry.X25519, KeyShareEntry.SECP256R1, 0x0018),
                    extension(hello, SupportedGroups.class).namedGroupList());
        }
        if (options.equals("-tls1_2")) {
            assertTrue(hello.extensions().stream().noneMatch(x -> x.type() == ExtensionType.SUPPORTED_VERSIONS));
        }
    }

    /** {@code openssl s_server} on a free port of 127.0.0.1, for one connection. */
    private record OpensslServer(PeerProcess process, int port) implements AutoCloseable {
        static OpensslServer start(List<String> options) throws Exception {
            int port = PeerProcess.freePort();
            List<String> command = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port,
                    "-naccept", "1", "-cert", "cert.pem", "-key", "key.pem"));
            command.addAll(options);
            PeerProcess process = PeerProcess.start(command, dir);
            try {
                process.await("ACCEPT", WAIT);
                return new OpensslServer(process, port);
            } catch (Throwable e) {
                process.close();
                throw e;
            }
        }

        Socket connect() throws IOException {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) WAIT.toMillis());
            socket.setSoTimeout((int) WAIT.toMillis());
            return socket;
        }

        @Override
        public void close() {
            process.close();
        }
    }

    /** Reads one whole frame's bytes, as the codec's {@code frameLength} says where it ends. */
    static byte[] readFrame(WireCodec<?> codec, InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int need = 1;
        for (int i = 0; i < 1 << 20; i++) {
            int length = codec.frameLength(ByteBuffer.wrap(bytes.toByteArray()));
            if (length > 0) {
                need = length;
                if (bytes.size() >= need) {
                    return Arrays.copyOf(bytes.toByteArray(), need);
                }
            } else {
                need = -length;
            }
            byte[] chunk = in.readNBytes(Math.max(1, need - bytes.size()));
            if (chunk.length == 0) {
                throw new IOException("the peer closed after " + bytes.size() + " bytes of a frame");
            }
            bytes.write(chunk);
        }
        throw new IOException("no frame after 2^20 reads");
    }

    private static <T> T extension(ServerHello hello, Class<T> type) {
        return hello.extensions().stream().map(ServerExtension::data).filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + hello.extensions()));
    }

    private static <T> T extension(ClientHello hello, Class<T> type) {
        return hello.extensions().stream().map(ClientExtension::data).filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + hello.extensions()));
    }

    private static byte[] sharedSecret(KeyPair ours, byte[] theirs) throws Exception {
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = theirs[31 - i];
        }
        bigEndian[0] &= 0x7F; // RFC 7748 5: the top bit of the u-coordinate is masked
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(ours.getPrivate());
        agreement.doPhase(KeyFactory.getInstance("XDH").generatePublic(
                new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(1, bigEndian))), true);
        return agreement.generateSecret();
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

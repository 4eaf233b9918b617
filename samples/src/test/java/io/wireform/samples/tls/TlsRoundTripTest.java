package io.wireform.samples.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.tls.HandshakeBody.ClientHello;
import io.wireform.samples.tls.HandshakeBody.ServerHello;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random TLS records (every fragment, handshake body and extension body of the sample, and
 * unknown ones for each fallback) encode, decode and encode again to the same bytes, alone and as a
 * stream fed to the generated {@code TlsRecordReader} in random chunks. A failure names its seed:
 * {@code -Dwireform.tls.seed=<seed>} repeats it.
 */
class TlsRoundTripTest {
    private static final long SEED = Long.getLong("wireform.tls.seed", System.nanoTime());
    private static final Set<Integer> CLIENT_TYPES = Set.of(0, 10, 11, 13, 43, 45, 51);
    private static final Set<Integer> SERVER_TYPES = Set.of(43, 51);
    private static final Set<Integer> RECORD_TYPES = Set.of(20, 21, 22, 23);

    @Test
    void randomRecordsEncodeDecodeAndEncodeToTheSameBytes() {
        Random random = new Random(SEED);
        for (int i = 0; i < 1000; i++) {
            TlsRecord record = randomRecord(random);
            byte[] wire = TlsRecordCodec.INSTANCE.encode(record);
            assertEquals(wire.length, TlsRecordCodec.INSTANCE.frameLength(ByteBuffer.wrap(wire)), "seed " + SEED);
            assertEquals(wire.length, TlsRecordCodec.INSTANCE.sizeOf(record), "seed " + SEED);
            TlsRecord decoded = TlsRecordCodec.INSTANCE.decode(wire);
            assertEquals(record.fragment().getClass(), decoded.fragment().getClass(), "seed " + SEED);
            assertArrayEquals(wire, TlsRecordCodec.INSTANCE.encode(decoded), () -> "seed " + SEED + ": " + HexFormat.of().formatHex(wire));
        }
    }

    @Test
    void aStreamOfRecordsDecodesTheSameHoweverItIsCut() throws IOException {
        Random random = new Random(SEED);
        List<byte[]> expected = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (byte[] vector : List.of(Rfc8448VectorsTest.CLIENT_HELLO_RECORD, Rfc8448VectorsTest.SERVER_HELLO_RECORD)) {
            expected.add(vector);
            stream.writeBytes(vector);
        }
        for (int i = 0; i < 20; i++) {
            byte[] wire = TlsRecordCodec.INSTANCE.encode(randomRecord(random));
            expected.add(wire);
            stream.writeBytes(wire);
        }
        byte[] wire = stream.toByteArray();
        for (int round = 0; round < 40; round++) {
            int maxChunk = round == 0 ? 1 : 1 + random.nextInt(round < 20 ? 8 : 600);
            FrameReader<TlsRecord> reader = TlsRecordReader.push();
            List<TlsRecord> out = new ArrayList<>();
            for (int at = 0; at < wire.length; ) {
                int n = Math.min(wire.length - at, 1 + random.nextInt(maxChunk));
                out.addAll(reader.feed(java.util.Arrays.copyOfRange(wire, at, at + n)));
                at += n;
            }
            assertEncodeTo(expected, out, "chunks of up to " + maxChunk);
        }
        List<TlsRecord> pulled = new ArrayList<>();
        try (WireReader<TlsRecord> pull = TlsRecordReader.pull(new ByteArrayInputStream(wire))) {
            for (TlsRecord record; (record = pull.read()) != null && pulled.size() <= expected.size(); ) {
                pulled.add(record);
            }
        }
        assertEncodeTo(expected, pulled, "pull reader");
    }

    @Test
    void aFallbackDoesNotEncodeATypeAnotherBodyHas() {
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> ClientExtensionCodec.INSTANCE.encode(
                new ClientExtension(ExtensionType.KEY_SHARE, new ClientExtensionBody.Unknown(new byte[] {1}))));
        assertTrue(e.getMessage().startsWith("Cannot encode ClientExtension.data"), e.getMessage());
    }

    private static void assertEncodeTo(List<byte[]> expected, List<TlsRecord> records, String how) {
        assertEquals(expected.size(), records.size(), how + "; seed " + SEED);
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), TlsRecordCodec.INSTANCE.encode(records.get(i)), how + ", record " + i + "; seed " + SEED);
        }
    }

    static TlsRecord randomRecord(Random random) {
        int version = random.nextBoolean() ? 0x0303 : 0x0301;
        return switch (random.nextInt(6)) {
            case 0 -> new TlsRecord(ContentType.CHANGE_CIPHER_SPEC, version, new Fragment.ChangeCipherSpec(1));
            case 1 -> new TlsRecord(ContentType.ALERT, version, new Fragment.Alert(1 + random.nextInt(2), random.nextInt(256)));
            case 2 -> new TlsRecord(ContentType.APPLICATION_DATA, version, new Fragment.ApplicationData(bytes(random, 0, 300)));
            case 3 -> new TlsRecord(other(random, RECORD_TYPES, 255), version, new Fragment.Unknown(bytes(random, 0, 40)));
            default -> {
                List<Handshake> messages = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    messages.add(randomHandshake(random));
                }
                yield new TlsRecord(ContentType.HANDSHAKE, version, new Fragment.Handshakes(messages));
            }
        };
    }

    static Handshake randomHandshake(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> new Handshake(HandshakeBody.CLIENT_HELLO, randomClientHello(random));
            case 1 -> new Handshake(HandshakeBody.SERVER_HELLO, randomServerHello(random));
            default -> new Handshake(other(random, Set.of(1, 2), 255), new HandshakeBody.Other(bytes(random, 0, 100)));
        };
    }

    static ClientHello randomClientHello(Random random) {
        List<ClientExtension> extensions = new ArrayList<>();
        for (int n = random.nextInt(9); n > 0; n--) {
            int type = random.nextInt(8);
            ClientExtensionBody body = switch (type) {
                case 0 -> new ClientExtensionBody.ServerNameList(List.of(ServerName.hostName(name(random))));
                case 1 -> new ClientExtensionBody.SupportedGroups(u16s(random, 1, 10));
                case 2 -> new ClientExtensionBody.EcPointFormats(u8s(random));
                case 3 -> new ClientExtensionBody.SignatureAlgorithms(u16s(random, 1, 20));
                case 4 -> new ClientExtensionBody.SupportedVersions(u16s(random, 1, 5));
                case 5 -> new ClientExtensionBody.PskKeyExchangeModes(u8s(random));
                case 6 -> new ClientExtensionBody.KeyShareClientHello(List.of(
                        new KeyShareEntry(random.nextInt(0x10000), bytes(random, 1, 97)),
                        new KeyShareEntry(random.nextInt(0x10000), bytes(random, 1, 33))).subList(0, random.nextInt(3)));
                default -> new ClientExtensionBody.Unknown(bytes(random, 0, 20));
            };
            int code = type < 7 ? List.of(0, 10, 11, 13, 43, 45, 51).get(type) : other(random, CLIENT_TYPES, 0xFFFF);
            extensions.add(new ClientExtension(code, body));
        }
        return new ClientHello(0x0303, bytes(random, 32, 32), bytes(random, 0, 32), u16s(random, 1, 30),
                bytes(random, 1, 3), extensions);
    }

    static ServerHello randomServerHello(Random random) {
        List<ServerExtension> extensions = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            extensions.add(switch (random.nextInt(3)) {
                case 0 -> new ServerExtension(ExtensionType.SUPPORTED_VERSIONS, new ServerExtensionBody.SupportedVersion(random.nextInt(0x10000)));
                case 1 -> new ServerExtension(ExtensionType.KEY_SHARE, new ServerExtensionBody.KeyShareServerHello(
                        new KeyShareEntry(random.nextInt(0x10000), bytes(random, 1, 65))));
                default -> new ServerExtension(other(random, SERVER_TYPES, 0xFFFF), new ServerExtensionBody.Unknown(bytes(random, 0, 20)));
            });
        }
        return new ServerHello(0x0303, bytes(random, 32, 32), bytes(random, 0, 32), random.nextInt(0x10000), 0, extensions);
    }

    private static int other(Random random, Set<Integer> taken, int max) {
        while (true) {
            int value = random.nextInt(max + 1);
            if (!taken.contains(value)) {
                return value;
            }
        }
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        for (int n = 1 + random.nextInt(30); n > 0; n--) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.append(".example").toString();
    }

    private static List<Integer> u16s(Random random, int min, int max) {
        List<Integer> values = new ArrayList<>();
        for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
            values.add(random.nextInt(0x10000));
        }
        return values;
    }

    private static List<Integer> u8s(Random random) {
        List<Integer> values = new ArrayList<>();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            values.add(random.nextInt(256));
        }
        return values;
    }

    private static byte[] bytes(Random random, int min, int max) {
        byte[] bytes = new byte[min + random.nextInt(max - min + 1)];
        random.nextBytes(bytes);
        return bytes;
    }
}

package io.wireform.samples.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireException;
import io.wireform.samples.tls.ClientExtensionBody.KeyShareClientHello;
import io.wireform.samples.tls.ClientExtensionBody.ServerNameList;
import io.wireform.samples.tls.ClientExtensionBody.SignatureAlgorithms;
import io.wireform.samples.tls.ClientExtensionBody.SupportedGroups;
import io.wireform.samples.tls.ClientExtensionBody.SupportedVersions;
import io.wireform.samples.tls.HandshakeBody.ClientHello;
import io.wireform.samples.tls.HandshakeBody.ServerHello;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hellos of RFC 8448's "Simple 1-RTT Handshake" (section 3), decoded field by field and encoded back. */
class Rfc8448VectorsTest {
    private static final HexFormat HEX = HexFormat.of();

    /** "{client} send handshake record: complete record (200 octets)". */
    static final byte[] CLIENT_HELLO_RECORD = HEX.parseHex("16030100c4"
            + "010000c00303cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7"
            + "000006130113031302" + "0100" + "0091"
            + "0000000b0009000006736572766572"
            + "ff01000100"
            + "000a00140012001d001700180019010001010102010301040"
            + "0230000"
            + "003300260024001d0020" + "99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c"
            + "002b0003020304"
            + "000d0020001e040305030603020308040805080604010501060102010402050206020202"
            + "002d00020101"
            + "001c00024001");

    /** "{server} send handshake record: complete record (95 octets)". */
    static final byte[] SERVER_HELLO_RECORD = HEX.parseHex("160303005a"
            + "020000560303a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e26928"
            + "00" + "1301" + "00" + "002e"
            + "00330024001d0020c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f"
            + "002b00020304");

    @Test
    void clientHelloDecodesFieldByFieldAndEncodesBack() {
        TlsRecord record = TlsRecordCodec.INSTANCE.decode(CLIENT_HELLO_RECORD);
        assertEquals(ContentType.HANDSHAKE, record.type());
        assertEquals(0x0301, record.legacyRecordVersion());
        Handshake handshake = ((Fragment.Handshakes) record.fragment()).messages().get(0);
        assertEquals(HandshakeBody.CLIENT_HELLO, handshake.msgType());
        ClientHello hello = (ClientHello) handshake.body();
        assertEquals(0x0303, hello.legacyVersion());
        assertArrayEquals(HEX.parseHex("cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7"), hello.random());
        assertEquals(0, hello.legacySessionId().length);
        assertEquals(List.of(0x1301, 0x1303, 0x1302), hello.cipherSuites());
        assertArrayEquals(new byte[] {0}, hello.legacyCompressionMethods());

        List<ClientExtension> extensions = hello.extensions();
        assertEquals(List.of(0, 0xff01, 10, 35, 51, 43, 13, 45, 28),
                extensions.stream().map(ClientExtension::type).toList());
        assertEquals("server", ((ServerNameList) extensions.get(0).data()).serverNameList().get(0).hostName());
        // renegotiation_info, session_ticket and record_size_limit are not modelled: kept raw
        assertArrayEquals(new byte[] {0}, ((ClientExtensionBody.Unknown) extensions.get(1).data()).data());
        assertArrayEquals(new byte[0], ((ClientExtensionBody.Unknown) extensions.get(3).data()).data());
        assertArrayEquals(HEX.parseHex("4001"), ((ClientExtensionBody.Unknown) extensions.get(8).data()).data());
        assertEquals(List.of(0x1d, 0x17, 0x18, 0x19, 0x100, 0x101, 0x102, 0x103, 0x104),
                ((SupportedGroups) extensions.get(2).data()).namedGroupList());
        KeyShareEntry share = ((KeyShareClientHello) extensions.get(4).data()).clientShares().get(0);
        assertEquals(KeyShareEntry.X25519, share.group());
        assertArrayEquals(HEX.parseHex("99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c"), share.keyExchange());
        assertEquals(List.of(0x0304), ((SupportedVersions) extensions.get(5).data()).versions());
        assertEquals(15, ((SignatureAlgorithms) extensions.get(6).data()).supportedSignatureAlgorithms().size());
        assertEquals(List.of(1), ((ClientExtensionBody.PskKeyExchangeModes) extensions.get(7).data()).keModes());

        assertArrayEquals(CLIENT_HELLO_RECORD, TlsRecordCodec.INSTANCE.encode(record));
    }

    @Test
    void serverHelloDecodesFieldByFieldAndEncodesBack() {
        TlsRecord record = TlsRecordCodec.INSTANCE.decode(SERVER_HELLO_RECORD);
        ServerHello hello = (ServerHello) ((Fragment.Handshakes) record.fragment()).messages().get(0).body();
        assertFalse(hello.isHelloRetryRequest());
        assertEquals(0x1301, hello.cipherSuite());
        assertEquals(0, hello.legacyCompressionMethod());
        ServerExtensionBody.KeyShareServerHello share = (ServerExtensionBody.KeyShareServerHello) hello.extensions().get(0).data();
        assertEquals(KeyShareEntry.X25519, share.serverShare().group());
        assertEquals(32, share.serverShare().keyExchange().length);
        assertEquals(0x0304, ((ServerExtensionBody.SupportedVersion) hello.extensions().get(1).data()).selectedVersion());
        assertArrayEquals(SERVER_HELLO_RECORD, TlsRecordCodec.INSTANCE.encode(record));
    }

    @Test
    void aRecordTheSampleDoesNotKnowIsKeptWhole() {
        byte[] heartbeat = HEX.parseHex("1803030003010203");
        TlsRecord record = TlsRecordCodec.INSTANCE.decode(heartbeat);
        assertArrayEquals(HEX.parseHex("010203"), assertInstanceOf(Fragment.Unknown.class, record.fragment()).data());
        assertArrayEquals(heartbeat, TlsRecordCodec.INSTANCE.encode(record));
    }

    @Test
    void anExtensionLongerThanItsBodyIsAnErrorAtTheRightPlace() {
        byte[] bad = CLIENT_HELLO_RECORD.clone();
        int versions = indexOf(bad, HEX.parseHex("002b0003020304"));
        bad[versions + 3] = 4; // supported_versions says 4 bytes; its u8 vector says 2 + its byte count
        WireException e = assertThrows(WireException.class, () -> TlsRecordCodec.INSTANCE.decode(bad));
        // the offset counts from the record's start; the message says nothing that counts from the extension's
        assertEquals("Malformed frame at offset " + (versions + 7)
                + " (TlsRecord.fragment.Handshakes.messages[].body.ClientHello.extensions[].<length>):"
                + " expected the length region to end 1 byte further on, found its fields ending here"
                + " [2c 00 2b 00 04 02 03 04 [00] 0d 00 20 00 1e 04 03 05]", e.getMessage());
    }

    @Test
    void aHostNameLongerThanItsExtensionIsAnErrorAtTheRightPlace() {
        byte[] bad = CLIENT_HELLO_RECORD.clone();
        int name = indexOf(bad, HEX.parseHex("0006736572766572")); // host_name<1..2^16-1>: 6, "server"
        bad[name + 1] = 9;
        WireException e = assertThrows(WireException.class, () -> TlsRecordCodec.INSTANCE.decode(bad));
        // a nested record (the ServerName) running past its region: counted from the region's end
        assertEquals("Malformed frame at offset " + (name + 8) + " (TlsRecord.fragment.Handshakes.messages[].body"
                + ".ClientHello.extensions[].data.ServerNameList.serverNameList[].hostName): expected 3 more bytes"
                + " in its length region, found the region's end"
                + " [00 09 73 65 72 76 65 72 [ff] 01 00 01 00 00 0a 00 14]", e.getMessage());
    }

    @Test
    void aSessionIdLongerThanItsHandshakeIsAnErrorAtTheRightPlace() {
        byte[] bad = HEX.parseHex("16030100" + "2c" + "010000" + "28" + "0303" + "00".repeat(32) + "20" + "0102030405");
        WireException e = assertThrows(WireException.class, () -> TlsRecordCodec.INSTANCE.decode(bad));
        assertEquals("Malformed frame at offset 49 (TlsRecord.fragment.Handshakes.messages[].body.ClientHello.legacySessionId):"
                + " expected 27 more bytes in its length region, found the region's end [00 00 20 01 02 03 04 05 []]",
                e.getMessage());
    }

    @Test
    void aVersionCutByItsVectorsLengthIsAnErrorAtTheRightPlace() {
        TlsRecord record = TlsRecordCodec.INSTANCE.decode(CLIENT_HELLO_RECORD);
        ClientHello hello = (ClientHello) ((Fragment.Handshakes) record.fragment()).messages().get(0).body();
        List<ClientExtension> extensions = new java.util.ArrayList<>(hello.extensions());
        extensions.set(5, new ClientExtension(ExtensionType.SUPPORTED_VERSIONS, new SupportedVersions(List.of(0x0304, 0x0303))));
        byte[] bad = TlsRecordCodec.INSTANCE.encode(TlsRecord.handshake(0x0301, Handshake.of(new ClientHello(0x0303,
                hello.random(), hello.legacySessionId(), hello.cipherSuites(), hello.legacyCompressionMethods(), extensions))));
        int versions = indexOf(bad, HEX.parseHex("002b00050403040303"));
        bad[versions + 4] = 3; // versions<2..254> says 3 bytes: the second version has 1 of its 2
        WireException e = assertThrows(WireException.class, () -> TlsRecordCodec.INSTANCE.decode(bad));
        assertEquals("Malformed frame at offset " + (versions + 5) + " (TlsRecord.fragment.Handshakes.messages[].body"
                + ".ClientHello.extensions[].data.SupportedVersions.versions): expected whole elements of 2 bytes,"
                + " found 3 bytes [9a af 2c 00 2b 00 05 03 [03] 04 03 03 00 0d 00 20 00]", e.getMessage());
    }

    @Test
    void aChangeCipherSpecMustCarryOne() {
        assertArrayEquals(HEX.parseHex("140303000101"), TlsRecordCodec.INSTANCE.encode(
                new TlsRecord(ContentType.CHANGE_CIPHER_SPEC, 0x0303, new Fragment.ChangeCipherSpec(1))));
        WireException e = assertThrows(WireException.class, () -> TlsRecordCodec.INSTANCE.decode(HEX.parseHex("140303000102")));
        assertTrue(e.getMessage().contains("expected 1, found 2"), e.getMessage());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found: " + HEX.formatHex(needle));
    }
}

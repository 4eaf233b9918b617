package io.wireform.samples.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole DNS messages: compressed answers decoded, messages round-tripped, errors placed, streams split anywhere. */
class DnsMessageTest {
    private static final WireCodec<DnsMessage> CODEC = DnsMessageCodec.INSTANCE;

    @Test
    void decodesACompressedAnswer() {
        DnsMessage m = CODEC.decode(DnsVectors.CNAME_AND_A);
        assertEquals(0xdb42, m.header().id());
        assertTrue(m.header().response() && m.header().recursionDesired() && m.header().recursionAvailable());
        assertEquals(List.of(new Question("www.example.com", 1, 1)), m.questions());
        ResourceRecord cname = m.answers().get(0);
        assertEquals("www.example.com", cname.name());
        assertEquals(3600, cname.ttl());
        assertEquals("example.com", assertInstanceOf(RData.Cname.class, cname.data()).target());
        ResourceRecord a = m.answers().get(1);
        assertEquals("example.com", a.name());
        assertArrayEquals(new byte[] {93, (byte) 184, (byte) 216, 34}, assertInstanceOf(RData.A.class, a.data()).address());
    }

    @Test
    void decodesDnsmasqsAnswerWhosePointerReachesIntoRdata() {
        DnsMessage m = CODEC.decode(DnsVectors.DNSMASQ_CNAME);
        assertTrue(m.header().authoritative());
        assertEquals("example.test", ((RData.Cname) m.answers().get(0).data()).target());
        assertEquals("example.test", m.answers().get(1).name(), "c02e points into the CNAME's RDATA");
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 7}, ((RData.A) m.answers().get(1).data()).address());
    }

    @Test
    void roundTripsUncompressedAndKeepsUnknownTypes() {
        DnsMessage decoded = CODEC.decode(DnsVectors.CNAME_AND_A);
        byte[] encoded = CODEC.encode(decoded);
        assertEquals(CODEC.sizeOf(decoded), encoded.length);
        // names written out: 17 bytes for www.example.com, 13 for each example.com, instead of 2-byte pointers
        assertEquals(DnsVectors.CNAME_AND_A.length + 15 + 11 + 11, encoded.length);
        assertArrayEquals(encoded, CODEC.encode(CODEC.decode(encoded)));

        ResourceRecord txt = new ResourceRecord("example.test", 16, 1, 60, new RData.Unknown(DnsVectors.hex("05 68656c6c6f")));
        ResourceRecord mx = new ResourceRecord("example.test", 15, 1, 60, new RData.Mx(10, "mail.example.test"));
        ResourceRecord soa = new ResourceRecord("test", 6, 1, 60,
                new RData.Soa("ns.test", "admin.test", 2026120301L, 7200, 3600, 1209600, 300));
        DnsMessage message = new DnsMessage(new Header(7, true, 0, true, false, true, true, 0, 0, 0, 2, 1, 0), List.of(),
                List.of(txt, mx), List.of(soa), List.of());
        DnsMessage back = CODEC.decode(CODEC.encode(message));
        assertArrayEquals(new byte[] {5, 'h', 'e', 'l', 'l', 'o'}, ((RData.Unknown) back.answers().get(0).data()).data());
        assertEquals(new RData.Mx(10, "mail.example.test"), back.answers().get(1).data());
        assertEquals(soa, back.authorities().get(0));
        assertArrayEquals(CODEC.encode(message), CODEC.encode(back));
    }

    @Test
    void explainShowsTheHeaderAndTheSectionsItCounts() {
        var explanation = CODEC.explain(DnsVectors.CNAME_AND_A);
        assertTrue(explanation.ok(), explanation::toString);
        assertArrayEquals(CODEC.encode(CODEC.decode(DnsVectors.CNAME_AND_A)), CODEC.encode((DnsMessage) explanation.value().orElseThrow()));
        List<String> paths = explanation.rows().stream().map(r -> r.path()).toList();
        assertTrue(paths.contains("DnsMessage.header.qdcount"), paths::toString);
        var answers = explanation.rows().stream().filter(r -> r.path().equals("DnsMessage.answers")).findFirst().orElseThrow();
        assertEquals(2, ((List<?>) answers.value()).size(), explanation::toString);
    }

    @Test
    void aListLongerThanItsCountInTheHeaderIsNotEncoded() {
        DnsMessage query = DnsMessage.query(1, new Question("example.test", 1, 1));
        DnsMessage wrong = new DnsMessage(query.header(), List.of(query.questions().get(0), query.questions().get(0)),
                List.of(), List.of(), List.of());
        assertEquals("Cannot encode DnsMessage.questions: expected 1 (the value of 'header.qdcount'), got 2",
                assertThrows(WireEncodeException.class, () -> CODEC.encode(wrong)).getMessage());
    }

    @Test
    void aPointerLoopInAnAnswerNamesItsField() {
        byte[] bytes = DnsVectors.CNAME_AND_A.clone();
        int secondOwner = 33 + 14; // header 12, question 21, first answer 14 bytes
        bytes[secondOwner + 1] = (byte) secondOwner; // the owner name points at itself
        WireException e = assertThrows(WireDecodeException.class, () -> CODEC.decode(bytes));
        assertEquals("DnsMessage.answers[].name", e.fieldPath());
        assertEquals(secondOwner, e.offset());
        assertTrue(e.getMessage().contains("a forward pointer"), e.getMessage());
    }

    @Test
    void aNameRunningPastItsRdlengthIsMalformed() {
        byte[] bytes = DnsVectors.CNAME_AND_A.clone();
        bytes[33 + 11] = 1; // the CNAME's RDLENGTH 2 -> 1: its pointer is cut by the region
        WireException e = assertThrows(WireDecodeException.class, () -> CODEC.decode(bytes));
        assertTrue(e.fieldPath().startsWith("DnsMessage.answers[].data"), e.fieldPath());
    }

    @Test
    void encodeErrorsNameTheField() {
        DnsMessage bad = DnsMessage.query(1, Question.in("a".repeat(64) + ".test", 1));
        WireException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(bad));
        assertEquals("DnsMessage.questions[].name", e.fieldPath());
    }

    @Test
    void streamsSplitAtEveryByteWithTheSchemasOwnFramingAndOverTcpFraming() {
        byte[] one = DnsVectors.CNAME_AND_A;
        byte[] two = DnsVectors.DNSMASQ_CNAME;
        byte[] stream = concat(one, two, one);
        for (int cut = 1; cut < stream.length; cut++) {
            assertEquals(3, readSplit(FrameReader.builder(CODEC).build(), stream, cut).size(), "cut at " + cut);
        }
        byte[] tcp = concat(prefixed(one), prefixed(two));
        List<DnsMessage> bytewise = readSplit(FrameReader.builder(CODEC).framing(Framing.lengthPrefixed(2)).build(), tcp, 1);
        assertEquals(2, bytewise.size());
        assertEquals("example.test", bytewise.get(1).answers().get(1).name());
        assertEquals(one.length, CODEC.frameLength(ByteBuffer.wrap(one)));
        for (int available = 0; available < one.length; available++) {
            int hint = CODEC.frameLength(ByteBuffer.wrap(one), 0, available);
            // the length once the last region's length field is read, else how many bytes must be there first
            assertTrue(hint == one.length || hint < 0 && -hint > available, "with " + available + " bytes: " + hint);
        }
    }

    private static List<DnsMessage> readSplit(FrameReader<DnsMessage> reader, byte[] stream, int chunk) {
        List<DnsMessage> out = new ArrayList<>();
        for (int i = 0; i < stream.length; i += chunk) {
            out.addAll(reader.feed(Arrays.copyOfRange(stream, i, Math.min(stream.length, i + chunk))));
        }
        return out;
    }

    static byte[] prefixed(byte[] message) {
        return concat(new byte[] {(byte) (message.length >> 8), (byte) message.length}, message);
    }

    static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        Arrays.stream(parts).forEach(all::put);
        return all.array();
    }
}

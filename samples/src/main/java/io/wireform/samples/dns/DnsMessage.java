package io.wireform.samples.dns;

import io.wireform.annotations.Bits;
import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;
import java.util.List;

/**
 * A DNS message (RFC 1035 4.1): the header (ID, the flag bits, the four section counts), then the
 * question, answer, authority and additional sections. Names anywhere in it may be compressed; their
 * pointers are offsets from this message's first byte, which is the outermost frame whenever this codec
 * decodes (over TCP the two-byte length before it is the transport's framing).
 */
@Message
public record DnsMessage(
        @UInt16 int id,
        @Bits(1) boolean response,
        @Bits(4) int opcode,
        @Bits(1) boolean authoritative,
        @Bits(1) boolean truncated,
        @Bits(1) boolean recursionDesired,
        @Bits(1) boolean recursionAvailable,
        @Bits(3) int z,
        @Bits(4) int rcode,
        @UInt16 int qdcount,
        @UInt16 int ancount,
        @UInt16 int nscount,
        @UInt16 int arcount,
        @CountedBy("qdcount") List<Question> questions,
        @CountedBy("ancount") List<ResourceRecord> answers,
        @CountedBy("nscount") List<ResourceRecord> authorities,
        @CountedBy("arcount") List<ResourceRecord> additionals) {

    public static final int TYPE_A = 1;
    public static final int TYPE_CNAME = 5;
    public static final int TYPE_MX = 15;
    public static final int TYPE_AAAA = 28;
    public static final int CLASS_IN = 1;

    /** A standard query (opcode 0) for one question, with recursion desired. */
    public static DnsMessage query(int id, Question question) {
        return new DnsMessage(id, false, 0, false, false, true, false, 0, 0, 1, 0, 0, 0, List.of(question), List.of(),
                List.of(), List.of());
    }
}

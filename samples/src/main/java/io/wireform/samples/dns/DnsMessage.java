package io.wireform.samples.dns;

import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Message;
import java.util.List;

/**
 * A DNS message (RFC 1035 4.1): the {@link Header} (ID, the flag bits, the four section counts), then
 * the question, answer, authority and additional sections, each as long as its count in the header
 * says. Names anywhere in it may be compressed; their pointers are offsets from this message's first
 * byte, which is the outermost frame whenever this codec decodes (over TCP the two-byte length before it
 * is the transport's framing).
 */
@Message
public record DnsMessage(
        Header header,
        @CountedBy("header.qdcount") List<Question> questions,
        @CountedBy("header.ancount") List<ResourceRecord> answers,
        @CountedBy("header.nscount") List<ResourceRecord> authorities,
        @CountedBy("header.arcount") List<ResourceRecord> additionals) {

    public static final int TYPE_A = 1;
    public static final int TYPE_CNAME = 5;
    public static final int TYPE_MX = 15;
    public static final int TYPE_AAAA = 28;
    public static final int CLASS_IN = 1;

    /** A standard query (opcode 0) for one question, with recursion desired. */
    public static DnsMessage query(int id, Question question) {
        return new DnsMessage(new Header(id, false, 0, false, false, true, false, 0, 0, 1, 0, 0, 0), List.of(question),
                List.of(), List.of(), List.of());
    }
}

package io.wireform.samples.dns;

import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.Using;

/** An entry of the question section (RFC 1035 4.1.2): QNAME, QTYPE, QCLASS. */
@Message
public record Question(@Using(DnsName.class) String name, @UInt16 int type, @UInt16 int qclass) {
    /** A question of class IN (1). */
    public static Question in(String name, int type) {
        return new Question(name, type, DnsMessage.CLASS_IN);
    }
}

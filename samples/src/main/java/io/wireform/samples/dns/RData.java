package io.wireform.samples.dns;

import io.wireform.annotations.Fallback;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.Using;

/** The RDATA of a resource record, chosen by its TYPE; types not listed keep their bytes in {@link Unknown}. */
@Protocol(selected = true)
public sealed interface RData permits RData.A, RData.Ns, RData.Cname, RData.Soa, RData.Ptr, RData.Mx, RData.Aaaa,
        RData.Unknown {

    /** TYPE 1: an IPv4 address. */
    @Tag(1)
    record A(@Fixed(4) byte[] address) implements RData {}

    /** TYPE 2: an authoritative name server. */
    @Tag(2)
    record Ns(@Using(DnsName.class) String host) implements RData {}

    /** TYPE 5: the canonical name of an alias. */
    @Tag(5)
    record Cname(@Using(DnsName.class) String target) implements RData {}

    /** TYPE 6: the start of a zone of authority. */
    @Tag(6)
    record Soa(@Using(DnsName.class) String mname, @Using(DnsName.class) String rname, @UInt32 long serial,
               @UInt32 long refresh, @UInt32 long retry, @UInt32 long expire, @UInt32 long minimum) implements RData {}

    /** TYPE 12: a domain name pointer. */
    @Tag(12)
    record Ptr(@Using(DnsName.class) String host) implements RData {}

    /** TYPE 15: a mail exchange. */
    @Tag(15)
    record Mx(@UInt16 int preference, @Using(DnsName.class) String exchange) implements RData {}

    /** TYPE 28 (RFC 3596): an IPv6 address. */
    @Tag(28)
    record Aaaa(@Fixed(16) byte[] address) implements RData {}

    /** Any other TYPE: its RDATA as it came, written back unchanged. */
    @Fallback
    record Unknown(@Remaining byte[] data) implements RData {}
}

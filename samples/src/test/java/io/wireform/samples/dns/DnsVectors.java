package io.wireform.samples.dns;

import java.util.HexFormat;

/** DNS messages as bytes, with compression pointers. */
final class DnsVectors {
    private DnsVectors() {}

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    /**
     * The answer to {@code www.example.com A} in the shape resolvers give it: the question name at offset
     * 12, a CNAME record whose owner is a pointer to it (c00c) and whose target is a pointer into it
     * (c010, {@code example.com}), an A record owned by that same pointer.
     */
    static final byte[] CNAME_AND_A = hex("""
            db42 8180 0001 0002 0000 0000
            03777777 076578616d706c65 03636f6d 00  0001 0001
            c00c 0005 0001 00000e10 0002 c010
            c010 0001 0001 00000e10 0004 5db8d822
            """);

    /**
     * dnsmasq 2.90's answer over TCP (without its two-byte length) to {@code www.example.test A}, with
     * {@code --host-record=example.test,192.0.2.7 --cname=www.example.test,example.test}, as the interop
     * test sees it: the CNAME's target written out, and the A record's owner a pointer (c02e) into the
     * CNAME record's RDATA.
     */
    static final byte[] DNSMASQ_CNAME = hex("""
            abcd 8580 0001 0002 0000 0000
            03777777 076578616d706c65 0474657374 00 0001 0001
            c00c 0005 0001 00000000 000e 076578616d706c65 0474657374 00
            c02e 0001 0001 00000000 0004 c0000207
            """);
}

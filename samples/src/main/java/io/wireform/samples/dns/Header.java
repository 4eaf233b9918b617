package io.wireform.samples.dns;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;

/**
 * The header of a DNS message, RFC 1035 4.1.1, field for field:
 *
 * <pre>
 *                                 1  1  1  1  1  1
 *   0  1  2  3  4  5  6  7  8  9  0  1  2  3  4  5
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |                      ID                       |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |QR|   Opcode  |AA|TC|RD|RA|   Z    |   RCODE   |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |                    QDCOUNT                    |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |                    ANCOUNT                    |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |                    NSCOUNT                    |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |                    ARCOUNT                    |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * </pre>
 *
 * The four counts say how many entries each section of the {@link DnsMessage} holds, which counts its
 * lists with paths into this record ({@code @CountedBy("header.qdcount")}).
 */
@Message
public record Header(
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
        @UInt16 int arcount) {}

/**
 * DNS messages (RFC 1035 4.1) as records: the header with its flag bits and section counts, questions,
 * and resource records whose RDATA the TYPE selects ({@link RData}), with unknown types kept whole by a
 * fallback. Names are read by {@link DnsName}, a {@code FieldCodec} that follows compression pointers
 * back into the same message; over TCP (RFC 7766) each message is preceded by a two-byte length, which
 * is the transport's framing ({@code Framing.lengthPrefixed(2)}), so that the message stays the outermost
 * frame its pointers are relative to.
 */
package io.wireform.samples.dns;

package io.wireform.samples.dns;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.Using;
import io.wireform.annotations.Width;

/**
 * A resource record (RFC 1035 4.1.3): NAME, TYPE, CLASS, TTL, RDLENGTH and RDATA, which the TYPE
 * selects and which must fill exactly its RDLENGTH bytes.
 */
@Message
public record ResourceRecord(@Using(DnsName.class) String name, @UInt16 int type, @UInt16 int rclass,
                             @UInt32 long ttl, @Length(Width.UINT16) @SelectedBy("type") RData data) {}

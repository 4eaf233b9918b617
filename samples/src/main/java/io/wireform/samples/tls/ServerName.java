package io.wireform.samples.tls;

import io.wireform.annotations.Const;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/**
 * RFC 6066 3: {@code NameType name_type; select (name_type) { case host_name: HostName; }}. host_name
 * (0) is the only name type defined, and a name of another type is to be refused.
 */
@Message
public record ServerName(@Const(0) @UInt8 int nameType, @Prefixed(Width.UINT16) String hostName) {

    public static ServerName hostName(String name) {
        return new ServerName(0, name);
    }
}

package io.wireform.samples.net.pg;

import io.wireform.annotations.Message;
import io.wireform.annotations.UInt32;

/**
 * PostgreSQL's SSLRequest: Int32(8), Int32(80877103), before the startup message. {@code 00000008
 * 04d2162f}. Its length is always 8, so it is a plain field here.
 */
@Message
public record SslRequest(@UInt32 long length, int code) {
    public static final int CODE = 80877103;

    public SslRequest() {
        this(8, CODE);
    }
}

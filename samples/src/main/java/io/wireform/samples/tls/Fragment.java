package io.wireform.samples.tls;

import io.wireform.annotations.Const;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt8;
import java.util.List;

/** A record's fragment, chosen by its {@link ContentType}; each fills the record's length exactly. */
@Protocol(selected = true)
public sealed interface Fragment {

    /** {@code change_cipher_spec}: one byte, 1 (RFC 5246 7.1; sent for middlebox compatibility in 1.3). */
    @Tag(ContentType.CHANGE_CIPHER_SPEC)
    record ChangeCipherSpec(@Const(1) @UInt8 int type) implements Fragment {}

    /** {@code alert}: {@code AlertLevel level; AlertDescription description;} (RFC 8446 6). */
    @Tag(ContentType.ALERT)
    record Alert(@UInt8 int level, @UInt8 int description) implements Fragment {}

    /**
     * {@code handshake}: one or more handshake messages, back to back. (A message split over several
     * records is allowed by the RFC; the hellos of OpenSSL and of this sample never are.)
     */
    @Tag(ContentType.HANDSHAKE)
    record Handshakes(@Remaining List<Handshake> messages) implements Fragment {}

    /** {@code application_data}: after the hellos of TLS 1.3, every record is one of these, encrypted. */
    @Tag(ContentType.APPLICATION_DATA)
    record ApplicationData(@Remaining byte[] encrypted) implements Fragment {}

    /** Any other content type (heartbeat, or one added later): its bytes, kept as they came. */
    @Fallback
    record Unknown(@Remaining byte[] data) implements Fragment {}
}

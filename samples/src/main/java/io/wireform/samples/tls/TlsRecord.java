package io.wireform.samples.tls;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;

/**
 * A TLS record (RFC 8446 5.1, RFC 5246 6.2.1), in the clear: what goes on the wire before the keys
 * are agreed, and the outer header of every protected record after.
 *
 * <pre>
 * struct {
 *     ContentType type;
 *     ProtocolVersion legacy_record_version;
 *     uint16 length;
 *     opaque fragment[TLSPlaintext.length];
 * } TLSPlaintext;
 * </pre>
 *
 * The fragment is chosen by the content type ({@link Fragment}); its length is not a component.
 *
 * @param type a {@link ContentType} code
 * @param legacyRecordVersion 0x0301 in a client's first record, else 0x0303
 */
@Message
public record TlsRecord(@UInt8 int type,
                        @UInt16 int legacyRecordVersion,
                        @Length(Width.UINT16) @SelectedBy("type") Fragment fragment) {

    /** A record carrying handshake messages, its type and version as the RFC says for them. */
    public static TlsRecord handshake(int legacyRecordVersion, Handshake... messages) {
        return new TlsRecord(ContentType.HANDSHAKE, legacyRecordVersion, new Fragment.Handshakes(List.of(messages)));
    }
}

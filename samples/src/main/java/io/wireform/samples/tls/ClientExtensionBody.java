package io.wireform.samples.tls;

import io.wireform.annotations.Fallback;
import io.wireform.annotations.Length;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;

/** The {@code extension_data} of a {@link ClientExtension}, chosen by its type; each fills it exactly. */
@Protocol(selected = true)
public sealed interface ClientExtensionBody {

    /** RFC 6066 3: {@code ServerName server_name_list<1..2^16-1>}. */
    @Tag(ExtensionType.SERVER_NAME)
    record ServerNameList(@Length(Width.UINT16) @Remaining List<ServerName> serverNameList) implements ClientExtensionBody {}

    /** RFC 8446 4.2.7: {@code NamedGroup named_group_list<2..2^16-1>}. */
    @Tag(ExtensionType.SUPPORTED_GROUPS)
    record SupportedGroups(@Length(Width.UINT16) @Remaining @UInt16 List<Integer> namedGroupList) implements ClientExtensionBody {}

    /** RFC 8422 5.1.2: {@code ECPointFormat ec_point_format_list<1..2^8-1>}. */
    @Tag(ExtensionType.EC_POINT_FORMATS)
    record EcPointFormats(@Prefixed(Width.UINT8) @UInt8 List<Integer> ecPointFormatList) implements ClientExtensionBody {}

    /** RFC 8446 4.2.3: {@code SignatureScheme supported_signature_algorithms<2..2^16-2>}. */
    @Tag(ExtensionType.SIGNATURE_ALGORITHMS)
    record SignatureAlgorithms(@Length(Width.UINT16) @Remaining @UInt16 List<Integer> supportedSignatureAlgorithms) implements ClientExtensionBody {}

    /** RFC 8446 4.2.1, in a ClientHello: {@code ProtocolVersion versions<2..254>}. */
    @Tag(ExtensionType.SUPPORTED_VERSIONS)
    record SupportedVersions(@Length(Width.UINT8) @Remaining @UInt16 List<Integer> versions) implements ClientExtensionBody {}

    /** RFC 8446 4.2.9: {@code PskKeyExchangeMode ke_modes<1..255>}. */
    @Tag(ExtensionType.PSK_KEY_EXCHANGE_MODES)
    record PskKeyExchangeModes(@Prefixed(Width.UINT8) @UInt8 List<Integer> keModes) implements ClientExtensionBody {}

    /** RFC 8446 4.2.8, in a ClientHello: {@code KeyShareEntry client_shares<0..2^16-1>}. */
    @Tag(ExtensionType.KEY_SHARE)
    record KeyShareClientHello(@Length(Width.UINT16) @Remaining List<KeyShareEntry> clientShares) implements ClientExtensionBody {}

    /** Every other extension (session_ticket, encrypt_then_mac, padding, one added later...): its data as it came. */
    @Fallback
    record Unknown(@Remaining byte[] data) implements ClientExtensionBody {}
}

package io.wireform.samples.tls;

import io.wireform.annotations.Fallback;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;

/** The {@code extension_data} of a {@link ServerExtension} (of a ServerHello), chosen by its type. */
@Protocol(selected = true)
public sealed interface ServerExtensionBody {

    /** RFC 8446 4.2.1, in a ServerHello: {@code ProtocolVersion selected_version}. */
    @Tag(ExtensionType.SUPPORTED_VERSIONS)
    record SupportedVersion(@UInt16 int selectedVersion) implements ServerExtensionBody {}

    /** RFC 8446 4.2.8, in a ServerHello: {@code KeyShareEntry server_share}. */
    @Tag(ExtensionType.KEY_SHARE)
    record KeyShareServerHello(KeyShareEntry serverShare) implements ServerExtensionBody {}

    /** Every other extension: its data as it came. */
    @Fallback
    record Unknown(@Remaining byte[] data) implements ServerExtensionBody {}
}

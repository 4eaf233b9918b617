package io.wireform.samples.tls;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.Width;

/**
 * An extension of a ClientHello (RFC 8446 4.2):
 *
 * <pre>
 * struct {
 *     ExtensionType extension_type;
 *     opaque extension_data&lt;0..2^16-1&gt;;
 * } Extension;
 * </pre>
 *
 * The data is chosen by the type ({@link ClientExtensionBody}); one the sample does not know is kept
 * whole by {@link ClientExtensionBody.Unknown}.
 */
@Message
public record ClientExtension(@UInt16 int type,
                              @Length(Width.UINT16) @SelectedBy("type") ClientExtensionBody data) {}

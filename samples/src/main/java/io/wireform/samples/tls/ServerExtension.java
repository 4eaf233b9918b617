package io.wireform.samples.tls;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.Width;

/**
 * An extension of a ServerHello: the same {@code Extension} structure as {@link ClientExtension}, but
 * RFC 8446 gives some types another body in a ServerHello ({@code select (Handshake.msg_type)}), so the
 * bodies are a protocol of their own, {@link ServerExtensionBody}.
 */
@Message
public record ServerExtension(@UInt16 int type,
                              @Length(Width.UINT16) @SelectedBy("type") ServerExtensionBody data) {}

package io.wireform.samples.net.pg;

import io.wireform.annotations.Message;

/** The server's answer to an {@link SslRequest}: the single byte {@code 'S'} (yes) or {@code 'N'} (no). */
@Message
public record SslAnswer(byte answer) {}

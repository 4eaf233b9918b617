package io.wireform.samples.framing;

import io.wireform.annotations.Charset;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;

/**
 * seeds/001 and 003, the fixed-length pattern of {@code tcp_sixteen.py}: every message is exactly
 * 16 ASCII bytes, {@code "Hi there, server"}. Shorter texts are padded with spaces, which decoding
 * strips again.
 */
@Message
public record Sixteen(@Fixed(value = 16, pad = ' ') @Charset("US-ASCII") String text) {}

package io.wireform.samples.device;

import io.wireform.annotations.Message;

/**
 * seeds/004 as the Twisted answer reads it: one 544-byte message of three marked blocks,
 * {@code FDAA + 150 + CCDD FDCC + 190 + CCDD FDCC + 192 + CCDD}. Every marker is checked on decode;
 * a wrong one is reported at its offset, e.g. {@code DeviceFrame.extra1.<magic>} at offset 155.
 */
@Message
public record DeviceFrame(Realtime realtime, Extra extra1, ExtraLong extra2) {}

package io.wireform.samples.device;

import io.wireform.annotations.Protocol;

/**
 * seeds/004 read the other way: the device sends the three blocks as separate frames. They carry
 * no tag; {@code FD AA} marks a real-time block, and the two {@code FD CC} blocks are told apart by
 * where their {@code CC DD} end marker sits, after 190 or 192 data bytes.
 */
@Protocol(untagged = true)
public sealed interface DeviceBlock permits Realtime, Extra, ExtraLong {}

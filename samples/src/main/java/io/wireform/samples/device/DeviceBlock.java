package io.wireform.samples.device;

import io.wireform.annotations.Protocol;
import io.wireform.annotations.Resync;

/**
 * seeds/004 read the other way: the device sends the three blocks as separate frames. They carry
 * no tag; {@code FD AA} marks a real-time block, and the two {@code FD CC} blocks are told apart by
 * where their {@code CC DD} end marker sits, after 190 or 192 data bytes. Its generated reader,
 * {@code DeviceBlockReader}, skips garbage up to the next magic and refuses frames over 1 KiB.
 */
@Protocol(untagged = true, resync = Resync.SCAN_TO_MAGIC, maxFrameLength = 1024)
public sealed interface DeviceBlock permits Realtime, Extra, ExtraLong {}

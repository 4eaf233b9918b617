package io.wireform.samples.tlv;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Const;
import io.wireform.annotations.Length;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Resync;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.Width;

/**
 * MQTT-like control packets: the type in the top 4 bits of the first byte, flags the protocol fixes
 * in the low 4, a varint length of the rest. Frames of types it does not know a reader skips whole
 * ({@code Resync.SKIP_UNKNOWN}). What the conformance module fuzzes for bit-field tags with constants
 * and skipped frames.
 *
 * <p>{@code new Subscribe(2, 10, new byte[] {1})} is {@code 82 03 000a 01}.
 */
@Protocol(tag = Width.UINT8, tagBits = 4, length = @Length(Width.MQTT), resync = Resync.SKIP_UNKNOWN)
public sealed interface Control permits Control.Connect, Control.Subscribe, Control.Ping {

    @Tag(1)
    record Connect(@Bits(4) @Const(0) int flags, @UInt16 int keepAlive, @Prefixed(Width.UINT16) String clientId)
            implements Control {}

    @Tag(8)
    record Subscribe(@Bits(4) @Const(2) int flags, @UInt16 int packetId, @Remaining byte[] topics)
            implements Control {}

    @Tag(12)
    record Ping(@Bits(4) @Const(0) int flags) implements Control {}
}

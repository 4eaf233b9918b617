package io.wireform.samples.wireshark;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Const;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Half;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/** The constructs added after the first dissectors: selected components, fallback records, protocol lengths, half floats, constants, a bit-field tag whose group runs past it. */
final class Newer {
    private Newer() {}

    @Protocol(selected = true) sealed interface Body permits Small, Big, Other {}
    @Tag(value = 0, to = 9) record Small(@UInt8 int n) implements Body {}
    @Tag(10) record Big(int n) implements Body {}
    @Fallback record Other(short raw) implements Body {}
    @Message record Reading(@Half float celsius, @Const(7) @UInt8 short version, @UInt8 int kind,
                            @SelectedBy("kind") Body body) {}

    @Protocol(tag = Width.UINT8, length = @Length(Width.UINT8)) sealed interface Tlv permits Ping, Unknown {}
    @Tag(1) record Ping(@UInt8 int seq) implements Tlv {}
    @Fallback record Unknown(@UInt8 int type, @Remaining byte[] body) implements Tlv {}

    /** Half floats in one byte order: struct's 'e'. */
    @Message record HalfPair(@Half float a, @UInt8 int n, @Half float b) {}

    @Protocol(tag = Width.UINT8, tagBits = 4) sealed interface Nibble permits Wide {}
    @Tag(2) record Wide(@Bits(12) int value) implements Nibble {}
}

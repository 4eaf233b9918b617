package io.wireform.samples.derived;

import io.wireform.annotations.Code;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.WireEnum;
import io.wireform.annotations.Width;

/** Records chosen by a component of an earlier nested header: {@code @SelectedBy("header.kind")}. */
final class PathSelected {
    private PathSelected() {}

    @WireEnum enum Kind { @Code(1) PING, @Code(2) DATA, @Code(0x80) @Fallback OTHER }

    @Message record Header(@UInt8 int version, Kind kind, @UInt16 int seq) {}

    @Protocol(selected = true) sealed interface Body permits Ping, Data, Raw {}
    @Tag(1) record Ping(int nonce) implements Body {}
    @Tag(2) record Data(@Prefixed(Width.UINT8) byte[] bytes) implements Body {}
    /** The fallback constant's code and every code above it, which no constant has. */
    @Tag(value = 0x80, to = 0xFF) record Raw(@UInt16 int word) implements Body {}

    /** The header's kind chooses the body; a byte after it. */
    @Message record Packet(Header header, @SelectedBy("header.kind") Body body, @UInt8 int tail) {}

    /** The same body chosen by a component of the record itself. */
    @Message record Direct(Kind kind, @SelectedBy("kind") Body body) {}

    @Message record Head(@UInt8 int flags, @UInt8 int type) {}

    @Protocol(selected = true) sealed interface Value permits Small, Wide, Other {}
    @Tag(value = 0, to = 9) record Small(@UInt8 int n) implements Value {}
    @Tag(10) record Wide(long n) implements Value {}
    @Fallback record Other(@Prefixed(Width.UINT8) String text) implements Value {}

    /** Two levels down, an integer: {@code head.type} of {@code outer}. */
    @Message record Outer(@UInt8 int id, Head head) {}
    @Message record Deep(Outer outer, @SelectedBy("outer.head.type") Value value) {}
}

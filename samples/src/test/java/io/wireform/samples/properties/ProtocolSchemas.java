package io.wireform.samples.properties;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.Width;
import io.wireform.samples.properties.ListSchemas.Point;
import java.util.List;

/** Tagged unions with each tag width. */
final class ProtocolSchemas {
    private ProtocolSchemas() {}

    /** One-byte tags; a record without components. */
    @Protocol
    sealed interface Cmd8 permits Cmd8.Ping, Cmd8.Echo, Cmd8.Move {
        @Tag(0) record Ping() implements Cmd8 {}
        @Tag(0x7F) record Echo(@Prefixed(Width.UINT8) byte[] data) implements Cmd8 {}
        @Tag(0xFF) record Move(short dx, short dy, @UInt8 int speed) implements Cmd8 {}
    }

    /** Two-byte little-endian tags; the records are little-endian too. */
    @Protocol(tag = Width.UINT16, endian = Endian.LITTLE)
    sealed interface Cmd16 permits Cmd16.Hello, Cmd16.Data, Cmd16.Bye {
        @Tag(0x0102) record Hello(@UInt16 int version) implements Cmd16 {}
        @Tag(0xFFFF) record Data(@Prefixed(Width.UINT16) String text, @Prefixed(Width.MQTT) byte[] rest) implements Cmd16 {}
        @Tag(1) record Bye() implements Cmd16 {}
    }

    /** Four-byte tags, one of them above Integer.MAX_VALUE. */
    @Protocol(tag = Width.UINT32)
    sealed interface Cmd32 permits Cmd32.Small, Cmd32.Big, Cmd32.Empty {
        @Tag(7) record Small(byte b) implements Cmd32 {}
        @Tag(0xDEADBEEFL) record Big(@Prefixed(Width.VARINT) List<Point> points) implements Cmd32 {}
        @Tag(0xFFFFFFFFL) record Empty() implements Cmd32 {}
    }

    /** Varint tags of one, two and five bytes. */
    @Protocol(tag = Width.VARINT)
    sealed interface CmdVar permits CmdVar.One, CmdVar.Two, CmdVar.Five {
        @Tag(1) record One(@Varint int value) implements CmdVar {}
        @Tag(300) record Two(@Prefixed(Width.UINT8) String name) implements CmdVar {}
        @Tag(0x7FFFFFFFL) record Five() implements CmdVar {}
    }

    /** Varint tags at and above 2^31. */
    @Protocol(tag = Width.VARINT)
    sealed interface CmdVarHigh permits CmdVarHigh.Low, CmdVarHigh.High {
        @Tag(5) record Low(byte b) implements CmdVarHigh {}
        @Tag(0x80000000L) record High(byte b) implements CmdVarHigh {}
    }
}

package io.wireform.samples.properties;

import io.wireform.annotations.Charset;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;
import io.wireform.annotations.Order;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.SizedBy;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.Width;

/** byte[] and String with every extent: prefixes of each width, sized-by, terminated, remaining, fixed. */
final class BytesSchemas {
    private BytesSchemas() {}

    /** One byte[] per prefix width, big-endian. */
    @Message
    record PrefixedBytes(@Prefixed(Width.UINT8) byte[] a, @Prefixed(Width.UINT16) byte[] b,
                         @Prefixed(Width.UINT32) byte[] c, @Prefixed(Width.UINT64) byte[] d,
                         @Prefixed(Width.VARINT) byte[] e, @Prefixed(Width.MQTT) byte[] f) {}

    /** Strings with prefixes, several of them little-endian by @Order, one in Latin-1. */
    @Message
    record PrefixedStrings(@Prefixed(Width.UINT8) String a,
                           @Prefixed(Width.UINT16) @Order(Endian.LITTLE) String b,
                           @Prefixed(Width.UINT32) @Order(Endian.LITTLE) String c,
                           @Prefixed(Width.UINT64) @Order(Endian.LITTLE) String d,
                           @Prefixed(Width.VARINT) String e,
                           @Prefixed(Width.MQTT) @Charset("ISO-8859-1") String f) {}

    /** A little-endian message: the prefixes follow the message's byte order; one is overridden to big. */
    @Message(endian = Endian.LITTLE)
    record LittlePrefixes(@Prefixed(Width.UINT16) byte[] a, @Prefixed(Width.UINT32) String b,
                          @Prefixed(Width.UINT16) @Order(Endian.BIG) byte[] c) {}

    /** Lengths carried by earlier components: unsigned bytes, a short, a varint. */
    @Message
    record SizedBytes(@UInt8 int n, @UInt16 int m, @SizedBy("n") byte[] a, @SizedBy("m") String s,
                      @Varint int v, @SizedBy("v") byte[] b) {}

    /** Terminated by NUL and by CR LF, strings and bytes, with a byte after them. */
    @Message
    record TerminatedText(@Terminated String nul, @Terminated("0D 0A") String line, @Terminated byte[] raw,
                          @Terminated("0D 0A") byte[] rawLine, byte after) {}

    /** Fixed sizes among variable ones. */
    @Message
    record FixedAmongVariable(@Fixed(4) byte[] a, @Prefixed(Width.UINT8) byte[] b,
                              @Fixed(value = 6, pad = 0x20) String s, @Terminated String t) {}

    /** UTF-16 text with a two-byte NUL terminator (Windows wide strings). */
    @Message
    record WideTerminated(@Charset("UTF-16LE") @Terminated("00 00") String name, byte after) {}
}

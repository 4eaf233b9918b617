package io.wireform.samples.derived;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.derived.PathSelected.Data;
import io.wireform.samples.derived.PathSelected.Header;
import io.wireform.samples.derived.PathSelected.Kind;
import io.wireform.samples.derived.PathSelected.Packet;
import io.wireform.samples.derived.PathSelected.Ping;
import io.wireform.samples.derived.PathSelected.Raw;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @SelectedBy} through a path ({@code "header.kind"}, {@code "outer.head.type"}): the record is
 * chosen by a component of an earlier nested record, in decode, encode, {@code frameLength} and every
 * stream reader alike. Through a path the selector is the constant the nested record decoded, so a code
 * no constant has chooses as the {@code @Fallback} constant's own code does; {@code frameLength}, which
 * reads the code from the bytes, used to choose by the raw code instead, and said a frame that decodes
 * had no record.
 */
class PathSelectedTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final PathSelected_PacketCodec PACKET = PathSelected_PacketCodec.INSTANCE;

    @Test
    void theHeadersKindChoosesTheBody() {
        Packet ping = new Packet(new Header(1, Kind.PING, 7), new Ping(9), 0xaa);
        assertEquals("01010007" + "00000009" + "aa", HEX.formatHex(PACKET.encode(ping)));
        assertEquals(ping, PACKET.decode(HEX.parseHex("0101000700000009aa")));
        byte[] data = HEX.parseHex("01020008" + "03616263" + "bb");
        Packet decoded = PACKET.decode(data);
        assertEquals(new Header(1, Kind.DATA, 8), decoded.header());
        assertArrayEquals(new byte[] {'a', 'b', 'c'}, ((Data) decoded.body()).bytes());
        assertArrayEquals(data, PACKET.encode(decoded));
        assertEquals(data.length, PACKET.frameLength(ByteBuffer.wrap(data)));
    }

    @Test
    void aCodeNoConstantHasChoosesAsTheFallbacksCodeInEveryWay() {
        // 0x10: no constant, no record's tag; it decodes as OTHER, whose code 0x80 chooses Raw
        byte[] unknown = HEX.parseHex("01100007" + "1234" + "aa");
        Packet expected = new Packet(new Header(1, Kind.OTHER, 7), new Raw(0x1234), 0xaa);
        assertEquals(expected, PACKET.decode(unknown));
        assertEquals(unknown.length, PACKET.frameLength(ByteBuffer.wrap(unknown)), "frameLength chooses Raw too");
        assertEquals("01800007" + "1234" + "aa", HEX.formatHex(PACKET.encode(expected)), "written as OTHER's code");
        // 0x90: no constant, inside Raw's range: the same record either way
        assertEquals(expected, PACKET.decode(HEX.parseHex("019000071234aa")));
    }

    @Test
    void everyReaderReadsTheSameFrames() throws IOException {
        byte[] stream = HEX.parseHex("0101000700000009aa" + "011000071234aa" + "0102000802cafe01" + "019000075678bb");
        List<Packet> expected = List.of(new Packet(new Header(1, Kind.PING, 7), new Ping(9), 0xaa),
                new Packet(new Header(1, Kind.OTHER, 7), new Raw(0x1234), 0xaa),
                PACKET.decode(HEX.parseHex("0102000802cafe01")),
                new Packet(new Header(1, Kind.OTHER, 7), new Raw(0x5678), 0xbb));
        for (int chunk : new int[] {1, 2, 3, 5, stream.length}) {
            FrameReader<Packet> reader = PathSelected_PacketReader.builder().build();
            List<Packet> read = new ArrayList<>();
            for (int at = 0; at < stream.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)), read::add);
            }
            reader.endOfStream(read::add);
            assertEquals(shown(expected), shown(read), "fed " + chunk + " at a time");
        }
        InputStream byteAtATime = new ByteArrayInputStream(stream) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, 1));
            }
        };
        WireReader<Packet> pull = WireReader.of(byteAtATime, PathSelected_PacketReader.builder().build());
        List<Packet> pulled = new ArrayList<>();
        for (Packet p = pull.read(); p != null; p = pull.read()) {
            pulled.add(p);
        }
        assertEquals(shown(expected), shown(pulled), "pulled a byte a read");
    }

    @Test
    void encodeRefusesABodyTheHeaderDoesNotChoose() {
        WireEncodeException e = assertThrows(WireEncodeException.class,
                () -> PACKET.encode(new Packet(new Header(1, Kind.PING, 7), new Raw(1), 0)));
        assertTrue(e.getMessage().contains("header.kind"), e.getMessage());
    }

    @Test
    void anIntegerTwoRecordsDown() {
        PathSelected_DeepCodec deep = PathSelected_DeepCodec.INSTANCE;
        PathSelected.Deep small = new PathSelected.Deep(new PathSelected.Outer(5, new PathSelected.Head(0, 3)),
                new PathSelected.Small(9));
        assertEquals("05000309", HEX.formatHex(deep.encode(small)));
        for (String hex : new String[] {"05000309", "05000a" + "0000000000000102", "0500c8" + "026869"}) {
            byte[] bytes = HEX.parseHex(hex);
            PathSelected.Deep decoded = deep.decode(bytes);
            assertEquals(bytes.length, deep.frameLength(ByteBuffer.wrap(bytes)), hex);
            assertEquals(hex, HEX.formatHex(deep.encode(decoded)));
        }
        assertEquals(new PathSelected.Other("hi"), deep.decode(HEX.parseHex("0500c8026869")).value());
        assertEquals(new PathSelected.Wide(0x102), deep.decode(HEX.parseHex("05000a0000000000000102")).value());
    }

    /** A selector of the record itself chooses by the code on the wire: 0x10 chooses no record, in decode and frameLength. */
    @Test
    void aSelectorOfTheRecordItselfChoosesByTheCodeOnTheWire() {
        byte[] unknown = HEX.parseHex("101234");
        assertThrows(UnknownTagException.class, () -> PathSelected_DirectCodec.INSTANCE.decode(unknown));
        assertThrows(UnknownTagException.class,
                () -> PathSelected_DirectCodec.INSTANCE.frameLength(ByteBuffer.wrap(unknown)));
        assertEquals(new PathSelected.Direct(Kind.OTHER, new Raw(0x1234)),
                PathSelected_DirectCodec.INSTANCE.decode(HEX.parseHex("901234")));
    }

    /** Records with a byte[] compare by identity: compare what they encode to. */
    private static List<String> shown(List<Packet> packets) {
        return packets.stream().map(p -> HEX.formatHex(PACKET.encode(p))).toList();
    }
}

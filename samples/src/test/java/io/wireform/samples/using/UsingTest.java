package io.wireform.samples.using;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code @Using} beyond the DNS sample: the origin through nested records, length regions and a tagged
 * protocol; optional and list values; and what comes out of a codec that throws or lies.
 */
class UsingTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void theOriginIsTheOutermostFramesStartAtAnyDepth() {
        // first, inner's length and its probe, then the protocol's tag, pad and probe
        byte[] frame = hex("09 01 00 01 07 00");
        Schemas.Outer outer = Schemas_OuterCodec.INSTANCE.decode(frame);
        assertEquals(2, outer.inner().offset(), "the probe inside the length region sits 2 bytes into Outer");
        assertEquals(5, ((Schemas.Probe) outer.probed()).offset(), "the variant's probe 5 bytes into Outer");

        ByteBuffer shifted = ByteBuffer.allocate(3 + frame.length).position(3);
        shifted.put(frame).position(3);
        assertEquals(2, Schemas_OuterCodec.INSTANCE.decode(shifted).inner().offset(), "not the buffer's index");
        // a frame decoded on its own is its own origin: the protocol's tag is at 0, the probe at 2
        assertEquals(2, ((Schemas.Probe) Schemas_ProbedCodec.INSTANCE.decode(hex("01 07 00"))).offset());
        assertEquals(0, Schemas_InnerCodec.INSTANCE.decode(hex("00")).offset());
    }

    @Test
    void optionalAndListValuesRoundTrip() {
        Schemas.Texts texts = new Schemas.Texts(true, Optional.of("hi"), List.of("a", "", "bc"), List.of("x", "y"));
        byte[] bytes = Schemas_TextsCodec.INSTANCE.encode(texts);
        assertArrayEquals(hex("01 02 6869 03 01 61 00 02 6263 01 78 01 79"), bytes);
        assertEquals(texts, Schemas_TextsCodec.INSTANCE.decode(bytes));
        Schemas.Texts absent = new Schemas.Texts(false, Optional.empty(), List.of(), List.of("", ""));
        assertEquals(absent, Schemas_TextsCodec.INSTANCE.decode(Schemas_TextsCodec.INSTANCE.encode(absent)));
        assertEquals(bytes.length, Schemas_TextsCodec.INSTANCE.frameLength(ByteBuffer.wrap(bytes)));
        assertEquals(-4, Schemas_TextsCodec.INSTANCE.frameLength(ByteBuffer.wrap(bytes), 0, 2), "the optional's text needs 3 from offset 1");
    }

    @Test
    void whatACarelessCodecThrowsComesOutAsAWireExceptionNamingTheField() {
        WireException e = assertThrows(WireDecodeException.class,
                () -> Schemas_CarelessHolderCodec.INSTANCE.decode(hex("05 00")));
        assertEquals("CarelessHolder.value", e.fieldPath());
        assertEquals(1, e.offset());
        assertTrue(e.getMessage().contains("IllegalStateException: boom"), e.getMessage());

        e = assertThrows(WireDecodeException.class,
                () -> Schemas_CarelessHolderCodec.INSTANCE.frameLength(ByteBuffer.wrap(hex("05 00"))));
        assertEquals("CarelessHolder.value", e.fieldPath());

        e = assertThrows(WireEncodeException.class,
                () -> Schemas_CarelessHolderCodec.INSTANCE.encode(new Schemas.CarelessHolder(1, "")));
        assertEquals("CarelessHolder.value", e.fieldPath());
        assertTrue(e.getMessage().contains("IllegalArgumentException: empty"), e.getMessage());

        ByteBuffer out = ByteBuffer.allocate(8);
        e = assertThrows(WireEncodeException.class,
                () -> Schemas_CarelessHolderCodec.INSTANCE.encode(new Schemas.CarelessHolder(1, "x"), out));
        assertTrue(e.getMessage().contains("IllegalStateException: bang"), e.getMessage());
        assertEquals(0, out.position(), "the output's position is where it was");
    }

    @Test
    void aCodecThatLiesIsCaught() {
        WireException e = assertThrows(WireEncodeException.class,
                () -> Schemas_LiarHolderCodec.INSTANCE.encode(new Schemas.LiarHolder("x"), ByteBuffer.allocate(16)));
        assertTrue(e.getMessage().contains("1 bytes, as Liar.size said, got 2 bytes written"), e.getMessage());
        ByteBuffer in = ByteBuffer.wrap(hex("01 00 00"));
        e = assertThrows(WireDecodeException.class, () -> Schemas_LiarHolderCodec.INSTANCE.decode(in));
        assertEquals("LiarHolder.value", e.fieldPath());
        assertEquals(0, in.position(), "no byte is lost");
    }
}

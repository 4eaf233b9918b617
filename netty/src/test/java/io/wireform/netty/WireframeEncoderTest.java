package io.wireform.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import io.wireform.runtime.Payload;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.RequestAduReader;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The encoder in an {@link EmbeddedChannel}, and an encoder feeding a decoder. */
class WireframeEncoderTest {

    private static final List<RequestAdu> REQUESTS = List.of(
            new RequestAdu(1, 0, 1, new ModbusRequest.ReadInputRegisters(1, 5)),
            new RequestAdu(2, 0, 17, new ModbusRequest.ReadHoldingRegisters(100, 125)),
            new RequestAdu(3, 0, 255, new ModbusRequest.WriteSingleRegister(7, 0xBEEF)),
            new RequestAdu(0xFFFF, 0, 2, new ModbusRequest.WriteMultipleRegisters(40, 3, List.of(1, 0x7FFF, 0xFFFF))));

    @Test
    void theEncodersBytesAreTheCodecs() {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.encoder(RequestAduCodec.INSTANCE));
        for (RequestAdu request : REQUESTS) {
            assertTrue(channel.writeOutbound(request));
            assertArrayEquals(RequestAduCodec.INSTANCE.encode(request), outbound(channel));
        }
        // 0001 0000 0006 01 | 04 0001 0005, as the Modbus sample documents
        assertEquals("000100000006010400010005", ByteBufUtil.hexDump(
                RequestAduCodec.INSTANCE.encode(REQUESTS.get(0))));

        EmbeddedChannel blocks = new EmbeddedChannel(Wireform.encoder(DeviceBlockCodec.INSTANCE));
        for (DeviceBlock block : List.of(new Realtime(WireframeDecoderTest.filled(150, 9)),
                new Extra(WireframeDecoderTest.filled(190, 8)))) {
            blocks.writeOutbound(block);
            assertArrayEquals(DeviceBlockCodec.INSTANCE.encode(block), outbound(blocks));
        }
        assertFalse(channel.finish());
        assertFalse(blocks.finish());
    }

    @Test
    void theFramingIsWrittenAroundTheMessage() {
        EmbeddedChannel prefixed = new EmbeddedChannel(Wireform.encoder(BlobCodec.INSTANCE, Framing.lengthPrefixed(4)));
        prefixed.writeOutbound(new Blob(new byte[] {'a', 'b', 'c'}));
        assertEquals("00000003616263", ByteBufUtil.hexDump(outbound(prefixed)));

        EmbeddedChannel lines = new EmbeddedChannel(Wireform.encoder(LineCodec.INSTANCE, Framing.delimited(new byte[] {'\n'})));
        lines.writeOutbound(new Line("hello"));
        assertEquals("hello\n", new String(outbound(lines), StandardCharsets.UTF_8));
    }

    @Test
    void aMessageWithAPayloadIsItsHeaderThenThePayload() {
        byte[] database = new byte[30_000];
        new Random(3).nextBytes(database);
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.encoder(SmartHomeCodec.INSTANCE));
        channel.writeOutbound(new DbFile(Payload.of(database)));
        byte[] written = outbound(channel);
        assertArrayEquals(SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(database))), written);
        // 43 00 00 00 | 30000 little-endian | the bytes
        assertEquals("43000000" + "30750000", ByteBufUtil.hexDump(written, 0, 8));
    }

    @Test
    void otherMessagesPassThroughUntouched() {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.encoder(RequestAduCodec.INSTANCE));
        channel.writeOutbound("not a request");
        assertEquals("not a request", channel.readOutbound());
    }

    @Test
    void aValueTheCodecCannotEncodeFailsTheWriteAndWritesNothing() {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.encoder(RequestAduCodec.INSTANCE));
        RequestAdu bad = new RequestAdu(1, 0, 300, new ModbusRequest.ReadInputRegisters(1, 5)); // unit id is a UInt8
        EncoderException e = assertThrows(EncoderException.class, () -> channel.writeOutbound(bad));
        assertInstanceOf(WireEncodeException.class, e.getCause());
        assertNull(channel.readOutbound());
        assertTrue(channel.writeOutbound(REQUESTS.get(0)), "the channel goes on");
        assertArrayEquals(RequestAduCodec.INSTANCE.encode(REQUESTS.get(0)), outbound(channel));
    }

    @Test
    void theMessageTypeIsReadFromTheCodecsClass() {
        assertSame(RequestAdu.class, WireframeEncoder.messageType(RequestAduCodec.INSTANCE));
        assertSame(SmartHome.class, WireframeEncoder.messageType(SmartHomeCodec.INSTANCE)); // a StreamedCodec<SmartHome>
        WireCodec<Blob> undeclared = delegate();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WireframeEncoder<>(undeclared, Framing.schema()));
        assertTrue(e.getMessage().contains("Type.class"), e.getMessage());

        EmbeddedChannel channel = new EmbeddedChannel(new WireframeEncoder<>(Blob.class, undeclared, Framing.schema()));
        channel.writeOutbound(new Blob(new byte[] {1, 2}));
        assertEquals("0102", ByteBufUtil.hexDump(outbound(channel)));
    }

    @Test
    void modbusRequestsRoundTripThroughEncoderAndDecoder() {
        EmbeddedChannel client = new EmbeddedChannel(Wireform.encoder(RequestAduCodec.INSTANCE));
        EmbeddedChannel server = new EmbeddedChannel(Wireform.decoder(RequestAduReader.builder()));
        for (RequestAdu request : REQUESTS) {
            client.writeOutbound(request);
        }
        for (ByteBuf bytes; (bytes = client.readOutbound()) != null; ) {
            server.writeInbound(bytes);
        }
        assertEquals(REQUESTS, WireframeDecoderTest.inbound(server));

        // the same through a length prefix, which the request does not need but may have
        EmbeddedChannel prefixedClient = new EmbeddedChannel(Wireform.encoder(RequestAduCodec.INSTANCE, Framing.lengthPrefixed(2)));
        EmbeddedChannel prefixedServer = new EmbeddedChannel(Wireform.decoder(
                FrameReader.builder(RequestAduCodec.INSTANCE).framing(Framing.lengthPrefixed(2))));
        List<RequestAdu> received = new ArrayList<>();
        for (RequestAdu request : REQUESTS) {
            prefixedClient.writeOutbound(request);
            ByteBuf framed = prefixedClient.readOutbound();
            prefixedServer.writeInbound(framed);
            received.addAll(WireframeDecoderTest.inbound(prefixedServer));
        }
        assertEquals(REQUESTS, received);
        assertFalse(server.finish());
        assertFalse(prefixedServer.finish());
    }

    /** A codec whose class does not say its message type. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static WireCodec<Blob> delegate() {
        return new RawCodec();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class RawCodec implements WireCodec {
        @Override
        public void encode(Object value, ByteBuffer out) {
            BlobCodec.INSTANCE.encode((Blob) value, out);
        }

        @Override
        public Object decode(ByteBuffer in, int limit) {
            return BlobCodec.INSTANCE.decode(in, limit);
        }

        @Override
        public int sizeOf(Object value) {
            return BlobCodec.INSTANCE.sizeOf((Blob) value);
        }

        @Override
        public int frameLength(ByteBuffer in, int at, int limit) {
            return BlobCodec.INSTANCE.frameLength(in, at, limit);
        }
    }

    private static byte[] outbound(EmbeddedChannel channel) {
        ByteBuf buf = channel.readOutbound();
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }
}

package io.wireform.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The serializer, deserializer and serde on their own: bytes, tombstones, errors, configuration. */
class WireSerdeTest {
    private static final String TOPIC = "blocks";
    // FD AA | sensor 07 | 01 02 03 04 | CC DD
    private static final byte[] BLOCK = HexFormat.of().parseHex("fdaa0701020304ccdd");

    private static Block block() {
        return new Block(7, new byte[] {1, 2, 3, 4});
    }

    @Test
    void serializedValueIsTheCodecsFrame() {
        byte[] value = WireSerdes.serializer(BlockCodec.INSTANCE).serialize(TOPIC, block());
        assertArrayEquals(BLOCK, value);
        byte[] note = WireSerdes.serializer(NoteCodec.INSTANCE).serialize(TOPIC, new Note(1, "hi"));
        assertArrayEquals(HexFormat.of().parseHex("0000000000000001" + "02" + "6869"), note);
    }

    @Test
    void deserializedValueIsTheRecord() {
        WireDeserializer<Block> deserializer = WireSerdes.deserializer(BlockCodec.INSTANCE);
        Block fromArray = deserializer.deserialize(TOPIC, BLOCK);
        Block fromBuffer = deserializer.deserialize(TOPIC, new RecordHeaders(), ByteBuffer.wrap(BLOCK));
        for (Block b : List.of(fromArray, fromBuffer)) {
            assertEquals(7, b.sensor());
            assertArrayEquals(new byte[] {1, 2, 3, 4}, b.data());
        }
    }

    @Test
    void nullIsATombstoneBothWays() {
        WireSerde<Block> serde = WireSerdes.serde(BlockCodec.INSTANCE);
        assertNull(serde.serializer().serialize(TOPIC, null));
        assertNull(serde.serializer().serialize(TOPIC, new RecordHeaders(), null));
        assertNull(serde.deserializer().deserialize(TOPIC, null));
        assertNull(serde.deserializer().deserialize(TOPIC, new RecordHeaders(), (byte[]) null));
        assertNull(serde.deserializer().deserialize(TOPIC, new RecordHeaders(), (ByteBuffer) null));
    }

    /** The consumer's ByteBuffer goes to the codec as it is, not copied into an array first; its position is left alone. */
    @Test
    void bufferIsDecodedWhereItIs() {
        List<ByteBuffer> seen = new ArrayList<>();
        WireCodec<Block> watching = new WireCodec<>() {
            @Override
            public void encode(Block value, ByteBuffer out) {
                BlockCodec.INSTANCE.encode(value, out);
            }

            @Override
            public Block decode(ByteBuffer in, int limit) {
                seen.add(in);
                return BlockCodec.INSTANCE.decode(in, limit);
            }

            @Override
            public int sizeOf(Block value) {
                return BlockCodec.INSTANCE.sizeOf(value);
            }

            @Override
            public int frameLength(ByteBuffer in, int at, int limit) {
                return BlockCodec.INSTANCE.frameLength(in, at, limit);
            }
        };
        // the value in the middle of a larger, read-only, direct buffer, as a fetch buffer holds it
        ByteBuffer fetch = ByteBuffer.allocateDirect(64);
        fetch.position(20);
        fetch.put(BLOCK);
        ByteBuffer value = fetch.asReadOnlyBuffer().position(20).limit(20 + BLOCK.length);

        Block decoded = new WireDeserializer<>(watching).deserialize(TOPIC, new RecordHeaders(), value);

        assertEquals(List.of(value), seen);
        assertSame(value, seen.get(0));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, decoded.data());
        assertEquals(20, value.position());
        assertEquals(20 + BLOCK.length, value.limit());
    }

    @Test
    void badMarkerIsASerializationExceptionWithOffsetAndPath() {
        byte[] bad = BLOCK.clone();
        bad[7] = 0x00;   // the end marker's first byte
        WireDeserializer<Block> deserializer = WireSerdes.deserializer(BlockCodec.INSTANCE);
        for (SerializationException e : List.of(
                assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, bad)),
                assertThrows(SerializationException.class,
                        () -> deserializer.deserialize(TOPIC, new RecordHeaders(), ByteBuffer.wrap(bad))))) {
            WireDecodeException cause = assertInstanceOf(WireDecodeException.class, e.getCause());
            assertEquals(7, cause.offset());
            assertEquals("Block.<end>", cause.fieldPath());
            assertTrue(e.getMessage().startsWith("Cannot deserialize a record of topic blocks with BlockCodec: "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("Malformed frame at offset 7 (Block.<end>): expected cc dd, found 00 dd"),
                    e.getMessage());
        }
    }

    @Test
    void shortValueIsTruncatedAndPositionKept() {
        ByteBuffer shortValue = ByteBuffer.wrap(BLOCK, 0, 5).slice();
        SerializationException e = assertThrows(SerializationException.class,
                () -> WireSerdes.deserializer(BlockCodec.INSTANCE).deserialize(TOPIC, new RecordHeaders(), shortValue));
        TruncatedFrameException cause = assertInstanceOf(TruncatedFrameException.class, e.getCause());
        assertEquals(9, cause.needed());
        assertEquals(5, cause.available());
        assertEquals(0, shortValue.position());
    }

    /** A record value is exactly one frame: bytes after it are an error, not ignored. */
    @Test
    void trailingBytesAreAnError() {
        byte[] longer = new byte[BLOCK.length + 2];
        System.arraycopy(BLOCK, 0, longer, 0, BLOCK.length);
        ByteBuffer value = ByteBuffer.wrap(longer);
        SerializationException e = assertThrows(SerializationException.class,
                () -> WireSerdes.deserializer(BlockCodec.INSTANCE).deserialize(TOPIC, new RecordHeaders(), value));
        WireDecodeException cause = assertInstanceOf(WireDecodeException.class, e.getCause());
        assertEquals(9, cause.offset());
        assertEquals("end of frame after 9 bytes", cause.expected());
        assertEquals("2 more bytes", cause.actual());
        assertEquals(0, value.position());
        assertThrows(SerializationException.class, () -> WireSerdes.deserializer(BlockCodec.INSTANCE).deserialize(TOPIC, longer));
    }

    @Test
    void unencodableValueIsASerializationExceptionNamingTheField() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> WireSerdes.serializer(BlockCodec.INSTANCE).serialize(TOPIC, new Block(300, new byte[4])));
        WireEncodeException cause = assertInstanceOf(WireEncodeException.class, e.getCause());
        assertEquals("Block.sensor", cause.fieldPath());
        assertTrue(e.getMessage().startsWith("Cannot serialize a Block for topic blocks: "), e.getMessage());
    }

    @Test
    void codecByClassNameForValuesAndKeys() {
        WireSerializer<Block> values = new WireSerializer<>();
        values.configure(Map.of(WireSerdes.VALUE_CODEC_CONFIG, "io.wireform.kafka.BlockCodec"), false);
        assertArrayEquals(BLOCK, values.serialize(TOPIC, block()));

        WireDeserializer<Note> keys = new WireDeserializer<>();
        keys.configure(Map.of(WireSerdes.KEY_CODEC_CONFIG, NoteCodec.class,
                WireSerdes.VALUE_CODEC_CONFIG, "io.wireform.kafka.BlockCodec"), true);
        assertSame(NoteCodec.INSTANCE, keys.codec());

        WireSerde<Block> serde = new WireSerde<>();
        serde.configure(Map.of(WireSerdes.VALUE_CODEC_CONFIG, BlockCodec.INSTANCE), false);
        assertEquals(7, serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, block())).sensor());
    }

    @Test
    void codecGivenToTheConstructorIsKept() {
        WireDeserializer<Block> deserializer = new WireDeserializer<>(BlockCodec.INSTANCE);
        deserializer.configure(Map.of(WireSerdes.VALUE_CODEC_CONFIG, "io.wireform.kafka.NoteCodec"), false);
        assertSame(BlockCodec.INSTANCE, deserializer.codec());
    }

    @Test
    void badCodecConfigurationIsAConfigException() {
        WireDeserializer<Block> deserializer = new WireDeserializer<>();
        ConfigException missing = assertThrows(ConfigException.class, () -> deserializer.configure(Map.of(), false));
        assertTrue(missing.getMessage().contains("wireform.value.codec is not set"), missing.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> deserializer.configure(Map.of(WireSerdes.VALUE_CODEC_CONFIG, "com.example.NoSuchCodec"), false));
        assertTrue(unknown.getMessage().contains("no such class"), unknown.getMessage());
        ConfigException notACodec = assertThrows(ConfigException.class,
                () -> deserializer.configure(Map.of(WireSerdes.VALUE_CODEC_CONFIG, "java.lang.String"), false));
        assertTrue(notACodec.getMessage().contains("not a generated codec"), notACodec.getMessage());
        IllegalStateException unconfigured = assertThrows(IllegalStateException.class,
                () -> new WireSerializer<Block>().serialize(TOPIC, block()));
        assertTrue(unconfigured.getMessage().contains("no codec"), unconfigured.getMessage());
    }
}

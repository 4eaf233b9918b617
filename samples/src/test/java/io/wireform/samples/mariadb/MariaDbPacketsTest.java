package io.wireform.samples.mariadb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.stream.FrameReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packet records against the protocol documentation's example bytes, and rows split anywhere in a stream. */
class MariaDbPacketsTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] hex(String spaced) {
        return HEX.parseHex(spaced.replace(" ", ""));
    }

    @Test
    void documentedExamples() {
        // OK after a login: no rows, autocommit status
        byte[] ok = hex("07 00 00 02 00 00 00 02 00 00 00");
        assertEquals(new Ok(2, (byte) 0, 0, 0, 2, 0, List.of()), OkCodec.INSTANCE.decode(ok));
        assertArrayEquals(ok, OkCodec.INSTANCE.encode(new Ok(2, (byte) 0, 0, 0, 2, 0, List.of())));
        // ERR 1096 "No tables used", SQL state HY000
        byte[] err = hex("17 00 00 01 ff 48 04 23 48 59 30 30 30 4e 6f 20 74 61 62 6c 65 73 20 75 73 65 64");
        assertEquals(new Err(1, 0xFF, 1096, (byte) '#', "HY000", "No tables used"), ErrCodec.INSTANCE.decode(err));
        // EOF, status SERVER_STATUS_AUTOCOMMIT
        assertEquals(new Eof(5, 0xFE, 0, 2), EofCodec.INSTANCE.decode(hex("05 00 00 05 fe 00 00 02 00")));
        // COM_QUERY
        assertEquals("2100000003" + HEX.formatHex("select @@version_comment limit 1".getBytes()),
                HEX.formatHex(QueryCodec.INSTANCE.encode(new Query("select @@version_comment limit 1"))));
        // a column count of one; a row of one NULL
        assertEquals(new ColumnCount(1, 1), ColumnCountCodec.INSTANCE.decode(hex("01 00 00 01 01")));
        assertEquals(new Row(4, List.of(new Row.Value(Optional.empty()))), RowCodec.INSTANCE.decode(hex("01 00 00 04 fb")));
        // the packet header frames any packet from its first four bytes
        assertEquals(4 + 0x17, PacketCodec.INSTANCE.frameLength(ByteBuffer.wrap(err, 0, 4)));
    }

    @Test
    void aPacketThatIsNotWhatItSaysIsRefused() {
        // an OK packet's header byte checked; a length that disagrees with the fields
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> OkCodec.INSTANCE.decode(hex("07 00 00 02 01 00 00 02 00 00 00")));
        assertEquals("Ok.header", e.fieldPath());
        assertThrows(WireDecodeException.class, () -> ErrCodec.INSTANCE.decode(hex("09 00 00 01 ff 48 04 2a 48 59 30 30 30")));
        // FF is no length-encoded string
        assertThrows(WireDecodeException.class, () -> RowCodec.INSTANCE.decode(hex("01 00 00 04 ff")));
    }

    @Test
    void rowsSplitAnywhere() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(new Row(i + 3, List.of(new Row.Value(Optional.of(Integer.toString(i))),
                    new Row.Value(i % 2 == 0 ? Optional.empty() : Optional.of("v".repeat(i * 40_000))),
                    new Row.Value(Optional.of("")))));
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        rows.forEach(r -> stream.writeBytes(RowCodec.INSTANCE.encode(r)));
        byte[] bytes = stream.toByteArray();
        long seed = 13;
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            List<Row> out = new ArrayList<>();
            FrameReader<Row> reader = FrameReader.builder(RowCodec.INSTANCE).initialCapacity(16).build();
            for (int at = 0; at < bytes.length; ) {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(round == 0 ? 1 : 70_000));
                reader.feed(ByteBuffer.wrap(bytes, at, length), out::add);
                at += length;
            }
            reader.endOfStream(out::add);
            assertEquals(rows, out, "seed " + seed + " round " + round);
        }
    }
}

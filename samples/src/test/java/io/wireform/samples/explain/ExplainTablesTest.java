package io.wireform.samples.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.WireCodec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Explained frames, table for table: the seeds, Modbus, MQTT, and one schema of each construct, decoded
 * and broken. The tables were read field by field against the schemas when written; a change to the
 * trace, the paths or the rendering shows here.
 */
class ExplainTablesTest {

    static void assertTable(WireCodec<?> codec, String hex, String expected) {
        byte[] frame = HexFormat.of().parseHex(hex.replace(" ", ""));
        assertEquals(expected, codec.explain(frame).toString());
    }

    /** seeds/000: the reply, its tag derived and the streamed payload after its length. */
    @Test
    void seed000Reply() {
        assertTable(io.wireform.samples.smarthome.SmartHomeCodec.INSTANCE, "43000000 05000000 53514c6974", """
                SmartHome: 13 bytes, decoded
                offset  size  field                      bytes                       value
                     0     4  SmartHome.<tag>            43 00 00 00                 67 (0x43)  (tag, checked)
                     4     9  SmartHome.DbFile.database  05 00 00 00 53 51 4c 69 74  payload, 5 bytes
                """);
    }

    /** seeds/000: the request is its tag alone. */
    @Test
    void seed000Request() {
        assertTable(io.wireform.samples.smarthome.SmartHomeCodec.INSTANCE, "4c000000", """
                SmartHome: 4 bytes, decoded
                offset  size  field            bytes        value
                     0     4  SmartHome.<tag>  4c 00 00 00  76 (0x4c)  (tag, checked)
                """);
    }

    /** an unknown tag: nothing decoded, the error at offset 0. */
    @Test
    void seed000UnknownTag() {
        assertTable(io.wireform.samples.smarthome.SmartHomeCodec.INSTANCE, "44000000 05000000 53514c6974", """
                SmartHome: 13 bytes, error at offset 0
                offset  size  field          bytes                            value
                     0    13  (not decoded)  44 00 00 00 05 00 00 00 53 51 …
                error: Unknown tag at offset 0 (SmartHome.<tag>): expected a tag of SmartHome: 0x4c (DownloadDb), 0x43 (DbFile), found 0x44 (68) [[44] 00 00 00 05 00 00 00 53]
                """);
    }

    /** a payload cut short: the tag before it, then the error. */
    @Test
    void seed000Truncated() {
        assertTable(io.wireform.samples.smarthome.SmartHomeCodec.INSTANCE, "43000000 05000000 53514c", """
                SmartHome: 11 bytes, error at offset 11
                offset  size  field            bytes                 value
                     0     4  SmartHome.<tag>  43 00 00 00           67 (0x43)  (tag, checked)
                     4     7  (not decoded)    05 00 00 00 53 51 4c
                error: Truncated frame: input ended 11 bytes into a frame of at least 13 bytes at offset 11 (SmartHome.DbFile.database): expected at least 13 bytes, found 11 bytes [00 05 00 00 00 53 51 4c []]
                """);
    }

    /** Modbus TCP: the MBAP length derived, the PDU nested under its function code. */
    @Test
    void modbusRead() {
        assertTable(io.wireform.samples.modbus.RequestAduCodec.INSTANCE, "0001 0000 0006 11 03 006b 0003", """
                RequestAdu: 12 bytes, decoded
                offset  size  field                                         bytes           value
                     0     2  RequestAdu.transactionId                      00 01           1
                     2     2  RequestAdu.protocolId                         00 00           0
                     4     2  RequestAdu.<length>                           00 06           6  (length, checked)
                     6     1  RequestAdu.unitId                             11              17
                     7     5  RequestAdu.pdu                                03 00 6b 00 03  ReadHoldingRegisters
                     7     1  RequestAdu.pdu.<tag>                          03              3  (tag, checked)
                     8     2  RequestAdu.pdu.ReadHoldingRegisters.address   00 6b           107
                    10     2  RequestAdu.pdu.ReadHoldingRegisters.quantity  00 03           3
                """);
    }

    /** Modbus: a byte count derived inside the nested PDU. */
    @Test
    void modbusWriteMultiple() {
        assertTable(io.wireform.samples.modbus.RequestAduCodec.INSTANCE, "0001 0000 000b 11 10 0001 0002 04 000a 0102", """
                RequestAdu: 17 bytes, decoded
                offset  size  field                                           bytes                          value
                     0     2  RequestAdu.transactionId                        00 01                          1
                     2     2  RequestAdu.protocolId                           00 00                          0
                     4     2  RequestAdu.<length>                             00 0b                          11 (0xb)  (length, checked)
                     6     1  RequestAdu.unitId                               11                             17
                     7    10  RequestAdu.pdu                                  10 00 01 00 02 04 00 0a 01 02  WriteMultipleRegisters
                     7     1  RequestAdu.pdu.<tag>                            10                             16 (0x10)  (tag, checked)
                     8     2  RequestAdu.pdu.WriteMultipleRegisters.address   00 01                          1
                    10     2  RequestAdu.pdu.WriteMultipleRegisters.quantity  00 02                          2
                    12     1  RequestAdu.pdu.WriteMultipleRegisters.<length>  04                             4  (length, checked)
                    13     4  RequestAdu.pdu.WriteMultipleRegisters.values    00 0a 01 02                    2 items: [10, 258]
                """);
    }

    /** a byte count that disagrees with the MBAP length: the nested fields before it, then the error. */
    @Test
    void modbusWrongLength() {
        assertTable(io.wireform.samples.modbus.RequestAduCodec.INSTANCE, "0001 0000 000b 11 10 0001 0002 05 000a 0102", """
                RequestAdu: 17 bytes, error at offset 17
                offset  size  field                                           bytes           value
                     0     2  RequestAdu.transactionId                        00 01           1
                     2     2  RequestAdu.protocolId                           00 00           0
                     4     2  RequestAdu.<length>                             00 0b           11 (0xb)  (length, checked)
                     6     1  RequestAdu.unitId                               11              17
                     7     1  RequestAdu.pdu.<tag>                            10              16 (0x10)  (tag, checked)
                     8     2  RequestAdu.pdu.WriteMultipleRegisters.address   00 01           1
                    10     2  RequestAdu.pdu.WriteMultipleRegisters.quantity  00 02           2
                    12     5  (not decoded)                                   05 00 0a 01 02
                error: Malformed frame at offset 17 (RequestAdu.pdu.WriteMultipleRegisters.<length>): expected 1 more byte in its length region, found the region's end [01 00 02 05 00 0a 01 02 []]
                """);
    }

    /** MQTT: a bit-field tag, bit fields, a varint length, an optional present, the rest of the packet. */
    @Test
    void mqttPublish() {
        assertTable(io.wireform.samples.mqtt.MqttPacketCodec.INSTANCE, "32 0a 0003 612f62 0001 68656c", """
                MqttPacket: 12 bytes, decoded
                offset  size  field                                 bytes           value
                     0     1  MqttPacket.Publish.<tag> [bits 7..4]  32              3  (tag, checked)
                     0     1  MqttPacket.Publish.duplicate [bit 3]  32              false
                     0     1  MqttPacket.Publish.qos [bits 2..1]    32              1
                     0     1  MqttPacket.Publish.retain [bit 0]     32              false
                     1     1  MqttPacket.Publish.<length>           0a              10 (0xa)  (length, checked)
                     2     5  MqttPacket.Publish.topic              00 03 61 2f 62  "a/b"
                     7     2  MqttPacket.Publish.packetId           00 01           Id
                     7     2  MqttPacket.Publish.packetId.Id.value  00 01           1
                     9     3  MqttPacket.Publish.payload            68 65 6c        payload, 3 bytes
                """);
    }

    /** magic, a constant, reserved bytes, a half float, an optional, a list, a terminated string, a CRC. */
    @Test
    void sensor() {
        assertTable(Schemas_SensorCodec.INSTANCE, "a50102004d6001020102070868616c6c00f840", """
                Sensor: 19 bytes, decoded
                offset  size  field              bytes           value
                     0     1  Sensor.<magic>     a5              (checked)
                     1     1  Sensor.version     01              1  (constant, checked)
                     2     1  Sensor.kind        02              RELAY
                     3     1  Sensor.<padding>   00              (skipped)
                     4     2  Sensor.celsius     4d 60           21.5
                     6     1  Sensor.hasSerial   01              true
                     7     2  Sensor.serial      02 01           513
                     9     3  Sensor.samples     02 07 08        2 items: [7, 8]
                    12     5  Sensor.name        68 61 6c 6c 00  "hall"
                    17     2  Sensor.<checksum>  f8 40           16632 (0x40f8)  (checksum, checked)
                """);
    }

    /** a CRC that does not match: every field before it, then the error. */
    @Test
    void sensorBadChecksum() {
        assertTable(Schemas_SensorCodec.INSTANCE, "a50102004d6001020102070868616c6c00f841", """
                Sensor: 19 bytes, error at offset 17
                offset  size  field             bytes           value
                     0     1  Sensor.<magic>    a5              (checked)
                     1     1  Sensor.version    01              1  (constant, checked)
                     2     1  Sensor.kind       02              RELAY
                     3     1  Sensor.<padding>  00              (skipped)
                     4     2  Sensor.celsius    4d 60           21.5
                     6     1  Sensor.hasSerial  01              true
                     7     2  Sensor.serial     02 01           513
                     9     3  Sensor.samples    02 07 08        2 items: [7, 8]
                    12     5  Sensor.name       68 61 6c 6c 00  "hall"
                    17     2  (not decoded)     f8 41
                error: Checksum mismatch at offset 17 (Sensor.<checksum>): expected CRC16_MODBUS 0x40F8, found 0x41F8 [02 07 08 68 61 6c 6c 00 [f8] 41]
                """);
    }

    /** a constant that is not the schema's. */
    @Test
    void sensorWrongConstant() {
        assertTable(Schemas_SensorCodec.INSTANCE, "a50202004d6001020102070868616c6c00f840", """
                Sensor: 19 bytes, error at offset 1
                offset  size  field           bytes                            value
                     0     1  Sensor.<magic>  a5                               (checked)
                     1    18  (not decoded)   02 02 00 4d 60 01 02 01 02 07 …
                error: Malformed frame at offset 1 (Sensor.version): expected 1, found 2 [a5 [02] 02 00 4d 60 01 02 01 02]
                """);
    }

    /** values in their ranges, each said to be checked as a constant is. */
    @Test
    void hopInRange() {
        assertTable(Schemas_HopCodec.INSTANCE, "4040", """
                Hop: 2 bytes, decoded
                offset  size  field                    bytes  value
                     0     1  Hop.ttl                  40     64  (in 1..64, checked)
                     1     1  Hop.version [bits 7..4]  40     4  (in 4..6, checked)
                     1     1  Hop.flags [bits 3..0]    40     0
                """);
    }

    /** a value outside its range, found where a wrong constant is. */
    @Test
    void hopOutOfRange() {
        assertTable(Schemas_HopCodec.INSTANCE, "0170", """
                Hop: 2 bytes, error at offset 1
                offset  size  field          bytes  value
                     0     1  Hop.ttl        01     1  (in 1..64, checked)
                     1     1  (not decoded)  70
                error: Malformed frame at offset 1 (Hop.version): expected 4..6, found 7 [01 [70]]
                """);
    }

    /** an error inside a nested record still shows the nested fields read before it. */
    @Test
    void stationNestedError() {
        assertTable(Schemas_StationCodec.INSTANCE, "07 a50102004d6001020102070868616c6c00f841", """
                Station: 20 bytes, error at offset 18
                offset  size  field                     bytes           value
                     0     1  Station.id                07              7
                     1     1  Station.sensor.<magic>    a5              (checked)
                     2     1  Station.sensor.version    01              1  (constant, checked)
                     3     1  Station.sensor.kind       02              RELAY
                     4     1  Station.sensor.<padding>  00              (skipped)
                     5     2  Station.sensor.celsius    4d 60           21.5
                     7     1  Station.sensor.hasSerial  01              true
                     8     2  Station.sensor.serial     02 01           513
                    10     3  Station.sensor.samples    02 07 08        2 items: [7, 8]
                    13     5  Station.sensor.name       68 61 6c 6c 00  "hall"
                    18     2  (not decoded)             f8 41
                error: Checksum mismatch at offset 18 (Station.sensor.<checksum>): expected CRC16_MODBUS 0x40F8, found 0x41F8 [02 07 08 68 61 6c 6c 00 [f8] 41]
                """);
    }

    /** records nested twice, and a list of records. */
    @Test
    void drawing() {
        assertTable(Schemas_DrawingCodec.INSTANCE, "0300010002ffff00040100050006", """
                Drawing: 14 bytes, decoded
                offset  size  field                   bytes                    value
                     0     1  Drawing.layer           03                       3
                     1     8  Drawing.segment         00 01 00 02 ff ff 00 04  Segment
                     1     4  Drawing.segment.from    00 01 00 02              Point
                     1     2  Drawing.segment.from.x  00 01                    1
                     3     2  Drawing.segment.from.y  00 02                    2
                     5     4  Drawing.segment.to      ff ff 00 04              Point
                     5     2  Drawing.segment.to.x    ff ff                    -1
                     7     2  Drawing.segment.to.y    00 04                    4
                     9     5  Drawing.marks           01 00 05 00 06           1 item: [Point]
                    10     4  Drawing.marks[0]        00 05 00 06              Point
                    10     2  Drawing.marks[0].x      00 05                    5
                    12     2  Drawing.marks[0].y      00 06                    6
                """);
    }

    /**
     * a list of records broken into its elements, each into its fields; an element's field path without
     * the index is the path decode's errors give that field.
     */
    @Test
    void listElementsAndTheirFields() {
        String frame = "03 0001 0002 0003 0004 02 0005 0006 0007 0008";
        assertTable(Schemas_DrawingCodec.INSTANCE, frame, """
                Drawing: 18 bytes, decoded
                offset  size  field                   bytes                       value
                     0     1  Drawing.layer           03                          3
                     1     8  Drawing.segment         00 01 00 02 00 03 00 04     Segment
                     1     4  Drawing.segment.from    00 01 00 02                 Point
                     1     2  Drawing.segment.from.x  00 01                       1
                     3     2  Drawing.segment.from.y  00 02                       2
                     5     4  Drawing.segment.to      00 03 00 04                 Point
                     5     2  Drawing.segment.to.x    00 03                       3
                     7     2  Drawing.segment.to.y    00 04                       4
                     9     9  Drawing.marks           02 00 05 00 06 00 07 00 08  2 items: [Point, Point]
                    10     4  Drawing.marks[0]        00 05 00 06                 Point
                    10     2  Drawing.marks[0].x      00 05                       5
                    12     2  Drawing.marks[0].y      00 06                       6
                    14     4  Drawing.marks[1]        00 07 00 08                 Point
                    14     2  Drawing.marks[1].x      00 07                       7
                    16     2  Drawing.marks[1].y      00 08                       8
                """);
        byte[] entries = HexFormat.of().parseHex("02 0105 0107".replace(" ", ""));
        io.wireform.runtime.explain.Explanation.Row version = Schemas_EntriesCodec.INSTANCE.explain(entries).rows().stream()
                .filter(r -> r.path().equals("Entries.entries[1].version")).findFirst().orElseThrow();
        entries[3] = 2;
        io.wireform.runtime.WireException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                io.wireform.runtime.WireException.class, () -> Schemas_EntriesCodec.INSTANCE.decode(entries));
        assertEquals("Entries.entries[].version", wrong.fieldPath());
        assertEquals(wrong.fieldPath(), version.path().replaceAll("\\[\\d+]", "[]"));
        assertEquals(wrong.offset(), version.offset());
        assertEquals(2, version.depth(), "the element's fields one level under the element, two under the list");
    }

    /** a selected component: a 7-bit length of 126 chooses a 16-bit length. */
    @Test
    void wsHeader16() {
        assertTable(Schemas_WsHeaderCodec.INSTANCE, "82 7e 012c", """
                WsHeader: 4 bytes, decoded
                offset  size  field                            bytes  value
                     0     2  WsHeader.fin [bit 15]            82 7e  true
                     0     2  WsHeader.rsv [bits 14..12]       82 7e  0
                     0     2  WsHeader.opcode [bits 11..8]     82 7e  2
                     0     2  WsHeader.masked [bit 7]          82 7e  false
                     0     2  WsHeader.length7 [bits 6..0]     82 7e  126
                     2     2  WsHeader.extended                01 2c  Long16
                     2     2  WsHeader.extended.Long16.length  01 2c  300
                """);
    }

    /** a tag range: lengths up to 125 choose a record of nothing. */
    @Test
    void wsHeader7() {
        assertTable(Schemas_WsHeaderCodec.INSTANCE, "81 05", """
                WsHeader: 2 bytes, decoded
                offset  size  field                         bytes  value
                     0     2  WsHeader.fin [bit 15]         81 05  true
                     0     2  WsHeader.rsv [bits 14..12]    81 05  0
                     0     2  WsHeader.opcode [bits 11..8]  81 05  1
                     0     2  WsHeader.masked [bit 7]       81 05  false
                     0     2  WsHeader.length7 [bits 6..0]  81 05  5
                     2     0  WsHeader.extended                    Short7
                """);
    }

    /** a protocol length after the tag. */
    @Test
    void backend() {
        assertTable(Schemas_BackendCodec.INSTANCE, "43 0000000d 53454c4543542031 00", """
                Backend: 14 bytes, decoded
                offset  size  field                             bytes                       value
                     0     1  Backend.<tag>                     43                          67 (0x43)  (tag, checked)
                     1     4  Backend.CommandComplete.<length>  00 00 00 0d                 13 (0xd)  (length, checked)
                     5     9  Backend.CommandComplete.tag       53 45 4c 45 43 54 20 31 00  "SELECT 1"
                """);
    }

    /** a fallback record keeps the tag and the body. */
    @Test
    void backendFallback() {
        assertTable(Schemas_BackendCodec.INSTANCE, "4e 00000006 0102", """
                Backend: 7 bytes, decoded
                offset  size  field                            bytes        value
                     0     1  Backend.UnknownMessage.type      4e           78
                     1     4  Backend.UnknownMessage.<length>  00 00 00 06  6  (length, checked)
                     5     2  Backend.UnknownMessage.body      01 02        2 bytes: 01 02
                """);
    }

    /** a length that disagrees with the fixed record. */
    @Test
    void backendWrongLength() {
        assertTable(Schemas_BackendCodec.INSTANCE, "5a 00000006 49", """
                Backend: 6 bytes, error at offset 1
                offset  size  field          bytes           value
                     0     1  Backend.<tag>  5a              90 (0x5a)  (tag, checked)
                     1     5  (not decoded)  00 00 00 06 49
                error: Malformed frame at offset 1 (Backend.ReadyForQuery.<length>): expected a length of at most 5, as the record's frame is 5 bytes long, found 6 [5a [00] 00 00 06 49]
                """);
    }

    /** bytes after the frame are an error, as decode(byte[]) says. */
    @Test
    void trailingBytes() {
        assertTable(io.wireform.samples.smarthome.SmartHomeCodec.INSTANCE, "4c000000 00", """
                SmartHome: 5 bytes, error at offset 4
                offset  size  field            bytes        value
                     0     4  SmartHome.<tag>  4c 00 00 00  76 (0x4c)  (tag, checked)
                     4     1  (not decoded)    00
                error: Malformed frame at offset 4 (DownloadDb): expected end of frame after 4 bytes, found 1 more bytes [4c 00 00 00 [00]]
                """);
    }

    /**
     * a list of records failing in its third element: the list's row spans the elements read, each of them
     * is shown with its fields, then the bytes from the failing one on.
     */
    @Test
    void listFailingPartway() {
        assertTable(Schemas_EntriesCodec.INSTANCE, "03 0105 0107 0209", """
                Entries: 7 bytes, error at offset 5
                offset  size  field                       bytes           value
                     0     5  Entries.entries             03 01 05 01 07  2 items: [Entry, Entry]  (read before the error)
                     1     2  Entries.entries[0]          01 05           Entry
                     1     1  Entries.entries[0].version  01              1  (constant, checked)
                     2     1  Entries.entries[0].n        05              5
                     3     2  Entries.entries[1]          01 07           Entry
                     3     1  Entries.entries[1].version  01              1  (constant, checked)
                     4     1  Entries.entries[1].n        07              7
                     5     2  (not decoded)               02 09
                error: Malformed frame at offset 5 (Entries.entries[].version): expected 1, found 2 [03 01 05 01 07 [02] 09]
                """);
    }

    /** elements of their own size, the failing one's fields shown up to its error, inside a record inside it. */
    @Test
    void listFailingInsideAnElementsRecord() {
        assertTable(Schemas_LogCodec.INSTANCE, "09 02 6100 0107 6200 0208", """
                Log: 10 bytes, error at offset 9
                offset  size  field                     bytes           value
                     0     1  Log.id                    09              9
                     1     5  Log.items                 02 61 00 01 07  1 item: [Tagged]  (read before the error)
                     2     4  Log.items[0]              61 00 01 07     Tagged
                     2     2  Log.items[0].name         61 00           "a"
                     4     2  Log.items[0].check        01 07           Check
                     4     1  Log.items[0].check.n      01              1
                     5     1  Log.items[0].check.seven  07              7  (constant, checked)
                     6     2  Log.items[1].name         62 00           "b"
                     8     1  Log.items[1].check.n      02              2
                     9     1  (not decoded)             08
                error: Malformed frame at offset 9 (Log.items[].check.seven): expected 7, found 8 [02 61 00 01 07 62 00 02 [08]]
                """);
    }

    /** the same list one record deeper: the rows a failure shows are found however deep it lies. */
    @Test
    void listFailingInANestedRecord() {
        assertTable(Schemas_BookCodec.INSTANCE, "04 09 02 6100 0107 6200 0208", """
                Book: 11 bytes, error at offset 10
                offset  size  field                          bytes           value
                     0     1  Book.shelf                     04              4
                     1     1  Book.log.id                    09              9
                     2     5  Book.log.items                 02 61 00 01 07  1 item: [Tagged]  (read before the error)
                     3     4  Book.log.items[0]              61 00 01 07     Tagged
                     3     2  Book.log.items[0].name         61 00           "a"
                     5     2  Book.log.items[0].check        01 07           Check
                     5     1  Book.log.items[0].check.n      01              1
                     6     1  Book.log.items[0].check.seven  07              7  (constant, checked)
                     7     2  Book.log.items[1].name         62 00           "b"
                     9     1  Book.log.items[1].check.n      02              2
                    10     1  (not decoded)                  08
                error: Malformed frame at offset 10 (Book.log.items[].check.seven): expected 7, found 8 [02 61 00 01 07 62 00 02 [08]]
                """);
    }
}

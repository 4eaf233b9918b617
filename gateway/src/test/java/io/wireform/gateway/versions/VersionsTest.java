package io.wireform.gateway.versions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.kafka.WireDeserializer;
import io.wireform.kafka.WireSerdes;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.gateway.versions.unmarked.NewReading;
import io.wireform.gateway.versions.unmarked.NewReadingCodec;
import io.wireform.gateway.versions.unmarked.OldReading;
import io.wireform.gateway.versions.unmarked.OldReadingCodec;
import java.util.HexFormat;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** What a consumer does with records of a schema version it does not know, marked and unmarked. */
class VersionsTest {
    private static final String TOPIC = "telemetry";

    /** A field added without a version: neither side reads the other's records, and both say so. */
    @Test
    void unmarkedChangeFailsBothWays() {
        byte[] newer = WireSerdes.serializer(NewReadingCodec.INSTANCE).serialize(TOPIC, new NewReading(3, 21.5f, 40));
        SerializationException old = assertThrows(SerializationException.class,
                () -> WireSerdes.deserializer(OldReadingCodec.INSTANCE).deserialize(TOPIC, newer));
        WireDecodeException trailing = assertInstanceOf(WireDecodeException.class, old.getCause());
        assertEquals(6, trailing.offset());
        assertEquals("end of frame after 6 bytes", trailing.expected());

        byte[] older = WireSerdes.serializer(OldReadingCodec.INSTANCE).serialize(TOPIC, new OldReading(3, 21.5f));
        SerializationException neu = assertThrows(SerializationException.class,
                () -> WireSerdes.deserializer(NewReadingCodec.INSTANCE).deserialize(TOPIC, older));
        TruncatedFrameException truncated = assertInstanceOf(TruncatedFrameException.class, neu.getCause());
        assertEquals(7, truncated.needed());
        assertEquals(6, truncated.available());
    }

    /** The version as the union's tag: both releases write version 1 alike; the old one refuses version 2 by its tag. */
    @Test
    void versionTagTellsOldConsumersWhatTheyCannotRead() {
        byte[] v1Old = WireSerdes.serializer(io.wireform.gateway.versions.v1.TelemetryCodec.INSTANCE)
                .serialize(TOPIC, new io.wireform.gateway.versions.v1.Reading(3, 21.5f));
        byte[] v1New = WireSerdes.serializer(io.wireform.gateway.versions.v2.TelemetryCodec.INSTANCE)
                .serialize(TOPIC, new io.wireform.gateway.versions.v2.Reading(3, 21.5f));
        byte[] v2 = WireSerdes.serializer(io.wireform.gateway.versions.v2.TelemetryCodec.INSTANCE)
                .serialize(TOPIC, new io.wireform.gateway.versions.v2.ReadingWithHumidity(3, 21.5f, 40));
        assertArrayEquals(HexFormat.of().parseHex("01" + "0003" + "41ac0000"), v1Old);
        assertArrayEquals(v1Old, v1New);
        assertArrayEquals(HexFormat.of().parseHex("02" + "0003" + "41ac0000" + "28"), v2);

        WireDeserializer<io.wireform.gateway.versions.v1.Telemetry> old =
                WireSerdes.deserializer(io.wireform.gateway.versions.v1.TelemetryCodec.INSTANCE);
        assertEquals(new io.wireform.gateway.versions.v1.Reading(3, 21.5f), old.deserialize(TOPIC, v1New));
        SerializationException e = assertThrows(SerializationException.class, () -> old.deserialize(TOPIC, v2));
        UnknownTagException unknown = assertInstanceOf(UnknownTagException.class, e.getCause());
        assertEquals(2, unknown.tag());
        assertEquals(0, unknown.offset());

        WireDeserializer<io.wireform.gateway.versions.v2.Telemetry> neu =
                WireSerdes.deserializer(io.wireform.gateway.versions.v2.TelemetryCodec.INSTANCE);
        assertEquals(new io.wireform.gateway.versions.v2.Reading(3, 21.5f), neu.deserialize(TOPIC, v1Old));
        assertEquals(new io.wireform.gateway.versions.v2.ReadingWithHumidity(3, 21.5f, 40), neu.deserialize(TOPIC, v2));
    }
}

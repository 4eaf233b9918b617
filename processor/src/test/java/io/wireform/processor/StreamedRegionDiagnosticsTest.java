package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.assertCompilesCleanly;
import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A streamed {@code Payload} at the end of a {@code @Length} region: what compiles and what is refused. */
class StreamedRegionDiagnosticsTest {

    @Test
    void aRemainingPayloadEndsALengthRegion() {
        JavaFileObject publish = source("Publish",
                "import io.wireform.runtime.Payload;",
                "@Message record Publish(byte header, @Length(Width.MQTT) @Prefixed(Width.UINT16) String topic,",
                "    @Remaining Payload payload) {}");
        assertCompilesCleanly(List.of("test.PublishCodec"), publish);
    }

    @Test
    void aRegionOfThePayloadAlone() {
        JavaFileObject blob = source("Blob",
                "import io.wireform.runtime.Payload;",
                "@Message record Blob(byte header, @Length(Width.UINT16) @Remaining Payload data) {}");
        assertCompilesCleanly(List.of("test.BlobCodec"), blob);
    }

    @Test
    void aRemainingPayloadEndsAProtocolsLength() {
        JavaFileObject packet = source("Packet",
                "import io.wireform.runtime.Payload;",
                "@Protocol(tag = Width.UINT8, tagBits = 4, length = @Length(Width.MQTT))",
                "sealed interface Packet permits Packet.Publish, Packet.Ping {",
                "    @Tag(3) record Publish(@Bits(4) int flags, @Prefixed(Width.UINT16) String topic,",
                "        @Remaining Payload payload) implements Packet {}",
                "    @Tag(12) record Ping(@Bits(4) @Const(0) int flags) implements Packet {}",
                "}");
        assertCompilesCleanly(List.of("test.PacketCodec", "test.Packet_PublishCodec", "test.Packet_PingCodec"), packet);
    }

    @Test
    void aPrefixedPayloadInALengthRegion() {
        String line = "    @Prefixed(Width.UINT32) Payload payload) {}";
        JavaFileObject publish = source("Publish",
                "import io.wireform.runtime.Payload;",
                "@Message record Publish(byte header, @Length(Width.MQTT) @Prefixed(Width.UINT16) String topic,",
                line);
        compiling(publish)
                .error("'payload' is a Payload, which streams the rest of its frame, so it ends a @Length region, whose "
                        + "length already says where it ends; replace @Prefixed with @Remaining", publish, 5,
                        columnOf(line, "@Prefixed"))
                .verify();
    }
}

package io.wireform.samples.mqtt;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Length;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.When;
import io.wireform.annotations.Width;
import java.util.Optional;

/**
 * Two MQTT 3.1.1 control packets. The fixed header's first byte holds the packet type in its top 4
 * bits (the tag) and flags in the low 4; the "remaining length" varint counts everything after it.
 */
@Protocol(tag = Width.UINT8, tagBits = 4)
public sealed interface MqttPacket permits MqttPacket.Connect, MqttPacket.Publish {

    /** CONNECT: {@code 10 10 | 00 04 "MQTT" 04 02 00 3c | 00 04 "test"}. */
    @Tag(1)
    record Connect(@Bits(4) int reserved,
                   @Length(Width.MQTT) @Prefixed(Width.UINT16) String protocolName,
                   @UInt8 int level,
                   @UInt8 int connectFlags,
                   @UInt16 int keepAliveSeconds,
                   @Prefixed(Width.UINT16) String clientId) implements MqttPacket {}

    /** PUBLISH: the packet id is on the wire only for QoS 1 and 2; the payload is the rest of the packet. */
    @Tag(3)
    record Publish(@Bits(1) boolean duplicate,
                   @Bits(2) int qos,
                   @Bits(1) boolean retain,
                   @Length(Width.MQTT) @Prefixed(Width.UINT16) String topic,
                   @When(value = "qos", anyOf = {1, 2}) @UInt16 Optional<Integer> packetId,
                   @Remaining byte[] payload) implements MqttPacket {}
}

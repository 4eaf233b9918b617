package io.wireform.samples.mqtt;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Code;
import io.wireform.annotations.Const;
import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.When;
import io.wireform.annotations.WireEnum;
import io.wireform.annotations.Width;
import io.wireform.runtime.Payload;
import java.util.List;
import java.util.Optional;

/**
 * The fourteen MQTT 3.1.1 control packets (OASIS standard, section 3). The fixed header's first
 * byte holds the packet type in its top 4 bits (the tag) and the packet's flags in the low 4, which
 * every record starts with; the remaining length, the MQTT varint, counts everything after it, and
 * is the protocol's length. PUBLISH's payload has no length of its own: it is what the remaining
 * length leaves after the topic and the packet identifier, streamed by the readers.
 */
@Protocol(tag = Width.UINT8, tagBits = 4, length = @Length(Width.MQTT))
public sealed interface MqttPacket permits MqttPacket.Connect, MqttPacket.ConnAck, MqttPacket.Publish,
        MqttPacket.PubAck, MqttPacket.PubRec, MqttPacket.PubRel, MqttPacket.PubComp, MqttPacket.Subscribe,
        MqttPacket.SubAck, MqttPacket.Unsubscribe, MqttPacket.UnsubAck, MqttPacket.PingReq, MqttPacket.PingResp,
        MqttPacket.Disconnect {

    /** A quality of service: 3 is no QoS, and decoding refuses it. */
    @WireEnum
    enum Qos { @Code(0) AT_MOST_ONCE, @Code(1) AT_LEAST_ONCE, @Code(2) EXACTLY_ONCE }

    /**
     * CONNECT (3.1): {@code 10 10 | 00 04 "MQTT" 04 02 00 3c | 00 04 "test"}. The connect flags byte
     * says which of the will, the user name and the password follow the client identifier.
     */
    @Tag(1)
    record Connect(@Bits(4) @Const(0) int flags,
                   @Prefixed(Width.UINT16) String protocolName,
                   @UInt8 int level,
                   @Bits(1) boolean hasUsername,
                   @Bits(1) boolean hasPassword,
                   @Bits(1) boolean willRetain,
                   @Bits(2) Qos willQos,
                   @Bits(1) boolean hasWill,
                   @Bits(1) boolean cleanSession,
                   @Bits(1) @Const(0) int reserved,
                   @UInt16 int keepAliveSeconds,
                   @Prefixed(Width.UINT16) String clientId,
                   @When("hasWill") @Prefixed(Width.UINT16) Optional<String> willTopic,
                   @When("hasWill") @Prefixed(Width.UINT16) Optional<byte[]> willMessage,
                   @When("hasUsername") @Prefixed(Width.UINT16) Optional<String> username,
                   @When("hasPassword") @Prefixed(Width.UINT16) Optional<byte[]> password) implements MqttPacket {

        /** A level 4 ("MQTT" 3.1.1) connection without will, user name or password. */
        public Connect(String clientId, int keepAliveSeconds, boolean cleanSession) {
            this(0, "MQTT", 4, false, false, false, Qos.AT_MOST_ONCE, false, cleanSession, 0, keepAliveSeconds,
                    clientId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * CONNACK (3.2): {@code 20 02 | 00 00}, session present and the return code (0: accepted). The
     * acknowledge flags byte is a {@code boolean}, 1 or 0: bit fields there would share the fixed
     * header's byte group, which the remaining length must follow.
     */
    @Tag(2)
    record ConnAck(@Bits(4) @Const(0) int flags,
                   boolean sessionPresent,
                   @UInt8 int returnCode) implements MqttPacket {
        public ConnAck(boolean sessionPresent, int returnCode) {
            this(0, sessionPresent, returnCode);
        }
    }

    /** PUBLISH's packet identifier, chosen by its QoS: none at QoS 0, two bytes at 1 and 2, and no QoS 3. */
    @Protocol(selected = true)
    sealed interface PacketId permits PacketId.None, PacketId.Id {
        /** QoS 0: no packet identifier. */
        @Tag(0)
        record None() implements PacketId {}

        /** QoS 1 and 2: the packet identifier its acknowledgement repeats. */
        @Tag(value = 1, to = 2)
        record Id(@UInt16 int value) implements PacketId {}
    }

    /**
     * PUBLISH (3.3): {@code 32 0a | 00 03 "a/b" 00 01 | "hel"}. The payload is the rest of the packet,
     * streamed by the readers: a handler reads it as a stream, never buffered whole.
     */
    @Tag(3)
    record Publish(@Bits(1) boolean duplicate,
                   @Bits(2) int qos,
                   @Bits(1) boolean retain,
                   @Prefixed(Width.UINT16) String topic,
                   @SelectedBy("qos") PacketId packetId,
                   @Remaining Payload payload) implements MqttPacket {

        /** A message at QoS 0, not retained. */
        public Publish(String topic, Payload payload) {
            this(false, 0, false, topic, new PacketId.None(), payload);
        }

        /** A message at QoS 1 or 2, identified by {@code packetId}. */
        public Publish(int qos, int packetId, String topic, Payload payload) {
            this(false, qos, false, topic, new PacketId.Id(packetId), payload);
        }
    }

    /** PUBACK (3.4): {@code 40 02 | 00 0a}, the QoS 1 acknowledgement. */
    @Tag(4)
    record PubAck(@Bits(4) @Const(0) int flags, @UInt16 int packetId) implements MqttPacket {
        public PubAck(int packetId) {
            this(0, packetId);
        }
    }

    /** PUBREC (3.5): {@code 50 02 | 00 0a}, QoS 2, part 1. */
    @Tag(5)
    record PubRec(@Bits(4) @Const(0) int flags, @UInt16 int packetId) implements MqttPacket {
        public PubRec(int packetId) {
            this(0, packetId);
        }
    }

    /** PUBREL (3.6): {@code 62 02 | 00 0a}, QoS 2, part 2; its flags are 0010. */
    @Tag(6)
    record PubRel(@Bits(4) @Const(0b0010) int flags, @UInt16 int packetId) implements MqttPacket {
        public PubRel(int packetId) {
            this(0b0010, packetId);
        }
    }

    /** PUBCOMP (3.7): {@code 70 02 | 00 0a}, QoS 2, part 3. */
    @Tag(7)
    record PubComp(@Bits(4) @Const(0) int flags, @UInt16 int packetId) implements MqttPacket {
        public PubComp(int packetId) {
            this(0, packetId);
        }
    }

    /** A topic filter and the QoS asked for it, in a SUBSCRIBE. */
    @Message
    record Subscription(@Prefixed(Width.UINT16) String topicFilter,
                        @Bits(6) @Const(0) int reserved,
                        @Bits(2) Qos qos) {
        public Subscription(String topicFilter, Qos qos) {
            this(topicFilter, 0, qos);
        }
    }

    /** SUBSCRIBE (3.8): {@code 82 08 | 00 0a | 00 03 "a/b" 01}; its flags are 0010. */
    @Tag(8)
    record Subscribe(@Bits(4) @Const(0b0010) int flags,
                     @UInt16 int packetId,
                     @Remaining List<Subscription> subscriptions) implements MqttPacket {
        public Subscribe(int packetId, List<Subscription> subscriptions) {
            this(0b0010, packetId, subscriptions);
        }
    }

    /** A SUBACK's return code for one subscription: the QoS granted, or failure. */
    @WireEnum
    enum Granted { @Code(0) QOS_0, @Code(1) QOS_1, @Code(2) QOS_2, @Code(0x80) FAILURE }

    /** SUBACK (3.9): {@code 90 03 | 00 0a | 01}, a return code per subscription. */
    @Tag(9)
    record SubAck(@Bits(4) @Const(0) int flags,
                  @UInt16 int packetId,
                  @Remaining List<Granted> returnCodes) implements MqttPacket {
        public SubAck(int packetId, List<Granted> returnCodes) {
            this(0, packetId, returnCodes);
        }
    }

    /** A topic filter in an UNSUBSCRIBE. */
    @Message
    record TopicFilter(@Prefixed(Width.UINT16) String filter) {}

    /** UNSUBSCRIBE (3.10): {@code a2 07 | 00 0a | 00 03 "a/b"}; its flags are 0010. */
    @Tag(10)
    record Unsubscribe(@Bits(4) @Const(0b0010) int flags,
                       @UInt16 int packetId,
                       @Remaining List<TopicFilter> filters) implements MqttPacket {
        public Unsubscribe(int packetId, List<TopicFilter> filters) {
            this(0b0010, packetId, filters);
        }
    }

    /** UNSUBACK (3.11): {@code b0 02 | 00 0a}. */
    @Tag(11)
    record UnsubAck(@Bits(4) @Const(0) int flags, @UInt16 int packetId) implements MqttPacket {
        public UnsubAck(int packetId) {
            this(0, packetId);
        }
    }

    /** PINGREQ (3.12): {@code c0 00}, a fixed header alone. */
    @Tag(12)
    record PingReq(@Bits(4) @Const(0) int flags) implements MqttPacket {
        public PingReq() {
            this(0);
        }
    }

    /** PINGRESP (3.13): {@code d0 00}. */
    @Tag(13)
    record PingResp(@Bits(4) @Const(0) int flags) implements MqttPacket {
        public PingResp() {
            this(0);
        }
    }

    /** DISCONNECT (3.14): {@code e0 00}. */
    @Tag(14)
    record Disconnect(@Bits(4) @Const(0) int flags) implements MqttPacket {
        public Disconnect() {
            this(0);
        }
    }
}

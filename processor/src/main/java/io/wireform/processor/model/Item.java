package io.wireform.processor.model;

import io.wireform.annotations.BitOrder;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Width;
import java.util.List;

/** One thing on the wire, in order: a component, a group of bit fields, or a derived field. */
public sealed interface Item {

    /** One record component with its reserved bytes around it. */
    record Field(FieldModel field) implements Item {}

    /** Consecutive {@code @Bits} components sharing {@code bytes} bytes. */
    record BitGroup(List<BitMember> members, int bytes, Endian endian, BitOrder order) implements Item {
        public BitGroup {
            members = List.copyOf(members);
        }
    }

    /**
     * A derived length, written before {@code firstField}, counting the bytes from there through
     * {@code throughField} (the end of the frame's fields when null).
     */
    record Length(Width width, Endian endian, String firstField, String throughField, boolean includeSelf,
                  int adjust) implements Item {}

    /**
     * Reserved bytes after the last component where no component can hold them ({@code @Padding(n)} on a
     * record of no components, or one ending in a bit group): written as {@code fill}, skipped on decode.
     * After a component, they are that component's {@link FieldModel#paddingAfter()} instead.
     */
    record Reserved(int bytes, int fill) implements Item {}

    /** A derived checksum over the frame from {@code fromField} (the first byte when null) to itself. */
    record Checksum(ChecksumType type, Endian endian, String fromField) implements Item {}

    /**
     * A component inside a bit group.
     *
     * @param bits width in bits
     * @param shift distance of its lowest bit from the group's lowest bit
     * @param constant the value the wire must carry ({@code @Const}), if any
     * @param tag whether this is not a component but the bit-field tag of the record's protocol, which the
     *     record writes and checks itself ({@code constant} holds it; {@code name} is {@link #TAG})
     * @param range the values the member may take ({@code @Range}), or null for any
     */
    record BitMember(String name, FieldKind kind, int bits, int shift, java.util.OptionalLong constant, boolean tag,
                     ValueRange range) {
        /** The name of a tag member, which no component can have. */
        public static final String TAG = "<tag>";

        public BitMember(String name, FieldKind kind, int bits, int shift, java.util.OptionalLong constant, boolean tag) {
            this(name, kind, bits, shift, constant, tag, null);
        }

        public BitMember(String name, FieldKind kind, int bits, int shift, java.util.OptionalLong constant) {
            this(name, kind, bits, shift, constant, false, null);
        }

        /** Whether decoding checks this member against the schema: a tag, a {@code @Const} or a {@code @Range}. */
        public boolean checked() {
            return tag || constant.isPresent() || range != null;
        }
    }
}

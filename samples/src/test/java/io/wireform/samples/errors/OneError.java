package io.wireform.samples.errors;

import io.wireform.annotations.Code;
import io.wireform.annotations.Const;
import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Length;
import io.wireform.annotations.Max;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.WireEnum;
import io.wireform.annotations.Width;
import io.wireform.runtime.Payload;
import java.util.List;

/**
 * Schemas whose wrong bytes {@code frameLength} and {@code decode} once named differently: values the
 * walk passes over before a length it checks, and a selector the walk reads as a tag; see OneErrorTest.
 */
final class OneError {
    private OneError() {}

    @WireEnum enum Shape { @Code(1) SMALL, @Code(2) BIG }

    /** Text the walk passes over, then a length it checks against its @Max. */
    @Message record Named(@Prefixed(Width.UINT8) String name, @Max(4) @Prefixed(Width.UINT8) byte[] data) {}

    /** An enum code and a constant the walk passes over, then a length it checks. */
    @Message record Coded(Shape shape, @Const(1) @UInt8 int version, @Max(4) @Prefixed(Width.UINT8) byte[] data) {}

    @Protocol(selected = true) sealed interface Part permits Small, Big {}
    @Tag(1) record Small(@UInt8 int n) implements Part {}
    @Tag(2) record Big(@UInt16 int n) implements Part {}

    /** A selector of the record itself: the walk chooses by the code on the wire, decode reads the enum first. */
    @Message record Shaped(@UInt8 int id, Shape shape, @SelectedBy("shape") Part part) {}

    /** Elements of one byte each, a count of them from the wire. */
    @Message record Word(@Prefixed(Width.UINT8) String text) {}
    @Message record Words(@UInt16 int n, @CountedBy("n") List<Word> words) {}

    /** A header in the length region that ends with the streamed payload; a code the walk passes over. */
    @Message record Carried(@Length(Width.UINT8) Shape shape, @Varint int count, @Max(3) @Prefixed(Width.UINT8) byte[] tag,
                            @Remaining Payload body) {}
}

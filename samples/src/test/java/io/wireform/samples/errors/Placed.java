package io.wireform.samples.errors;

import io.wireform.annotations.Const;
import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;

/** Nested records whose errors {@code frameLength} finds: a marker, and a value a path reads through a record. */
final class Placed {
    private Placed() {}

    /** A nested record of variable size with a marker, which frameLength checks. */
    @Magic("CAFE") @Message record Part(@Prefixed(Width.UINT8) String name) {}

    @Message record Pair(@UInt8 int id, Part first, Part second) {}

    /** A header whose count has no constant offset: frameLength decodes it, and checks its constant. */
    @Message record Header(@Prefixed(Width.UINT8) String name, @Const(1) @UInt8 int version, @UInt8 int count) {}

    @Message record Doc(@UInt8 int kind, Header header, @UInt8 @CountedBy("header.count") List<Integer> values) {}
}

package io.wireform.samples.stream;

import io.wireform.annotations.Count;
import io.wireform.annotations.Message;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt8;
import java.util.List;

/** Records whose {@code @Terminated} texts sit inside nested records, where a reader's searches must not mix. */
public final class NestedDelimiters {
    private NestedDelimiters() {}

    /** A tagged text, NUL-terminated. */
    @Message
    public record Item(@UInt8 int id, @Terminated String text) {}

    /** Two items, then a byte: every item's text starts one byte into it. */
    @Message
    public record Pair(@Count(2) List<Item> items, @UInt8 int end) {}

    /** An item inside an item's holder: the texts' searches start at different depths. */
    @Message
    public record Holder(@Terminated String name, Item first, Item second) {}
}

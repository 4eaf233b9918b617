package io.wireform.annotations;

/** How fields are placed one after another. */
public enum Layout {
    /** Every field starts right after the previous one. Python {@code struct}'s {@code '<'}, {@code '>'}, {@code '!'}. */
    PACKED,
    /**
     * Each number is aligned to its own size, counted from the start of the message, as a C
     * compiler and Python {@code struct}'s native mode ({@code '@'}, the default) do: padding bytes
     * (zero on encode, ignored on decode) are inserted before a field whose offset is not a multiple
     * of its size. Like Python {@code struct}, no padding is added after the last field. Byte arrays,
     * strings and enums of one byte need no alignment; a nested message is aligned as its strictest
     * member (as a C struct inside a struct is), and its own fields are placed by its own layout,
     * counted from its own start.
     */
    C_ALIGNED
}

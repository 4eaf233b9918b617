package io.wireform.processor.model;

/**
 * The values a {@code @Range} component may take, {@code from} to {@code to} inclusive, compared as
 * the component's Java value in {@code long} arithmetic.
 */
public record ValueRange(long from, long to) {

    /** The range as messages show it: {@code 126..65535}. */
    public String text() {
        return from + ".." + to;
    }
}

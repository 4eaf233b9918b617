package io.wireform.benchmarks.model;

import io.wireform.annotations.Message;

/** A fixed-size (14-byte) element of {@link Order}'s list. */
@Message
public record Item(int sku, short quantity, long priceCents) {}

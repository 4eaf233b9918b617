/**
 * Annotations that describe how a Java record is laid out on the wire.
 *
 * <p>Annotate a record with {@link io.wireform.annotations.Message}; the Wireform annotation
 * processor generates a codec named after it ({@code ReadingCodec} for {@code Reading}).
 * Wire order is the order of the record components. Defaults: big-endian (network order),
 * packed layout (no alignment), Java's natural widths ({@code byte} 1, {@code short} 2,
 * {@code int} 4, {@code long} 8, {@code float} 4, {@code double} 8, {@code boolean} 1).
 */
package io.wireform.annotations;

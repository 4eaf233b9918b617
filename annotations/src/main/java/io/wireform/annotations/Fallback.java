package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What decodes a value no declared alternative matches, so that the unknown is not fatal.
 *
 * <ul>
 *   <li>On a constant of a {@link WireEnum}: the constant a code no other constant has decodes to. It
 *       may also carry a {@link Code}; without one, encoding it is an error, because the original code
 *       is lost.
 *   <li>On a record of a tagged {@link Protocol}, instead of a {@link Tag}: the record every tag no
 *       other record has decodes to. Its first component holds the tag (an integer of the tag's width,
 *       or, with {@code tagBits}, a {@link Bits} component of that many bits), so the record keeps it
 *       and writes it back; its last is usually a {@link Remaining} {@code byte[]} holding the body,
 *       whose end a length around it says: the protocol's own {@link Protocol#length()}, or a
 *       {@link Length} region of the message the protocol is a component of. Encoding refuses a tag
 *       another record has.
 *   <li>On a record of a protocol chosen by {@link SelectedBy}: the record every selector value no
 *       other record's tag matches decodes to; the selector keeps the value.
 * </ul>
 *
 * <pre>{@code
 * @Fallback record UnknownFunction(@UInt8 int function, @Remaining byte[] data) implements ModbusRequest {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface Fallback {}

package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The character set of a {@code String} field; without it, UTF-8. The name is checked at compile
 * time. Decoding is strict: bytes that are not valid text in the charset (ill-formed UTF-8, a byte
 * above 0x7F in US-ASCII) are a decode error naming the field, as MQTT and most protocols require, so
 * that a decoded text always encodes back to the same bytes. Encoding is strict too: a character the
 * charset cannot encode is an encode error, never a silent {@code ?}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Charset {
    /** {@return a charset name that {@link java.nio.charset.Charset#forName(String)} accepts, e.g. {@code "US-ASCII"}} */
    String value();

    /**
     * {@return whether bytes that are not valid text decode as U+FFFD} as {@link String#String(byte[],
     * java.nio.charset.Charset)} does, instead of rejecting the frame. Such a text may not encode back to
     * the bytes it came from.
     */
    boolean lenient() default false;
}

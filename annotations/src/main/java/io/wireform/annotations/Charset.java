package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The character set of a {@code String} field; without it, UTF-8. The name is checked at compile
 * time. Bytes that are not valid in the charset decode to U+FFFD, as {@link String#String(byte[],
 * java.nio.charset.Charset)} does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Charset {
    /** {@return a charset name that {@link java.nio.charset.Charset#forName(String)} accepts, e.g. {@code "US-ASCII"}} */
    String value();
}

package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code byte[]} or {@code String} whose length in bytes is the value of an earlier integer
 * component, named here. The name is checked at compile time. Encode checks that the two agree.
 *
 * <pre>{@code record Block(@UInt16 int size, @SizedBy("size") byte[] data) {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface SizedBy {
    /** {@return the name of an earlier integer component} */
    String value();
}

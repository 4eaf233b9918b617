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
 *
 * <p>The name may be a dotted path into an earlier nested record ({@code "header.length"}). Several
 * names are alternatives: the first that applies gives the length, a path through a
 * {@code @SelectedBy} component applying when the record it decoded has that component, and the last
 * name must always apply:
 *
 * <pre>{@code @SizedBy({"extendedPayloadLength.length", "payloadLen"}) Payload payload}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface SizedBy {
    /** {@return the name of (or a path to) an earlier integer component, or alternatives, the first that applies} */
    String[] value();
}

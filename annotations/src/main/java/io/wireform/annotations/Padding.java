package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reserved bytes around a field, like Python {@code struct}'s {@code 'x'}: written as {@link #fill()}
 * on encode and skipped unchecked on decode, so a peer may put anything there.
 *
 * <pre>{@code record Header(byte kind, @Padding(before = 3) int length) {}  // 'b3xi'}</pre>
 *
 * <p>On a message record, {@link #value()} reserves bytes after its last component (before a checksum
 * and an end marker), as a format ending in {@code 'x'} does; a record of no components and
 * {@code @Padding(2)} is two reserved bytes ({@code '>2x'}). Leading bytes go on the first component
 * ({@code before}).
 *
 * <pre>{@code @Padding(1) @Message(layout = Layout.C_ALIGNED) record Trailing(byte b, int i) {}  // '@bix'}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.TYPE})
public @interface Padding {
    /** {@return on a record, the number of reserved bytes after its last component; unused on a component} */
    int value() default 0;

    /** {@return the number of reserved bytes before the field} */
    int before() default 0;

    /** {@return the number of reserved bytes after the field} */
    int after() default 0;

    /** {@return the byte written into reserved bytes, 0 to 255} */
    int fill() default 0;
}

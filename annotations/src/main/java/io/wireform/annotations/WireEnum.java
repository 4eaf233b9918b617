package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An enum with explicit wire codes. Every constant carries {@link Code}, except at most one marked
 * {@link Fallback}, which decoding returns for a code no constant has. Without a fallback an unknown
 * code is a decode error. The code is an unsigned integer of {@link #bytes()} bytes, in the byte
 * order of the field that uses the enum.
 *
 * <pre>{@code
 * @WireEnum(bytes = 1)
 * enum Mode { @Code(1) IDLE, @Code(2) RUNNING, @Fallback UNKNOWN }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WireEnum {
    /** {@return the width of the code on the wire, 1 to 4 bytes} */
    int bytes() default 1;
}

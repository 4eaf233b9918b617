package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The constant a {@link WireEnum} decodes to when the wire carries a code no constant has. It may
 * also carry a {@link Code}; without one, encoding it is an error, because the original code is lost.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Fallback {}

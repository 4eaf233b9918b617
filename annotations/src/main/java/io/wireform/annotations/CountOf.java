package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A derived element count, not a record component: written right before the annotated component, it
 * holds the number of elements of the {@code List} component named by {@link #list()}, which is the
 * annotated component or one after it and says nothing else about where it ends. Encode writes the
 * list's size; decode reads the count and then that many elements, checking it against the list's
 * {@code @Max} first. Several counts before one component are written in the order they are declared,
 * after a {@code @Length} on the same component, whose region they start.
 *
 * <pre>{@code
 * // DNS: QDCOUNT and ANCOUNT in the header, the lists after it
 * record Dns(@UInt16 int id, @UInt16 int flags,
 *            @CountOf(value = Width.UINT16, list = "questions")
 *            @CountOf(value = Width.UINT16, list = "answers") List<Question> questions,
 *            List<Answer> answers) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Repeatable(CountOf.List.class)
public @interface CountOf {
    /** {@return how the count is written: a fixed width in the field's byte order, or a varint} */
    Width value();

    /** {@return the name of the {@code List} component it counts: the annotated one or a later one} */
    String list();

    /** Holds several {@code @CountOf} on one component; written for you by {@code javac}. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    @interface List {
        /** {@return the counts, in wire order} */
        CountOf[] value();
    }
}

package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component read and written by a codec of the user's: the escape hatch for the one field of a real
 * protocol that no annotation describes, such as a DNS name with compression pointers (RFC 1035 4.1.4),
 * which may refer back to an earlier offset of the same message.
 *
 * <p>The class implements {@code io.wireform.runtime.FieldCodec<T>}, where {@code T} is the component's
 * type (or, on a {@code List} with a count, the element type; on an {@code Optional} with {@link When},
 * the content type), and has either a {@code static final INSTANCE} field of its own type or a no-arg
 * constructor, public (or package-private, with the class, in the record's package). The generated
 * codec holds one instance in a static field and calls it directly, with the start of the outermost
 * frame being decoded, so that the codec can follow offsets relative to it. The
 * codec decides where the value ends, so {@code @Using} takes no size annotation ({@link Fixed},
 * {@link Prefixed}, {@link Terminated}, ...), no number annotation and no {@link Bits}.
 *
 * <pre>{@code
 * record Question(@Using(DnsName.class) String name, @UInt16 int type, @UInt16 int qclass) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Using {
    /** {@return the codec class, implementing {@code io.wireform.runtime.FieldCodec} of the component's type} */
    Class<?> value();
}

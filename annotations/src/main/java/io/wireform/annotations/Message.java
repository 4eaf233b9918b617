package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a wire message: the processor generates {@code <Name>Codec} beside it.
 *
 * <pre>{@code
 * @Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
 * record Reading(@UInt32 long id, @Fixed(2) byte[] code, float value) {}
 * // (1, "ab", 2.7f) <-> 01 00 00 00 61 62 00 00 cd cc 2c 40
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Message {
    /** {@return the byte order of every multi-byte field that does not say otherwise with {@link Order}} */
    Endian endian() default Endian.BIG;

    /** {@return packed (the default) or aligned like a C struct} */
    Layout layout() default Layout.PACKED;

    /** {@return which end of a {@link Bits} group the first bit field takes} */
    BitOrder bitOrder() default BitOrder.MSB_FIRST;

    /**
     * {@return the largest frame its readers accept, in bytes; 0 for the reader's default, 16 MiB} A
     * longer frame is an error before any of it is buffered. At most 2^31 - 73 ({@code
     * FrameReader.LARGEST_MAX_FRAME_LENGTH}), the most one reader's buffer holds. Its codec declares it ({@code
     * declaredMaxFrameLength()}): every reader built from the codec starts from it unless told otherwise.
     */
    int maxFrameLength() default 0;

    /**
     * {@return what its readers do with bytes that are not a valid frame} Its codec declares it ({@code
     * declaredResync()}): every reader built from the codec starts from it unless told otherwise.
     */
    Resync resync() default Resync.FAIL;
}

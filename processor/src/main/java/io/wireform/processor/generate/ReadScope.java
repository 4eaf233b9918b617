package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.MessageModel;

/**
 * What a value read needs from around it.
 *
 * @param limit the expression of the index reads may not pass
 * @param remainingEnd the expression of the index a rest-of-frame value ends at
 * @param trailer bytes that follow the last field (checksum, end marker), which a rest-of-frame value must leave
 * @param max the value's {@code @Max} in bytes or elements, or -1
 */
record ReadScope(MessageModel model, Constants constants, String limit, CodeBlock remainingEnd, int trailer,
                 long max) {

    /** The scope of a list's elements, which end at {@code newLimit} and have no {@code @Max} of their own. */
    ReadScope withLimit(String newLimit, CodeBlock newRemainingEnd, int newTrailer) {
        return new ReadScope(model, constants, newLimit, newRemainingEnd, newTrailer, -1);
    }
}

package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.MessageModel;
import java.util.List;

/**
 * What a value read needs from around it.
 *
 * @param limit the expression of the index reads may not pass
 * @param remainingEnd the expression of the index a rest-of-frame value ends at
 * @param trailer bytes that follow the last field (checksum, end marker), which a rest-of-frame value must leave
 */
record ReadScope(MessageModel model, Constants constants, String limit, CodeBlock remainingEnd, int trailer,
                 List<String> locals) {

    ReadScope withLimit(String newLimit, CodeBlock newRemainingEnd, int newTrailer) {
        return new ReadScope(model, constants, newLimit, newRemainingEnd, newTrailer, locals);
    }
}

package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.Condition;

/** A {@code @When} condition in generated code: the test, and the words encode errors use for it. */
final class Conditions {
    private Conditions() {}

    /** The condition over decoded locals ({@code fromMessage} false) or record accessors (true). */
    static CodeBlock test(Condition condition, boolean fromMessage) {
        return test(condition, fromMessage ? References.encoded(condition.field(), condition.reference())
                : References.decoded(condition.field(), condition.reference()));
    }

    /** The condition over the value {@code field} gives. */
    static CodeBlock test(Condition condition, CodeBlock field) {
        CodeBlock test;
        if (condition.fieldIsBoolean()) {
            test = field;
        } else if (condition.bit() >= 0) {
            test = CodeBlock.of("($L >>> $L & 1) != 0", field, condition.bit());
        } else if (!condition.anyOf().isEmpty()) {
            CodeBlock.Builder any = CodeBlock.builder();
            for (int i = 0; i < condition.anyOf().size(); i++) {
                any.add(i == 0 ? "$L == $LL" : " || $L == $LL", field, condition.anyOf().get(i));
            }
            test = any.build();
        } else if (condition.min() == Long.MIN_VALUE) {
            test = CodeBlock.of("$L <= $LL", field, condition.max());
        } else if (condition.max() == Long.MAX_VALUE) {
            test = CodeBlock.of("$L >= $LL", field, condition.min());
        } else {
            test = CodeBlock.of("$L >= $LL && $L <= $LL", field, condition.min(), field, condition.max());
        }
        return condition.negated() ? CodeBlock.of("!($L)", test) : test;
    }

    /** Human words for the condition, for encode errors. */
    static String describe(Condition condition) {
        String test;
        if (condition.fieldIsBoolean()) {
            test = condition.field();
        } else if (condition.bit() >= 0) {
            test = "bit " + condition.bit() + " of " + condition.field() + " is set";
        } else if (!condition.anyOf().isEmpty()) {
            test = condition.field() + " is one of " + condition.anyOf();
        } else if (condition.min() == Long.MIN_VALUE) {
            test = condition.field() + " is at most " + condition.max();
        } else if (condition.max() == Long.MAX_VALUE) {
            test = condition.field() + " is at least " + condition.min();
        } else {
            test = condition.field() + " is from " + condition.min() + " to " + condition.max();
        }
        return condition.negated() ? "not (" + test + ")" : test;
    }
}

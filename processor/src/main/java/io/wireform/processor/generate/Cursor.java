package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;

/**
 * Where the next item starts, as generated code sees it: a constant offset from {@code start} while
 * everything before is fixed-size, then an offset from the position variable once a variable-size
 * item has been passed. Constant offsets keep fixed layouts as plain as hand-written code.
 */
final class Cursor {
    static final String START = "start";

    private final String variable;
    private String base = START;
    private int offset;

    /** @param variable the name of the position variable a variable-size item assigns */
    Cursor(String variable) {
        this.variable = variable;
    }

    /** The index expression of the next byte: {@code start + 12} or {@code p + 2}. */
    CodeBlock at() {
        return offset == 0 ? CodeBlock.of("$L", base) : CodeBlock.of("$L + $L", base, offset);
    }

    /** The offset from the frame start, as an expression: {@code 12}, or {@code p + 2 - start}. */
    CodeBlock fromStart() {
        return isConstant() ? CodeBlock.of("$L", offset) : CodeBlock.of("$L - start", at());
    }

    boolean isConstant() {
        return base.equals(START);
    }

    int offset() {
        return offset;
    }

    void skip(int bytes) {
        offset += bytes;
    }

    /** After a variable-size item has assigned the position variable. */
    void moved() {
        base = variable;
        offset = 0;
    }

    String variable() {
        return variable;
    }
}

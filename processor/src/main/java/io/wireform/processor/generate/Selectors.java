package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.FieldKind;

/**
 * The value of the component that chooses a selected protocol's record, as a {@code long}, where
 * generated code needs it: a boolean as 0 or 1, an enum as its code.
 */
public final class Selectors {
    private Selectors() {}

    /** The local that holds an enum selector's code as decode read it (the enum constant may be a fallback). */
    static String codeLocal(String selector) {
        return Names.local(selector) + "Code";
    }

    /**
     * An enum's code as the {@code long} a selector or a constant is compared with: unsigned, so that a
     * four-byte code at or above 2^31 is not negative ({@code code} is the {@code int} the codes class gives).
     */
    static CodeBlock asLong(FieldKind.EnumKind e, CodeBlock code) {
        return e.width() == 4 ? CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, code) : code;
    }

    /** {@code value}'s code, as {@link #asLong}. */
    static CodeBlock code(FieldKind.EnumKind e, CodeBlock value, String path) {
        return asLong(e, CodeBlock.of("$T.code($L, $S)", e.codesType(), value, path));
    }

    /** In decode: from the locals the earlier components were read into. */
    public static CodeBlock decoded(FieldKind.SelectedKind k) {
        CodeBlock local = References.decoded(k.selector(), k.reference());
        if (k.selectorKind() instanceof FieldKind.BoolKind) {
            return CodeBlock.of("$L ? 1L : 0L", local);
        }
        if (k.selectorKind() instanceof FieldKind.EnumKind e) {
            // a path's enum is read through its record: its code is the constant's
            return k.reference() == null ? CodeBlock.of("$L", codeLocal(k.selector()))
                    : code(e, local, k.selector());
        }
        return local;
    }

    /** In frameLength: from the control locals the walk read (longs, or a boolean). */
    static CodeBlock peeked(FieldKind.SelectedKind k, io.wireform.processor.model.MessageModel model) {
        CodeBlock local = References.peeked(k.selector(), k.reference(), model, s -> peeked(s, model));
        return k.selectorKind() instanceof FieldKind.BoolKind ? CodeBlock.of("$L ? 1L : 0L", local) : CodeBlock.of("$L", local);
    }

    /** In encode: from the record being written. */
    static CodeBlock encoded(FieldKind.SelectedKind k, String path) {
        CodeBlock value = References.encoded(k.selector(), k.reference());
        if (k.selectorKind() instanceof FieldKind.BoolKind) {
            return CodeBlock.of("$L ? 1L : 0L", value);
        }
        if (k.selectorKind() instanceof FieldKind.EnumKind e) {
            return code(e, value, path);
        }
        return value;
    }
}

package io.wireform.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;

/**
 * Statements a decode body adds as it passes each item: none for {@code decode}; calls that tell a
 * trace of each field for {@code decodeTraced} (see {@code generate.explain}). Index arguments are
 * expressions valid where the statements go; {@code from} of a variable-size field is a local holding
 * where it started.
 */
public interface DecodeHooks {
    /** Adds nothing: the plain decode. */
    DecodeHooks NONE = new DecodeHooks() {};

    /** After a marker ({@code <magic>}, {@code <end>}) of {@code size} bytes at {@code at} was checked. */
    default CodeBlock marker(String path, CodeBlock at, int size) {
        return CodeBlock.of("");
    }

    /** Reserved bytes at {@code at}. */
    default CodeBlock padding(String path, CodeBlock at, int size) {
        return CodeBlock.of("");
    }

    /** Before a component is read at {@code from}, a local named {@code fromLocal} to be declared holding it. */
    default CodeBlock beforeField(FieldModel field, String path, CodeBlock from, String fromLocal) {
        return CodeBlock.of("");
    }

    /** After a component was read into {@code local}, from {@code fromLocal} up to {@code to}. */
    default CodeBlock afterField(FieldModel field, String path, String local, String fromLocal, CodeBlock to) {
        return CodeBlock.of("");
    }

    /** After a member of a bit group at {@code at} was read; {@code value} its value (the raw bits for a tag). */
    default CodeBlock bits(Item.BitGroup group, Item.BitMember member, String path, CodeBlock at, CodeBlock value) {
        return CodeBlock.of("");
    }

    /** After a length field from {@code from} up to {@code to} was read into the long {@code value}. */
    default CodeBlock length(String path, CodeBlock from, CodeBlock to, String value) {
        return CodeBlock.of("");
    }

    /** After a checksum of {@code width} bytes at {@code at}, read into the int {@code value}, was checked. */
    default CodeBlock checksum(String path, CodeBlock at, int width, String value) {
        return CodeBlock.of("");
    }

    /**
     * Before the elements of the list {@code list} are read: the list starts at {@code from} (its count,
     * if it has one), its elements at {@code elementsFrom}, and they end by {@code limit} at the latest.
     */
    default CodeBlock elements(FieldKind.ListKind list, String path, CodeBlock from, CodeBlock elementsFrom, String limit) {
        return CodeBlock.of("");
    }
}

package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.CHECKSUMS;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.VALUES;
import static io.wireform.processor.generate.RuntimeTypes.VARINTS;

import com.palantir.javapoet.CodeBlock;
import io.wireform.annotations.Width;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * The bodies of {@code encode} and {@code sizeOf}: every value checked and every size known before
 * the first byte is written, so lengths are written in place, never patched afterwards.
 */
final class EncodeBody {
    private final MessageModel model;
    private final ValueWrites writes;
    private final Constants constants;
    private final List<Steps.Step> steps;

    EncodeBody(MessageModel model, ValueWrites writes, Constants constants) {
        this.model = model;
        this.writes = writes;
        this.constants = constants;
        this.steps = Steps.of(model);
    }

    /** Checks every value and declares it for {@link #write}, and declares {@code size}: encode's start. */
    CodeBlock prepare() {
        return prepare(false);
    }

    /** Checks every value and declares {@code size} only: sizeOf's and headerSize's body. */
    CodeBlock prepareSize() {
        return prepare(true);
    }

    private CodeBlock prepare(boolean sizeOnly) {
        CodeBlock.Builder code = CodeBlock.builder();
        String path = model.pathName();
        for (Steps.Step step : steps) {
            if (step instanceof Steps.Field f) {
                FieldModel field = f.field();
                // a derived count is the size of the list it counts, which is checked again as that list
                CodeBlock source = field.isDerived()
                        ? CodeBlock.of("$T.nonNull(message.$L(), $S).size()", VALUES, field.countOf(),
                                path + "." + field.countOf())
                        : CodeBlock.of("message.$L()", field.name());
                code.add(writes.prepare(field.kind(), Names.local(field.name()),
                        source, path + "." + field.name(), field.max(),
                        sizeOnly ? ValueWrites.Use.SIZE : ValueWrites.Use.VALUE_AND_SIZE));
                if (field.constant().isPresent()) {
                    // a varint's prepared local is its wire form (zigzagged): the constant is the record's value
                    boolean fromRecord = sizeOnly || field.kind() instanceof FieldKind.VarintKind;
                    CodeBlock value = fromRecord ? constantValue(field.kind(), CodeBlock.of("message.$L()", field.name()),
                            path + "." + field.name()) : constantValue(field.kind(), Names.local(field.name()));
                    code.addStatement("$T.expectConstant($L, $LL, $S)", VALUES, value, field.constant().getAsLong(),
                            path + "." + field.name());
                }
                if (field.range() != null) {
                    code.add(expectRange(field.name(), field.range(), path));
                }
            } else if (step instanceof Steps.Bits b) {
                for (Item.BitMember member : b.group().members()) {
                    if (member.tag()) {
                        continue; // a constant, written as one
                    }
                    if (!sizeOnly) {
                        code.addStatement("long $L = $L", Names.local(member.name()), bitValue(member, path));
                        if (member.constant().isPresent()) {
                            code.addStatement("$T.expectConstant($L, $LL, $S)", VALUES, Names.local(member.name()),
                                    member.constant().getAsLong(), path + "." + member.name());
                        }
                    } else if (member.constant().isPresent()) {
                        code.addStatement("$T.expectConstant($L, $LL, $S)", VALUES, bitValue(member, path),
                                member.constant().getAsLong(), path + "." + member.name());
                    } else if (bitChecked(member)) {
                        code.addStatement("$L", bitValue(member, path));
                    }
                    if (member.range() != null) {
                        code.add(expectRange(member.name(), member.range(), path));
                    }
                }
            }
        }
        // Lengths of regions, innermost first: an outer region counts the inner length field. A
        // fixed-size message has lengths too when a region ends before the frame does.
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof Steps.Length l && (!sizeOnly || lengthChecked(l.length()))) {
                declareLength(code, l, i, path);
            }
        }
        if (model.isFixed()) {
            return code.build(); // ENCODED_LENGTH says it
        }
        return code.addStatement("int size = $L", sum(0, steps.size())).build();
    }

    /** Checks that the record's {@code @Range} component {@code name} holds a value in its range. */
    private static CodeBlock expectRange(String name, io.wireform.processor.model.ValueRange range, String path) {
        return CodeBlock.builder().addStatement("$T.expectRange(message.$L(), $LL, $LL, $S)", VALUES, name, range.from(),
                range.to(), path + "." + name).build();
    }

    /** Whether {@link #bitValue} checks the value, rather than only reading it. */
    private static boolean bitChecked(Item.BitMember member) {
        return !(member.kind() instanceof FieldKind.BoolKind)
                && (member.bits() < 64 || member.kind() instanceof FieldKind.EnumKind);
    }

    /** Whether a length is checked or sized before it is written: a varint, or a width under 4 bytes. */
    private static boolean lengthChecked(Item.Length length) {
        return length.width().bytes() == 0 || length.width().bytes() < 4;
    }

    private void declareLength(CodeBlock.Builder code, Steps.Length l, int index, String path) {
        int endIndex = index + 1;
        while (!(steps.get(endIndex) instanceof Steps.RegionEnd r && r.index() == l.index())) {
            endIndex++;
        }
        String name = "length" + l.index();
        Item.Length length = l.length();
        String payload = writes.streamed() && model.streamsRegion() ? streamedPayload(index + 1, endIndex) : null;
        if (payload != null) {
            // a header's region counts the payload streamed after it
            code.addStatement("long $LCovered = $L + $T.payloadLength(message.$L(), $S)", name, sum(index + 1, endIndex),
                    VALUES, payload, path + "." + payload);
        } else {
            code.addStatement("int $LCovered = $L", name, sum(index + 1, endIndex));
        }
        CodeBlock value = CodeBlock.of("$LCovered", name);
        if (length.adjust() != 0) {
            value = NumberCode.plus(value, length.adjust());
        }
        if (length.width().bytes() == 0) {
            code.addStatement("long $L = $L", name, value);
            if (length.includeSelf()) {
                // a varint that counts itself: its size depends on the value it carries
                code.addStatement("$L += $L", name, VarintCode.sizeOf(length.width(),
                        CodeBlock.of("$L + $L", name, VarintCode.sizeOf(length.width(), name))));
            }
            code.addStatement("int $LSize = $L", name, VarintCode.sizeOf(length.width(), name));
            if (length.width() == Width.MQTT) {
                code.addStatement("$T.mqtt($L, $S)", VARINTS, name, path + ".<length>");
            }
        } else {
            int width = length.width().bytes();
            if (length.includeSelf()) {
                value = CodeBlock.of("$L + $L", value, width);
            }
            code.addStatement("long $L = $L", name, value);
            if (width < 4 || payload != null && width < 8) {
                code.addStatement("$T.atMost($L, $LL, $S)", VALUES, name, (1L << (8 * width)) - 1, path + ".<length>");
            }
        }
    }

    /** The streamed payload among steps {@code [from, to)}, or null. */
    private String streamedPayload(int from, int to) {
        for (int i = from; i < to; i++) {
            if (steps.get(i) instanceof Steps.Field f && f.field().kind() instanceof FieldKind.PayloadKind) {
                return f.field().name();
            }
        }
        return null;
    }

    /** The size of steps {@code [from, to)} as an expression: constants folded, variable sizes named. */
    private CodeBlock sum(int from, int to) {
        int constant = 0;
        List<CodeBlock> terms = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Steps.Step step = steps.get(i);
            if (step.fixedSize() >= 0) {
                constant += step.fixedSize();
            } else if (step instanceof Steps.Field f) {
                constant += f.field().bytesBefore() + f.field().paddingAfter();
                terms.add(CodeBlock.of("$LSize", Names.local(f.field().name())));
            } else if (step instanceof Steps.Length l) {
                if (l.length().width().bytes() > 0) {
                    constant += l.length().width().bytes();
                } else {
                    terms.add(CodeBlock.of("length$LSize", l.index()));
                }
            }
        }
        CodeBlock.Builder sum = CodeBlock.builder();
        for (CodeBlock term : terms) {
            sum.add(sum.isEmpty() ? "$L" : " + $L", term);
        }
        if (constant != 0 || terms.isEmpty()) {
            sum.add(sum.isEmpty() ? "$L" : " + $L", constant);
        }
        return sum.build();
    }

    /** The prepared value of a {@code @Const} component as a number: a boolean as 0 or 1. */
    private static CodeBlock constantValue(FieldKind kind, String local) {
        if (kind instanceof FieldKind.EnumKind e) {
            return Selectors.asLong(e, CodeBlock.of("$L", local));
        }
        return kind instanceof FieldKind.BoolKind ? CodeBlock.of("$L ? 1L : 0L", local) : CodeBlock.of("$L", local);
    }

    /** A {@code @Const} component's value read from the record, where nothing was prepared: an enum as its code. */
    private static CodeBlock constantValue(FieldKind kind, CodeBlock value, String path) {
        if (kind instanceof FieldKind.EnumKind k) {
            return Selectors.code(k, value, path);
        }
        return kind instanceof FieldKind.BoolKind ? CodeBlock.of("$L ? 1L : 0L", value) : value;
    }

    private static CodeBlock bitValue(Item.BitMember member, String path) {
        CodeBlock value = CodeBlock.of("message.$L()", member.name());
        String memberPath = path + "." + member.name();
        if (member.kind() instanceof FieldKind.BoolKind) {
            return CodeBlock.of("$L ? 1L : 0L", value);
        }
        if (member.kind() instanceof FieldKind.EnumKind k) {
            value = Selectors.code(k, value, memberPath);
        }
        return member.bits() == 64 ? value : CodeBlock.of("$T.bitField($L, $L, $S)", VALUES, value, member.bits(), memberPath);
    }

    /** Writes the prepared values; {@code size} (or ENCODED_LENGTH) bytes from the output position. */
    CodeBlock write() {
        return write(false);
    }

    /**
     * The writes of {@code encodeAt(message, out, start)} of an in-place model: from index
     * {@code start}, checked by the caller, leaving the position alone.
     */
    CodeBlock writeInPlace() {
        return write(true);
    }

    private CodeBlock write(boolean inPlace) {
        String path = model.pathName();
        String total = model.isFixed() ? "ENCODED_LENGTH" : "size";
        CodeBlock.Builder code = CodeBlock.builder();
        if (!inPlace) {
            code.addStatement("int start = $T.reserve(out, $L)", FRAMES, total);
        }
        if (!model.isFixed() && positionRead()) {
            code.addStatement("int p");
        }
        // list elements and optional contents are checked as they are written, and a nested record
        // written in place may fail after another nested record moved the position: a failure among
        // them must still leave the output's position where it was
        boolean guarded = !inPlace && model.items().stream().anyMatch(i -> i instanceof Item.Field f
                && (f.field().kind() instanceof FieldKind.ListKind || f.field().kind() instanceof FieldKind.OptionalKind
                        || f.field().kind() instanceof FieldKind.NullableKind
                        || f.field().kind() instanceof FieldKind.NestedKind n && n.inPlace()));
        if (guarded) {
            code.beginControlFlow("try");
        }
        Cursor cursor = new Cursor("p");
        String checksumFrom = null;
        for (Item item : model.items()) {
            if (item instanceof Item.Checksum c) {
                checksumFrom = c.fromField();
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Steps.Step step = steps.get(i);
            // where a variable-size item leaves the position, unless nothing after it reads that
            String position = positionReadAfter(i) ? cursor.variable() : null;
            CodeBlock at = cursor.at();
            if (step instanceof Steps.Magic) {
                code.addStatement(MarkerCode.write(model.magic(), constants.bytes("MAGIC", model.magic()), at));
                cursor.skip(model.magic().size());
            } else if (step instanceof Steps.End) {
                code.addStatement(MarkerCode.write(model.end(), constants.bytes("END", model.end()), at));
                cursor.skip(model.end().size());
            } else if (step instanceof Steps.Field f) {
                FieldModel field = f.field();
                fill(code, cursor, field.paddingBefore(), field.fill());
                fill(code, cursor, field.alignmentBefore(), 0);
                if (field.name().equals(checksumFrom)) {
                    code.addStatement("int $LChecksumFrom = $L", Names.local(field.name()), cursor.at());
                }
                code.add(writes.write(field.kind(), Names.local(field.name()), cursor.at(), cursor.fromStart(),
                        path + "." + field.name(), position));
                if (field.kind().isFixed()) {
                    cursor.skip(field.kind().fixedSize());
                } else {
                    cursor.moved();
                }
                fill(code, cursor, field.paddingAfter(), field.fill());
            } else if (step instanceof Steps.Reserved r) {
                fill(code, cursor, r.reserved().bytes(), r.reserved().fill());
            } else if (step instanceof Steps.Bits b) {
                String from = checksumFrom;
                if (b.group().members().stream().anyMatch(m -> m.name().equals(from))) {
                    code.addStatement("int $LChecksumFrom = $L", Names.local(checksumFrom), at);
                }
                writeBits(code, b.group(), at);
                cursor.skip(b.group().bytes());
            } else if (step instanceof Steps.Length l) {
                String name = "length" + l.index();
                int width = l.length().width().bytes();
                if (width == 0) {
                    CodeBlock put = VarintCode.put(l.length().width(), at, name);
                    if (position == null) {
                        code.addStatement("$L", put);
                    } else {
                        code.addStatement("$L = $L + $L", position, at, put);
                    }
                    cursor.moved();
                } else {
                    code.addStatement("$L", NumberCode.writeInt(width, l.length().endian(), at, CodeBlock.of("$L", name),
                            TypeKind.LONG));
                    cursor.skip(width);
                }
            } else if (step instanceof Steps.Checksum c) {
                writeChecksum(code, c.checksum(), at, checksumFrom);
                cursor.skip(c.checksum().type().bytes());
            }
        }
        if (guarded) {
            code.nextControlFlow("catch ($T e)", RuntimeTypes.WIRE_EXCEPTION)
                    .addStatement("out.position(start)")
                    .addStatement("throw e")
                    .endControlFlow();
        }
        if (!inPlace) {
            code.addStatement("out.position(start + $L)", total);
        }
        return code.build();
    }

    /** Whether any variable-size step leaves a position that a later one reads. */
    private boolean positionRead() {
        for (int i = 0; i < steps.size(); i++) {
            Steps.Step step = steps.get(i);
            boolean moves = step instanceof Steps.Field f ? !f.field().kind().isFixed()
                    : step instanceof Steps.Length l && l.length().width().bytes() == 0;
            if (moves && positionReadAfter(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether code written after step {@code i} reads the position: every later step but a region's end does. */
    private boolean positionReadAfter(int i) {
        if (steps.get(i) instanceof Steps.Field f && f.field().paddingAfter() > 0) {
            return true;
        }
        for (int j = i + 1; j < steps.size(); j++) {
            if (!(steps.get(j) instanceof Steps.RegionEnd)) {
                return true;
            }
        }
        return false;
    }

    private static void fill(CodeBlock.Builder code, Cursor cursor, int count, int fill) {
        if (count > 0) {
            code.addStatement("$T.fill(out, $L, $L, (byte) $L)", FRAMES, cursor.at(), count, Names.byteLiteral(fill));
            cursor.skip(count);
        }
    }

    private static void writeBits(CodeBlock.Builder code, Item.BitGroup group, CodeBlock at) {
        CodeBlock.Builder value = CodeBlock.builder();
        for (Item.BitMember member : group.members()) {
            CodeBlock bits = member.tag() ? CodeBlock.of("0x$LL", Long.toHexString(member.constant().getAsLong()))
                    : CodeBlock.of("$L", Names.local(member.name()));
            CodeBlock part = member.shift() == 0 ? bits : CodeBlock.of("$L << $L", bits, member.shift());
            value.add(value.isEmpty() ? "$L" : " | $L", part);
        }
        code.addStatement("$L", NumberCode.writeInt(group.bytes(), group.endian(), at, value.build(), TypeKind.LONG));
    }

    private static void writeChecksum(CodeBlock.Builder code, Item.Checksum c, CodeBlock at, String from) {
        String method = NumberCode.checksumMethod(c.type());
        CodeBlock fromIndex = from == null ? CodeBlock.of("start") : CodeBlock.of("$LChecksumFrom", Names.local(from));
        code.addStatement("int checksum = $T.$L(out, $L, $L)", CHECKSUMS, method, fromIndex, at)
                .addStatement("$L", NumberCode.writeInt(c.type().bytes(), c.endian(), at, CodeBlock.of("checksum"),
                        TypeKind.INT));
    }
}

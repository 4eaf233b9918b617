package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.CHECKSUMS;
import static io.wireform.processor.generate.RuntimeTypes.CHECKSUM_MISMATCH;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.PAYLOAD;

import com.palantir.javapoet.CodeBlock;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeKind;

/**
 * The body of {@code decode(ByteBuffer in, int limit)}: one bounds check per run of fixed-size
 * items, each value read at a constant offset where one is known, length regions enforced.
 */
final class DecodeBody {
    private final MessageModel model;
    private final ValueReads reads;
    private final Constants constants;
    private final DecodeHooks hooks;

    /** Enum components that choose a selected protocol's record: their raw code is kept too. */
    private final java.util.Set<String> enumSelectors = new java.util.HashSet<>();

    DecodeBody(MessageModel model, ValueReads reads, Constants constants) {
        this(model, reads, constants, DecodeHooks.NONE);
    }

    /** A decode body with {@code hooks}' statements added at each item: {@code decodeTraced}'s. */
    DecodeBody(MessageModel model, ValueReads reads, Constants constants, DecodeHooks hooks) {
        this.hooks = hooks;
        this.model = model;
        this.reads = reads;
        this.constants = constants;
        for (Item item : model.items()) {
            if (item instanceof Item.Field f) {
                FieldKind kind = f.field().kind() instanceof FieldKind.OptionalKind o ? o.inner() : f.field().kind();
                if (kind instanceof FieldKind.SelectedKind k && k.selectorKind() instanceof FieldKind.EnumKind
                        && k.reference() == null) {
                    enumSelectors.add(k.selector());
                }
            }
        }
    }

    CodeBlock generate() {
        return generate(false, false);
    }

    /**
     * The body of {@code decodeWithin(ByteBuffer in, int limit, int origin)} of a model that {@link
     * MessageModel#usesOrigin() uses the origin}: as decode, with the outermost frame's start given.
     */
    CodeBlock generateWithin() {
        return generate(false, true);
    }

    /**
     * The body of {@code decodeAt(ByteBuffer in, int start)} of an in-place model: as decode, minus
     * the bounds check and the position, which are the caller's.
     */
    CodeBlock generateInPlace() {
        return generate(true, false);
    }

    /**
     * The body of {@code decodeRegion(ByteBuffer in, int start, int limit)} of a model that {@link
     * MessageModel#decodesInRegion() decodes in its region}: as decode, every check kept, with the start
     * given and the position not moved (the frame ends at {@code limit}).
     */
    CodeBlock generateInRegion() {
        return generate(false, false, true);
    }

    /**
     * Before the bounds check of the first {@code need} bytes from {@code at}, which start with the magic:
     * a magic already wrong in the bytes there is the error, not a frame cut short. {@code frameLength}
     * finds it as its bytes arrive, and decode of those bytes says the same.
     */
    static CodeBlock magicSoFar(MessageModel model, Constants constants, String limit, CodeBlock at, CodeBlock need) {
        return CodeBlock.builder().beginControlFlow("if ($L - $L < $L)", limit, at, need)
                .addStatement("$T.expectMagicSoFar(in, $L, $L, $L, $S)", FRAMES, at, limit,
                        constants.bytes("MAGIC", model.magic()), model.pathName() + ".<magic>")
                .endControlFlow().build();
    }

    private CodeBlock generate(boolean inPlace, boolean within) {
        return generate(inPlace, within, false);
    }

    private CodeBlock generate(boolean inPlace, boolean within, boolean inRegion) {
        List<Steps.Step> steps = Steps.of(model);
        String path = model.pathName();
        CodeBlock.Builder code = CodeBlock.builder();
        if (!inPlace && !inRegion) {
            code.addStatement("int start = in.position()");
        }
        if (!within && model.usesOrigin()) {
            code.addStatement("int origin = start"); // this frame is the outermost one
        }
        if (!model.isFixed()) {
            code.addStatement("int p");
        }
        Cursor cursor = new Cursor("p");
        Deque<String> limits = new ArrayDeque<>();
        int checkedTo = 0;
        if (model.isFixed() && !inPlace && !steps.isEmpty() && !(steps.get(0).fixedSize() > 0)) {
            // a frame of fixed length is all there, or cut short, before any of it is read: also when it starts
            // with a length field, whose region is then checked against that length
            code.add(needFrame(cursor.at(), path));
            checkedTo = model.fixedLength();
        }
        int trailer = Steps.trailer(model);
        String checksumFrom = checksumFrom();
        // a header-only decode of a payload ending length regions: their whole ends, past the header's input
        java.util.Set<Integer> streamedRegions = reads.streamed() && model.streamsRegion() ? streamedRegions(steps)
                : java.util.Set.of();
        Deque<String> wholes = new ArrayDeque<>();
        int filled = -1; // a region whose end the component ending it checked
        for (int i = 0; i < steps.size(); i++) {
            Steps.Step step = steps.get(i);
            String limit = limits.isEmpty() ? "limit" : limits.peek();
            if (step.fixedSize() > 0 && cursor.offset() + step.fixedSize() > checkedTo) {
                int run = Steps.run(steps, i);
                boolean whole = model.isFixed() && i == 0 && cursor.isConstant();
                int width = whole || inPlace ? 0 : lengthAfterRun(steps, i, limit);
                if (step instanceof Steps.Magic && !inPlace) {
                    code.add(magicSoFar(model, constants, limit, cursor.at(),
                            CodeBlock.of("$L", whole ? "ENCODED_LENGTH" : run + width)));
                }
                if (width > 0) {
                    // the length field after it too, in one comparison: nothing read before it can fail first
                    code.addStatement("$T.needThrough(in, start, $L, $L, $L, limit, $S, $S)", FRAMES, cursor.at(), run,
                            width, path, path + ".<length>");
                } else if (!inPlace) {
                    code.add(whole ? needFrame(cursor.at(), path)
                            : ValueReads.need(limit, cursor.at(), CodeBlock.of("$L", run), path));
                }
                checkedTo = cursor.offset() + run + width;
            }
            if (step instanceof Steps.Magic) {
                code.add(MarkerCode.check(model.magic(), constants.bytes("MAGIC", model.magic()), cursor.at(),
                        path + ".<magic>"));
                code.add(hooks.marker(path + ".<magic>", cursor.at(), model.magic().size()));
                cursor.skip(model.magic().size());
            } else if (step instanceof Steps.End) {
                code.add(MarkerCode.check(model.end(), constants.bytes("END", model.end()), cursor.at(),
                        path + ".<end>"));
                code.add(hooks.marker(path + ".<end>", cursor.at(), model.end().size()));
                cursor.skip(model.end().size());
            } else if (step instanceof Steps.Field f) {
                FieldModel field = f.field();
                if (!field.kind().isFixed() && field.bytesBefore() > 0 && cursor.offset() + field.bytesBefore() > checkedTo) {
                    // reserved bytes before a value of its own size: there, or the frame is cut short
                    code.add(ValueReads.need(limit, cursor.at(), CodeBlock.of("$L", field.bytesBefore()),
                            path + "." + field.name()));
                    checkedTo = cursor.offset() + field.bytesBefore();
                }
                code.add(hooks.padding(path + ".<padding>", cursor.at(), field.bytesBefore()));
                cursor.skip(field.bytesBefore());
                String local = Names.local(field.name());
                if (!wholes.isEmpty() && field.kind() instanceof FieldKind.PayloadKind) {
                    // the regions around the innermost must end where it does, checked before the payload opens
                    List<String> ends = List.copyOf(wholes);
                    for (int k = 1; k < ends.size(); k++) {
                        code.addStatement("$T.expectStreamedRegionEnd(in, start, $L, $L, $L, $S)", FRAMES, cursor.at(),
                                ends.get(0), ends.get(k), path + ".<length>");
                    }
                    // the payload is what its region leaves: streamed from the source, not read here
                    code.addStatement("$T $L = source.open($T.streamedPayload(in, start, $L, $L, $S))", PAYLOAD, local,
                            FRAMES, cursor.at(), wholes.peek(), path + "." + field.name());
                    continue;
                }
                String fromLocal = local + "Traced";
                code.add(hooks.beforeField(field, path + "." + field.name(), cursor.at(), fromLocal));
                if (field.name().equals(checksumFrom)) {
                    code.addStatement("int $LChecksumFrom = $L", local, cursor.at());
                }
                // a value that takes the rest of its region ends before the reserved bytes after it, and the
                // frame's checksum and end marker when the region is the frame
                int after = (limits.isEmpty() ? trailer : 0) + field.paddingAfter();
                String end = limits.isEmpty() ? "limit" : limits.peek();
                CodeBlock remainingEnd = after == 0 ? CodeBlock.of("$L", end) : CodeBlock.of("$L - $L", end, after);
                ReadScope scope = new ReadScope(model, constants, limit, remainingEnd, after, field.max());
                if (enumSelectors.contains(field.name()) && field.kind() instanceof FieldKind.EnumKind k) {
                    code.addStatement("long $L = $L", Selectors.codeLocal(field.name()),
                            NumberCode.readInt(k.width(), false, TypeKind.LONG, k.endian(), cursor.at()));
                }
                CodeBlock checkAt = cursor.at(); // where a constant or a range is checked
                if (endsRegion(steps, i, streamedRegions) instanceof Steps.RegionEnd r && limit.equals(region(r.index()))
                        && field.kind() instanceof FieldKind.SelectedKind k && k.protocol() != null) {
                    // each chosen record checks that it ends the region: one comparison for one read in place
                    code.add(reads.selectedEndingRegion(k, local, cursor.at(), cursor.fromStart(),
                            path + "." + field.name(), cursor.variable(), scope,
                            new SelectedReads.Fill(region(r.index()), path + ".<length>")));
                    filled = r.index();
                } else {
                    if (!field.kind().isFixed() && (field.range() != null || field.constant().isPresent())) {
                        // reading a value of its own size moves the position past it: its checks are where it starts
                        code.addStatement("int $LCheckAt = $L", local, cursor.at());
                        checkAt = CodeBlock.of("$LCheckAt", local);
                    }
                    code.add(reads.read(field.kind(), local, cursor.at(), cursor.fromStart(), path + "." + field.name(),
                            cursor.variable(), scope));
                    if (endsRegion(steps, i, streamedRegions) instanceof Steps.RegionEnd r && limit.equals(region(r.index()))
                            && field.kind() instanceof FieldKind.NestedKind k && k.inRegion()) {
                        filled = r.index(); // read to the region's end by construction
                    }
                }
                if (field.constant().isPresent()) {
                    code.addStatement("$T.expectConstant(in, start, $L, $L, $LL, $S)", FRAMES, checkAt,
                            wireValue(field.kind(), local, checkAt), field.constant().getAsLong(),
                            path + "." + field.name());
                }
                if (field.range() != null) {
                    code.addStatement("$T.expectRange(in, start, $L, $L, $LL, $LL, $S)", FRAMES, checkAt, local,
                            field.range().from(), field.range().to(), path + "." + field.name());
                }
                if (field.kind().isFixed()) {
                    cursor.skip(field.kind().fixedSize());
                    code.add(hooks.afterField(field, path + "." + field.name(), local, fromLocal, cursor.at()));
                } else {
                    cursor.moved();
                    code.add(hooks.afterField(field, path + "." + field.name(), local, fromLocal, cursor.at()));
                    checkedTo = 0;
                    if (field.paddingAfter() > 0) {
                        // reserved bytes after a value of its own size: there, or the frame is cut short
                        code.add(ValueReads.need(limits.isEmpty() ? "limit" : limits.peek(), cursor.at(),
                                CodeBlock.of("$L", field.paddingAfter()), path + "." + field.name()));
                        checkedTo = field.paddingAfter();
                    }
                }
                code.add(hooks.padding(path + ".<padding>", cursor.at(), field.paddingAfter()));
                cursor.skip(field.paddingAfter());
            } else if (step instanceof Steps.Reserved r) {
                code.add(hooks.padding(path + ".<padding>", cursor.at(), r.reserved().bytes()));
                cursor.skip(r.reserved().bytes());
            } else if (step instanceof Steps.Bits b) {
                if (b.group().members().stream().anyMatch(m -> m.name().equals(checksumFrom))) {
                    code.addStatement("int $LChecksumFrom = $L", Names.local(checksumFrom), cursor.at());
                }
                bits(code, b.group(), cursor.at(), path);
                cursor.skip(b.group().bytes());
            } else if (step instanceof Steps.Length l) {
                boolean streamedRegion = streamedRegions.contains(l.index());
                length(code, l, cursor, cursor.offset() + l.length().width().bytes() <= checkedTo, limit, path,
                        streamedRegion ? wholes.isEmpty() ? "Long.MAX_VALUE" : wholes.peek() : null);
                if (streamedRegion) {
                    wholes.push(whole(l.index()));
                }
                // a region ending with a streamed payload ends past the header's input: its fields read up to the
                // input's end, and one running past it is cut short, as for any prefix of a frame; one running
                // past the region's end is found where the payload starts
                limits.push(streamedRegion ? limit : region(l.index()));
                checkedTo = cursor.offset();
            } else if (step instanceof Steps.RegionEnd r && streamedRegions.contains(r.index())) {
                // ends with the payload, checked where it starts
                wholes.pop();
                limits.pop();
            } else if (step instanceof Steps.RegionEnd r) {
                if (r.index() != filled) {
                    code.addStatement("$T.expectRegionEnd(in, start, $L, $L, $S)", FRAMES, cursor.at(),
                            region(r.index()), path + ".<length>");
                }
                limits.pop();
            } else if (step instanceof Steps.Checksum c) {
                checksum(code, c.checksum(), cursor.at(), checksumFrom, path);
                cursor.skip(c.checksum().type().bytes());
            }
        }
        String arguments = model.components().stream().map(Names::local).collect(Collectors.joining(", "));
        // in a region: where decode would put the position, what callers take for the frame's end without reading it
        CodeBlock ending = inRegion ? CodeBlock.of("assert $L == limit", cursor.at())
                : inPlace ? null
                : CodeBlock.of("in.position($L)", model.isFixed() ? CodeBlock.of("start + ENCODED_LENGTH") : cursor.at());
        if (model.checkedConstructor()) {
            // the record's own constructor may refuse what was read: a decode error at its first byte, before
            // anything is consumed
            code.addStatement("$T decoded", model.messageType())
                    .beginControlFlow("try")
                    .addStatement("decoded = new $T($L)", model.messageType(), arguments)
                    .nextControlFlow("catch ($T e)", RuntimeException.class)
                    .addStatement("throw $T.refusedByConstructor(in, start, $S, e)", FRAMES, path)
                    .endControlFlow();
            if (ending != null) {
                code.addStatement(ending);
            }
            return code.addStatement("return decoded").build();
        }
        if (ending != null) {
            code.addStatement(ending);
        }
        return code.addStatement("return new $T($L)", model.messageType(), arguments).build();
    }

    /**
     * The end of the length region that field step {@code i} ends with nothing after it (no reserved
     * bytes, no trace to tell first), checked where the value is read; else null.
     */
    private Steps.Step endsRegion(List<Steps.Step> steps, int i, java.util.Set<Integer> streamedRegions) {
        if (hooks != DecodeHooks.NONE || ((Steps.Field) steps.get(i)).field().paddingAfter() != 0
                || i + 1 >= steps.size() || !(steps.get(i + 1) instanceof Steps.RegionEnd r)
                || streamedRegions.contains(r.index())) {
            return null;
        }
        return r;
    }

    /**
     * The width of a fixed-width length field that ends the run of fixed steps starting at step {@code i},
     * when every step of the run reads without a check (so a bounds check covering both fails where the
     * two would) and the caller's limit bounds it; else 0. Not in a traced decode, which tells each field
     * read before an error.
     */
    private int lengthAfterRun(List<Steps.Step> steps, int i, String limit) {
        if (hooks != DecodeHooks.NONE || model.isFixed() || !limit.equals("limit")) {
            return 0;
        }
        int k = i;
        for (; k < steps.size() && !steps.get(k).breaksRun(); k++) {
            Steps.Step step = steps.get(k);
            boolean unchecked = step instanceof Steps.Reserved
                    || step instanceof Steps.Field f && !f.field().checked() && MessageModel.unchecked(f.field().kind())
                    || step instanceof Steps.Bits b && b.group().members().stream()
                            .allMatch(m -> !m.checked() && MessageModel.unchecked(m.kind()));
            if (!unchecked) {
                return 0;
            }
        }
        return k < steps.size() && steps.get(k) instanceof Steps.Length l ? l.length().width().bytes() : 0;
    }

    /** The bounds check of a whole fixed-size frame, whose error knows the frame's length. */
    private static CodeBlock needFrame(CodeBlock at, String path) {
        return CodeBlock.builder().addStatement("$T.needFrame(in, start, $L, ENCODED_LENGTH, limit, $S)", FRAMES, at, path)
                .build();
    }

        private static String region(int index) {
        return "region" + index + "End";
    }

    private static String whole(int index) {
        return "region" + index + "Whole";
    }

    /** The regions still open where the payload starts, which end with it. */
    private static java.util.Set<Integer> streamedRegions(List<Steps.Step> steps) {
        java.util.Set<Integer> open = new java.util.HashSet<>();
        for (Steps.Step step : steps) {
            if (step instanceof Steps.Length l) {
                open.add(l.index());
            } else if (step instanceof Steps.RegionEnd r) {
                open.remove(r.index());
            } else if (step instanceof Steps.Field f && f.field().kind() instanceof FieldKind.PayloadKind) {
                return open;
            }
        }
        return open;
    }

    private String checksumFrom() {
        for (Item item : model.items()) {
            if (item instanceof Item.Checksum c) {
                return c.fromField();
            }
        }
        return null;
    }

    private void bits(CodeBlock.Builder code, Item.BitGroup group, CodeBlock at, String path) {
        String value = Names.local(firstComponent(group)) + "Bits";
        code.addStatement("long $L = $L", value,
                NumberCode.readInt(group.bytes(), group.bytes() == 8, TypeKind.LONG, group.endian(), at));
        for (Item.BitMember member : group.members()) {
            CodeBlock raw = member.bits() == 64 ? CodeBlock.of("$L", value)
                    : CodeBlock.of("$L >>> $L & 0x$LL", value, member.shift(), Long.toHexString(mask(member.bits())));
            if (member.tag()) {
                // the protocol's tag in this record's first bits: checked, as the record's own
                code.addStatement("$T.expectConstant(in, start, $L, $L, $LL, $S)", FRAMES, at, raw,
                        member.constant().getAsLong(), path + "." + member.name());
                code.add(hooks.bits(group, member, path + "." + member.name(), at, raw));
                continue;
            }
            String local = Names.local(member.name());
            if (enumSelectors.contains(member.name())) {
                code.addStatement("long $L = $L", Selectors.codeLocal(member.name()), raw);
            }
            if (member.constant().isPresent()) {
                code.addStatement("$T.expectConstant(in, start, $L, $L, $LL, $S)", FRAMES, at, raw,
                        member.constant().getAsLong(), path + "." + member.name());
            }
            if (member.kind() instanceof FieldKind.BoolKind) {
                code.addStatement("boolean $L = ($L) != 0", local, raw);
            } else if (member.kind() instanceof FieldKind.EnumKind k) {
                code.addStatement("$T $L = $T.decode(in, start, $L, (int) ($L), $S)", k.enumType(), local,
                        k.codesType(), at, raw, path + "." + member.name());
            } else {
                FieldKind.IntKind k = (FieldKind.IntKind) member.kind();
                String type = NumberCode.javaName(k.javaType());
                code.addStatement(k.javaType() == TypeKind.LONG ? "$L $L = $L" : "$L $L = ($L) ($L)",
                        k.javaType() == TypeKind.LONG ? new Object[] {type, local, raw} : new Object[] {type, local, type, raw});
                if (member.range() != null) {
                    code.addStatement("$T.expectRange(in, start, $L, $L, $LL, $LL, $S)", FRAMES, at, local,
                            member.range().from(), member.range().to(), path + "." + member.name());
                }
            }
            code.add(hooks.bits(group, member, path + "." + member.name(), at, CodeBlock.of("$L", local)));
        }
    }

    /** The value a {@code @Const} component has on the wire: the number, 0 or 1, or the code. */
    private static CodeBlock wireValue(FieldKind kind, String local, CodeBlock at) {
        if (kind instanceof FieldKind.EnumKind k) {
            return NumberCode.readInt(k.width(), false, TypeKind.LONG, k.endian(), at);
        }
        if (kind instanceof FieldKind.BoolKind) {
            return CodeBlock.of("in.get($L) & 0xFF", at);
        }
        return CodeBlock.of("$L", local);
    }

    /** The first member of a group that is a component (not a protocol's tag), which names the group's value. */
    static String firstComponent(Item.BitGroup group) {
        return group.members().stream().filter(m -> !m.tag()).findFirst().orElseThrow().name();
    }

    static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    /**
     * Reads a length field and declares its region's end; for a region ending with a streamed payload
     * ({@code enclosingWhole} not null: the end of the streamed region around it, or {@code
     * Long.MAX_VALUE}), its whole end instead, past the header's input.
     */
    private void length(CodeBlock.Builder code, Steps.Length step, Cursor cursor, boolean checked, String limit,
                        String path, String enclosingWhole) {
        Item.Length l = step.length();
        String value = "length" + step.index();
        String lengthPath = path + ".<length>";
        CodeBlock at = cursor.at();
        CodeBlock regionStart;
        CodeBlock self;
        if (l.width().bytes() == 0) {
            // where the varint starts, held before the position moves past it
            code.addStatement("int $LAt = $L", value, at);
            at = CodeBlock.of("$LAt", value);
            code.addStatement("$L = $L", cursor.variable(), VarintCode.end(l.width(), false, at, limit, lengthPath))
                    .addStatement("long $L = $L", value, VarintCode.get(l.width(), at));
            self = CodeBlock.of("($L - $L)", cursor.variable(), at);
            cursor.moved();
            regionStart = cursor.at();
        } else {
            int width = l.width().bytes();
            if (!checked) {
                code.add(ValueReads.need(limit, at, CodeBlock.of("$L", width), lengthPath));
            }
            code.addStatement("long $L = $L", value,
                            NumberCode.readInt(width, width == 8, TypeKind.LONG, l.endian(), at));
            self = CodeBlock.of("$L", width);
            cursor.skip(width);
            regionStart = cursor.at();
        }
        CodeBlock covered = CodeBlock.of("$L", value);
        if (l.adjust() != 0) {
            covered = NumberCode.plus(covered, -l.adjust());
        }
        if (l.includeSelf()) {
            covered = CodeBlock.of("$L - $L", covered, self);
        }
        if (enclosingWhole != null) {
            code.addStatement("long $L = $T.streamedRegion(in, start, $L, $L, $L, $L, $S)", whole(step.index()), FRAMES,
                    at, regionStart, covered, enclosingWhole, lengthPath);
        } else if (model.isFixed() && limit.equals("limit")) {
            // the frame's length is the schema's: a length field that says otherwise is wrong, not cut short
            code.addStatement("int $L = $T.regionInFixed(in, start, $L, $L, $L, $L, start + ENCODED_LENGTH, $S)",
                    region(step.index()), FRAMES, at, regionStart, covered, value, lengthPath);
        } else {
            code.addStatement("int $L = $T.$L(in, start, $L, $L, $L, $L, $S)", region(step.index()), FRAMES,
                    ValueReads.inRegion(limit, "region"), at, regionStart, covered, limit, lengthPath);
        }
        code.add(hooks.length(lengthPath, at, regionStart, value));
    }

    private void checksum(CodeBlock.Builder code, Item.Checksum c, CodeBlock at, String from, String path) {
        String method = NumberCode.checksumMethod(c.type());
        int width = c.type().bytes();
        CodeBlock fromIndex = from == null ? CodeBlock.of("start") : CodeBlock.of("$LChecksumFrom", Names.local(from));
        code.addStatement("int checksum = $T.$L(in, $L, $L)", CHECKSUMS, method, fromIndex, at)
                .addStatement("int receivedChecksum = $L",
                        NumberCode.readInt(width, width == 4, TypeKind.INT, c.endian(), at))
                .beginControlFlow("if (checksum != receivedChecksum)")
                .addStatement("throw new $T(in, start, $L, $S, $S, $L, checksum & 0x$LL, receivedChecksum & 0x$LL)",
                        CHECKSUM_MISMATCH, at, path + ".<checksum>", c.type().name(), width,
                        Long.toHexString(mask(8 * width)), Long.toHexString(mask(8 * width)))
                .endControlFlow()
                .add(hooks.checksum(path + ".<checksum>", at, width, "receivedChecksum"));
    }
}

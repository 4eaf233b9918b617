package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.DELIMITERS;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.FRAME_SCAN;
import static io.wireform.processor.generate.RuntimeTypes.VARINTS;

import com.palantir.javapoet.CodeBlock;
import io.wireform.annotations.Width;
import io.wireform.processor.model.Condition;
import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ValueRange;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.type.TypeKind;

/**
 * The body of {@code frameLength(in, start, limit)}: walks the frame reading only what decides its
 * length (prefixes, counts, the components they refer to, delimiters), returns {@code NEED_MORE} as
 * soon as one of those is not there yet, and never allocates. Positions are longs, so that a
 * hostile length cannot overflow them; a frame longer than a buffer can hold is an error.
 */
final class FrameLengthBody {
    private final MessageModel model;
    private final Constants constants;
    private final Set<String> control = new HashSet<>();

    /** Components a path into a nested record starts from: the walk keeps where they start and end. */
    private final Set<String> anchors = new HashSet<>();

    /** Measuring only a streamed message's header: the walk ends where its payload starts. */
    private final boolean header;

    /** Where the fields holding {@code @Using} codecs are named: the codec class's. */
    private final Charsets charsets;

    FrameLengthBody(MessageModel model, Constants constants, Charsets charsets) {
        this(model, constants, charsets, false);
    }

    FrameLengthBody(MessageModel model, Constants constants, Charsets charsets, boolean header) {
        this.model = model;
        this.constants = constants;
        this.charsets = charsets;
        this.header = header;
        for (Item item : model.items()) {
            if (item instanceof Item.Field f) {
                collectReferences(f.field().kind());
            } else if (item instanceof Item.Length l && l.throughField() == null && !streamsRegion()) {
                break; // the walk ends at this length: what follows it is never read
            }
        }
    }

    /** Whether this measures a header that ends where a streamed payload starts, inside length regions. */
    private boolean streamsRegion() {
        return header && model.streamsRegion();
    }

    private void collectReferences(FieldKind kind) {
        if (kind instanceof FieldKind.BytesKind b && b.extent() instanceof Extent.SizedBy s) {
            reference(s.field(), s.reference());
        } else if (kind instanceof FieldKind.StringKind t && t.extent() instanceof Extent.SizedBy s) {
            reference(s.field(), s.reference());
        } else if (kind instanceof FieldKind.ListKind l && l.extent() instanceof Extent.SizedBy s) {
            reference(s.field(), s.reference());
        } else if (kind instanceof FieldKind.PayloadKind p && p.extent() instanceof Extent.SizedBy s
                && s.reference() != null && !header) {
            reference(s.field(), s.reference());
        } else if (kind instanceof FieldKind.OptionalKind o) {
            reference(o.condition().field(), o.condition().reference());
            collectReferences(o.inner());
        } else if (kind instanceof FieldKind.SelectedKind k) {
            reference(k.selector(), k.reference());
        }
    }

    private void reference(String field, io.wireform.processor.model.Reference reference) {
        if (reference == null) {
            control.add(field);
        } else {
            References.anchors(reference, anchors, control);
        }
    }

    CodeBlock generate() {
        List<Steps.Step> steps = Steps.of(model);
        String path = model.pathName();
        int trailer = Steps.trailer(model);
        if (!readsPosition(steps)) {
            // the frame runs to the end of the input, and nothing before it says otherwise
            CodeBlock.Builder code = CodeBlock.builder();
            if (!model.magic().isEmpty()) {
                code.add(checkMagic(model, constants));
            }
            return code.addStatement("return limit - start").build();
        }
        CodeBlock.Builder code = CodeBlock.builder().addStatement("long p = start");
        Deque<String> regions = new ArrayDeque<>();
        Set<Integer> streamedRegions = new HashSet<>(); // the regions open where the payload starts
        for (Steps.Step step : steps) {
            if (step instanceof Steps.Length l) {
                streamedRegions.add(l.index());
            } else if (step instanceof Steps.RegionEnd r) {
                streamedRegions.remove(r.index());
            } else if (step instanceof Steps.Field f && f.field().kind() instanceof FieldKind.PayloadKind) {
                break;
            }
        }
        for (Steps.Step step : steps) {
            if (step instanceof Steps.Field f) {
                FieldModel field = f.field();
                advance(code, field.bytesBefore());
                if (header && field.kind() instanceof FieldKind.PayloadKind p) {
                    max = field.max();
                    if (p.extent() instanceof Extent.Prefixed) {
                        // the length is checked and skipped; only a @Max reads it again
                        count(code, p.extent(), Names.local(field.name()), path + "." + field.name(), max >= 0);
                    } else if (!regions.isEmpty()) {
                        // the payload is what its region leaves; a header overrunning the region ends with it,
                        // and decoding the header says how
                        return code.addStatement("return $T.frameLength(in, start, Math.min(p, $L), $S)", FRAMES,
                                regions.peek(), path).build();
                    }
                    return code.addStatement("return $T.frameLength(in, start, p, $S)", FRAMES, path).build();
                }
                if (field.kind().takesRemaining() && regions.isEmpty()) {
                    // the frame runs to the end of the input: its framing is the transport's
                    return code.addStatement("return limit - start").build();
                }
                if (anchors.contains(field.name())) {
                    code.addStatement("long $L = p", References.at(field.name()));
                }
                field(code, field, regions, path);
                if (anchors.contains(field.name())) {
                    // a path reads into it later: its bytes are all there first
                    String end = References.end(field.name());
                    code.addStatement("long $L = p", end)
                            .beginControlFlow("if ($L > limit)", end).addStatement("return $T.needMore(start, $L)", FRAMES, end)
                            .endControlFlow();
                }
                // the rest of a region takes its reserved bytes too, and so does a record running to its end;
                // one running to the frame's end leaves the trailer, and the frame is the input
                boolean recordToEnd = field.kind() instanceof FieldKind.NestedKind n && n.runsToEnd()
                        || field.kind() instanceof FieldKind.SelectedKind k && k.runsToEnd();
                if (recordToEnd && regions.isEmpty()) {
                    return code.addStatement("return limit - start").build();
                }
                if (!field.kind().takesRemaining() && !recordToEnd) {
                    advance(code, field.paddingAfter());
                }
            } else if (step instanceof Steps.Bits b) {
                bits(code, b.group());
            } else if (step instanceof Steps.Length l) {
                if (length(code, l, trailer, path, streamsRegion() && streamedRegions.contains(l.index()))) {
                    return code.build();
                }
                regions.push("region" + l.index() + "End");
            } else if (step instanceof Steps.RegionEnd) {
                code.addStatement("p = $L", regions.pop());
            } else if (step instanceof Steps.Magic) {
                code.add(checkMagic(model, constants));
                // the magic a byte at a time: a reader waits for what this asks, and a wrong magic byte must
                // be found when it arrives, not once the rest of the magic or the field after it has arrived
                code.beginControlFlow("if (limit - start < $L)", step.fixedSize())
                        .addStatement("return $T.needMore(start, limit + 1L)", FRAMES)
                        .endControlFlow();
                advance(code, step.fixedSize());
            } else {
                advance(code, step.fixedSize());
            }
        }
        return code.addStatement("return $T.frameLength(in, start, p, $S)", FRAMES, path).build();
    }

    /** Checks as much of the magic as is there: bytes that cannot start a frame are an error here too, not a length. */
    static CodeBlock checkMagic(MessageModel model, Constants constants) {
        return CodeBlock.builder().addStatement("$T.expectMagicSoFar(in, start, limit, $L, $S)", FRAMES,
                constants.bytes("MAGIC", model.magic()), model.pathName() + ".<magic>").build();
    }

    /**
     * Whether the walk of {@link #generate} reads the position before it returns: not when it reaches a
     * value taking the rest of the frame past fixed-size steps alone, which only move it.
     */
    private boolean readsPosition(List<Steps.Step> steps) {
        for (Steps.Step step : steps) {
            if (step instanceof Steps.Field f) {
                FieldModel field = f.field();
                if (header && field.kind() instanceof FieldKind.PayloadKind) {
                    return true;
                }
                if (field.kind().takesRemaining()) {
                    return false; // no length region is open: a length step would have returned first
                }
                if (control.contains(field.name()) || anchors.contains(field.name()) || !field.kind().isFixed()) {
                    return true;
                }
            } else if (step instanceof Steps.Bits b) {
                if (b.group().members().stream().anyMatch(m -> control.contains(m.name()))) {
                    return true;
                }
            } else if (step instanceof Steps.Length) {
                return true;
            }
        }
        return true;
    }

    private static void advance(CodeBlock.Builder code, int bytes) {
        if (bytes > 0) {
            code.addStatement("p += $L", bytes);
        }
    }

    /** Returns, while fewer than {@code bytes} are there at {@code p}, how many the frame needs so far. */
    private static CodeBlock need(int bytes) {
        return CodeBlock.builder().beginControlFlow("if (p + $L > limit)", bytes)
                .addStatement("return $T.needMore(start, p + $L)", FRAMES, bytes).endControlFlow().build();
    }

    /** The {@code @Max} of the field being walked, or -1. */
    private long max = -1;

    private void field(CodeBlock.Builder code, FieldModel field, Deque<String> regions, String path) {
        String local = Names.local(field.name());
        FieldKind kind = field.kind();
        max = field.max();
        if (control.contains(field.name())) {
            readControl(code, kind, local, path + "." + field.name(), field.range());
            return;
        }
        skip(code, kind, local, regions, path + "." + field.name());
    }

    /**
     * Reads a component that a later length, count or condition refers to, and moves past it; a value
     * outside its {@code @Range} ({@code range}, or null) is the error decode finds, not a length.
     */
    private void readControl(CodeBlock.Builder code, FieldKind kind, String local, String path, ValueRange range) {
        if (kind instanceof FieldKind.IntKind k) {
            code.add(need(k.width()))
                    .addStatement("long $L = $L", local, NumberCode.readInt(k.width(), k.signed() || k.width() == 8,
                            TypeKind.LONG, k.endian(), CodeBlock.of("(int) p")));
            expectRange(code, local, range, path);
            code.addStatement("p += $L", k.width());
        } else if (kind instanceof FieldKind.BoolKind) {
            code.add(need(1)).addStatement("boolean $L = in.get((int) p) != 0", local).addStatement("p += 1");
        } else if (kind instanceof FieldKind.EnumKind k) {
            // an enum that chooses a record: its code
            code.add(need(k.width()))
                    .addStatement("long $L = $L", local, NumberCode.readInt(k.width(), k.width() == 8, TypeKind.LONG,
                            k.endian(), CodeBlock.of("(int) p")))
                    .addStatement("p += $L", k.width());
        } else {
            FieldKind.VarintKind k = (FieldKind.VarintKind) kind;
            varintLength(code, local, VarintCode.width(k.encoding()), path);
            CodeBlock raw = VarintCode.get(VarintCode.width(k.encoding()), "(int) p");
            code.addStatement("long $L = $L", local, k.encoding() == io.wireform.annotations.VarintKind.ZIGZAG
                    ? CodeBlock.of("$T.unzigzag($L)", VARINTS, raw) : raw);
            expectRange(code, local, range, path);
            code.addStatement("p += $LLength", local);
        }
    }

    /** Checks a control value read at {@code p} against its {@code @Range}, if any, as decode does. */
    private static void expectRange(CodeBlock.Builder code, String local, ValueRange range, String path) {
        if (range != null) {
            code.addStatement("$T.expectRange(in, start, (int) p, $L, $LL, $LL, $S)", FRAMES, local, range.from(),
                    range.to(), path);
        }
    }

    private static void varintLength(CodeBlock.Builder code, String local, Width width, String path) {
        varintLength(code, local, width, false, path);
    }

    private static void varintLength(CodeBlock.Builder code, String local, Width width, boolean nullable,
                                     String path) {
        code.addStatement("int $LLength = $L", local,
                        VarintCode.length(width, nullable, "start", "(int) Math.min(p, limit)", "limit", path))
                .beginControlFlow("if ($LLength < 0)", local)
                .addStatement("return $T.needMore(start, limit + 1L)", FRAMES)
                .endControlFlow();
    }

    /** Moves past a value, reading only what says where it ends. */
    private void skip(CodeBlock.Builder code, FieldKind kind, String local, Deque<String> regions, String path) {
        if (kind.isFixed()) {
            code.addStatement("p += $L", kind.fixedSize());
            return;
        }
        if (kind instanceof FieldKind.VarintKind k) {
            varintLength(code, local, VarintCode.width(k.encoding()), path);
            code.addStatement("p += $LLength", local);
        } else if (kind instanceof FieldKind.NestedKind k) {
            // the nested codec's walk: its frameLength would ask its decode, which does not see this frame
            nested(code, local, CodeBlock.of("$T.INSTANCE.measure(in, (int) p, limit, scan)", k.codecType()), false,
                    path);
        } else if (kind instanceof FieldKind.SelectedKind k) {
            // the selector first: what reading it finds wrong is placed where it is, not in the record it chooses
            code.addStatement("long $LSelector = $L", local, Selectors.peeked(k, model));
            nested(code, local, CodeBlock.of("$T.INSTANCE.frameLength(in, (int) p, limit, $LSelector, scan)",
                    k.codecType(), local), true, path);
        } else if (kind instanceof FieldKind.BytesKind b) {
            extent(code, b.extent(), 1, local, regions, path);
        } else if (kind instanceof FieldKind.StringKind s) {
            extent(code, s.extent(), 1, local, regions, path);
        } else if (kind instanceof FieldKind.PayloadKind p) {
            extent(code, p.extent(), 1, local, regions, path);
        } else if (kind instanceof FieldKind.ListKind l) {
            list(code, l, local, regions, path);
        } else if (kind instanceof FieldKind.UsingKind k) {
            // the user's codec measures its value
            measured(code, local, CodeBlock.of("$T.length($L, in, start, (int) p, limit, $S)", ValueReads.FIELD_CODECS,
                    charsets.codec(k), path));
        } else if (kind instanceof FieldKind.NullableKind n) {
            code.add(need(n.markerSize()))
                    .beginControlFlow("if ($L)", VarintCode.isNull(n.prefix(), "(int) p"))
                    .addStatement("p += $L", n.markerSize())
                    .nextControlFlow("else");
            skip(code, n.inner(), local, regions, path);
            code.endControlFlow();
        } else {
            FieldKind.OptionalKind o = (FieldKind.OptionalKind) kind;
            code.beginControlFlow("if ($L)", condition(o.condition()));
            skip(code, o.inner(), local + "Value", regions, path);
            code.endControlFlow();
        }
    }

    /**
     * Moves past a value that {@code length} measures from {@code p}: a negative answer is how many bytes
     * from {@code p} it needs first.
     */
    private static void measured(CodeBlock.Builder code, String local, CodeBlock length) {
        measured(code, local, length, false);
    }

    /** As above; a value that {@code mayBeEmpty} (a selected record) needs the bytes up to it, no more. */
    private static void measured(CodeBlock.Builder code, String local, CodeBlock length, boolean mayBeEmpty) {
        code.beginControlFlow("if (p > limit)").addStatement("return $T.needMore(start, p$L)", FRAMES, mayBeEmpty ? "" : " + 1")
                .endControlFlow()
                .addStatement("int $LLength = $L", local, length)
                .beginControlFlow("if ($LLength < 0)", local)
                .addStatement("return $T.needMore(start, p - $LLength)", FRAMES, local)
                .endControlFlow()
                .addStatement("p += $LLength", local);
    }

    /**
     * As {@link #measured}, for a nested or selected record measured by its own codec: an error it finds is
     * placed in this frame, at the record's offset and under {@code path}, as decode places it.
     */
    private static void nested(CodeBlock.Builder code, String local, CodeBlock length, boolean mayBeEmpty, String path) {
        code.beginControlFlow("if (p > limit)").addStatement("return $T.needMore(start, p$L)", FRAMES, mayBeEmpty ? "" : " + 1")
                .endControlFlow()
                .addStatement("int $LLength", local)
                // its delimiter searches are known by their offset in this frame, not in the record
                .addStatement("long $LOuter = $T.enter(scan, p - start)", local, RuntimeTypes.FRAME_SCAN)
                .beginControlFlow("try")
                .addStatement("$LLength = $L", local, length)
                .nextControlFlow("catch ($T e)", RuntimeTypes.WIRE_EXCEPTION)
                .addStatement("throw e.nestedIn($S, (int) (p - start))", path)
                .nextControlFlow("finally")
                .addStatement("$T.leave(scan, $LOuter)", RuntimeTypes.FRAME_SCAN, local)
                .endControlFlow()
                .beginControlFlow("if ($LLength < 0)", local)
                .addStatement("return $T.needMore(start, p - $LLength)", FRAMES, local)
                .endControlFlow()
                .addStatement("p += $LLength", local);
    }

    private CodeBlock condition(Condition condition) {
        if (condition.reference() == null) {
            return Conditions.test(condition, false);
        }
        // the same test, on the value read from the nested record's bytes
        return Conditions.test(condition, References.peeked(condition.field(), condition.reference(), model,
                k -> Selectors.peeked(k, model)));
    }

    /**
     * Moves past a byte string or a list of fixed-size elements ({@code unit} bytes each); returns
     * early where the rest of the frame is taken.
     */
    private void extent(CodeBlock.Builder code, Extent extent, int unit, String local, Deque<String> regions,
                        String path) {
        if (extent instanceof Extent.Terminated t) {
            String delimiter = constants.bytes(Names.delimiterConstant(local), t.delimiter());
            // a search that ran out of input last time resumes where it stopped
            code.addStatement("int $LFrom = (int) Math.min(p, limit)", local)
                    .addStatement("int $LEnd = $T.indexOf(in, $T.resume(scan, start, $LFrom, $L), limit, $L)", local,
                            DELIMITERS, FRAME_SCAN, local, t.delimiter().size(), delimiter);
            if (max >= 0) {
                // not found yet, the last bytes may be the start of the delimiter, not of the value
                code.beginControlFlow("if (($LEnd < 0 ? limit - $L : $LEnd) - p > $LL)", local, t.delimiter().size() - 1,
                        local, max)
                        .addStatement("$T.atMost(in, start, $LFrom, $LL, $LL, $S)", FRAMES, local, max + 1, max, path)
                        .endControlFlow();
            }
            code.beginControlFlow("if ($LEnd < 0)", local)
                    .addStatement("$T.ranOut(scan, start, $LFrom, limit)", FRAME_SCAN, local)
                    .addStatement("return $T.needMore(start, limit + 1L)", FRAMES)
                    .endControlFlow()
                    .addStatement("p = $LEnd + $L", local, t.delimiter().size());
            return;
        }
        if (extent instanceof Extent.Remaining) {
            if (regions.isEmpty()) {
                code.addStatement("return limit - start");
            } else {
                code.addStatement("p = $L", regions.peek());
            }
            return;
        }
        count(code, extent, local, path);
        // saturated: a count near 2^63 from the wire must not wrap p around to a small value
        code.addStatement("p += $T.elements($LCount, $L)", FRAMES, local, unit);
    }

    /** Declares {@code <local>Count} and moves past its prefix, if any; checks it against the field's {@code @Max}. */
    private void count(CodeBlock.Builder code, Extent extent, String local, String path) {
        count(code, extent, local, path, true);
    }

    /** As {@link #count(CodeBlock.Builder, Extent, String, String)}; only checks the count unless {@code declare}. */
    private void count(CodeBlock.Builder code, Extent extent, String local, String path, boolean declare) {
        announced(code, extent, local, path, declare);
        if (max >= 0 && !(extent instanceof Extent.Fixed)) {
            code.addStatement("$T.atMost(in, start, (int) Math.min(p, limit), $LCount, $LL, $S)", FRAMES, local, max, path);
        }
    }

    /** Reads the count {@code extent} announces into {@code <local>Count}, or, unless {@code declare}, only checks it. */
    private void announced(CodeBlock.Builder code, Extent extent, String local, String path, boolean declare) {
        CodeBlock count = declare ? CodeBlock.of("long $LCount = ", local) : CodeBlock.of("");
        if (extent instanceof Extent.Fixed f) {
            code.addStatement("long $LCount = $L", local, f.size());
        } else if (extent instanceof Extent.SizedBy s) {
            // a bad count is reported where the value starts, however many bytes have come: until they
            // reach there, more are needed
            code.beginControlFlow("if (p > limit)").addStatement("return $T.needMore(start, p)", FRAMES)
                    .endControlFlow()
                    .addStatement("$L$T.nonNegative(in, start, (int) p, $L, $S)", count, FRAMES,
                            References.peeked(s.field(), s.reference(), model, k -> Selectors.peeked(k, model)), path);
        } else {
            Extent.Prefixed p = (Extent.Prefixed) extent;
            if (p.width().bytes() == 0) {
                varintLength(code, local + "Prefix", p.width(), path);
                code.addStatement("$L$T.nonNegative(in, start, (int) p, $L, $S)", count,
                                FRAMES, VarintCode.get(p.width(), "(int) p"), path)
                        .addStatement("p += $LPrefixLength", local);
            } else {
                int width = p.width().bytes();
                code.add(need(width))
                        .addStatement("$L$T.nonNegative(in, start, (int) p, $L, $S)", count, FRAMES,
                                NumberCode.readInt(width, width == 8, TypeKind.LONG, p.endian(), CodeBlock.of("(int) p")),
                                path)
                        .addStatement("p += $L", width);
            }
        }
    }

    private void list(CodeBlock.Builder code, FieldKind.ListKind l, String local, Deque<String> regions, String path) {
        if (l.extent() instanceof Extent.Terminated t) {
            terminatedList(code, l, t, local, regions, path);
            return;
        }
        int size = l.element().fixedSize();
        if (size > 0 || l.extent() instanceof Extent.Remaining) {
            extent(code, l.extent(), Math.max(1, size), local, regions, path);
            return;
        }
        count(code, l.extent(), local, path);
        code.beginControlFlow("for (long i = 0; i < $LCount; i++)", local);
        skip(code, l.element(), local + "Element", regions, path + "[]");
        code.endControlFlow();
    }

    /**
     * Moves past a list ended by its delimiter: element by element, each preceded by a look for the
     * delimiter, which must be all there to tell.
     */
    private void terminatedList(CodeBlock.Builder code, FieldKind.ListKind l, Extent.Terminated t, String local,
                                Deque<String> regions, String path) {
        String delimiter = constants.bytes(Names.delimiterConstant(local), t.delimiter());
        int size = t.delimiter().size();
        if (max >= 0) {
            code.addStatement("long $LCount = 0", local);
        }
        code.beginControlFlow("while (true)")
                .beginControlFlow("if (p + $L > limit)", size)
                // the list ends with the delimiter: the frame goes at least that far, whatever comes first
                .addStatement("return $T.needMore(start, p + $L)", FRAMES, size)
                .endControlFlow()
                .beginControlFlow("if ($T.startsWith(in, (int) p, limit, $L) == 1)", FRAMES, delimiter)
                .addStatement("p += $L", size)
                .addStatement("break")
                .endControlFlow();
        if (max >= 0) {
            code.addStatement("$T.atMost(in, start, (int) p, ++$LCount, $LL, $S)", FRAMES, local, max, path);
        }
        skip(code, l.element(), local + "Element", regions, path + "[]");
        code.endControlFlow();
    }

    private void bits(CodeBlock.Builder code, Item.BitGroup group) {
        boolean needed = group.members().stream().anyMatch(m -> control.contains(m.name()));
        if (needed) {
            String value = Names.local(DecodeBody.firstComponent(group)) + "Bits";
            code.add(need(group.bytes()))
                    .addStatement("long $L = $L", value, NumberCode.readInt(group.bytes(), group.bytes() == 8,
                            TypeKind.LONG, group.endian(), CodeBlock.of("(int) p")));
            for (Item.BitMember member : group.members()) {
                if (control.contains(member.name())) {
                    CodeBlock raw = CodeBlock.of("$L >>> $L & 0x$LL", value, member.shift(),
                            Long.toHexString(DecodeBody.mask(member.bits())));
                    if (member.kind() instanceof FieldKind.BoolKind) {
                        code.addStatement("boolean $L = ($L) != 0", Names.local(member.name()), raw);
                    } else {
                        code.addStatement("long $L = $L", Names.local(member.name()), raw);
                        if (member.range() != null) {
                            expectRange(code, Names.local(member.name()), member.range(),
                                    model.pathName() + "." + member.name());
                        }
                    }
                }
            }
        }
        code.addStatement("p += $L", group.bytes());
    }

    /** Reads a length field; returns true when the rest of the frame is known from it. */
    private boolean length(CodeBlock.Builder code, Steps.Length step, int trailer, String path) {
        return length(code, step, trailer, path, false);
    }

    /** As above; a region that {@code streamed} ends with the payload is walked through to the payload. */
    private boolean length(CodeBlock.Builder code, Steps.Length step, int trailer, String path, boolean streamed) {
        Item.Length l = step.length();
        String value = "length" + step.index();
        String self;
        if (l.width().bytes() == 0) {
            varintLength(code, value, l.width(), path + ".<length>");
            code.addStatement("long $L = $L", value, VarintCode.get(l.width(), "(int) p"))
                    .addStatement("p += $LLength", value);
            self = value + "Length";
        } else {
            int width = l.width().bytes();
            code.add(need(width))
                    .addStatement("long $L = $L", value, NumberCode.readInt(width, width == 8, TypeKind.LONG,
                            l.endian(), CodeBlock.of("(int) p")))
                    .addStatement("p += $L", width);
            self = Integer.toString(width);
        }
        CodeBlock covered = CodeBlock.of("$L", value);
        if (l.adjust() != 0) {
            covered = NumberCode.plus(covered, -l.adjust());
        }
        if (l.includeSelf()) {
            covered = CodeBlock.of("$L - $L", covered, self);
        }
        code.addStatement("long region$LEnd = p + $T.nonNegative(in, start, (int) p, $L, $S)", step.index(), FRAMES,
                covered, path + ".<length>");
        if (l.throughField() == null && !streamed) {
            code.addStatement("return $T.frameLength(in, start, region$LEnd + $L, $S)", FRAMES, step.index(), trailer,
                    path);
            return true;
        }
        return false;
    }
}

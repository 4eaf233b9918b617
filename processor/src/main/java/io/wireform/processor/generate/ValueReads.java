package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.DELIMITERS;
import static io.wireform.processor.generate.RuntimeTypes.FRAMES;
import static io.wireform.processor.generate.RuntimeTypes.PAYLOAD;
import static io.wireform.processor.generate.RuntimeTypes.TEXTS;
import static io.wireform.processor.generate.RuntimeTypes.VALUES;
import static io.wireform.processor.generate.RuntimeTypes.VARINTS;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_DECODE_EXCEPTION;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.wireform.annotations.Width;
import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import javax.lang.model.type.TypeKind;

/**
 * Statements that read one value of any kind: a record component, a list element or the content
 * of an optional. A fixed-size value is read at a given index and the caller advances; a
 * variable-size value assigns the index just past it to a position variable.
 */
final class ValueReads {
    private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    private static final ClassName LISTS = ClassName.get("io.wireform.runtime.support", "Lists");
    private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName FIELD_CODECS = ClassName.get("io.wireform.runtime.support", "FieldCodecs");

    private final Charsets charsets;
    /** Reading a header only: a payload is opened on the source, not read from the buffer. */
    private final boolean streamed;
    /** What the decode says as it reads: nothing, or a trace's calls ({@code decodeTraced}). */
    private final DecodeHooks hooks;

    ValueReads(Charsets charsets, boolean streamed) {
        this(charsets, streamed, DecodeHooks.NONE);
    }

    ValueReads(Charsets charsets, boolean streamed, DecodeHooks hooks) {
        this.charsets = charsets;
        this.streamed = streamed;
        this.hooks = hooks;
    }

    /** Whether this reads a header only, a payload being opened on the source. */
    boolean streamed() {
        return streamed;
    }

    /**
     * Declares {@code local} holding the value at {@code at}.
     *
     * @param position the variable that receives the index past a variable-size value
     * @param fromStart the offset of {@code at} from the frame start, for nested errors
     */
    CodeBlock read(FieldKind kind, String local, CodeBlock at, CodeBlock fromStart, String path, String position,
                   ReadScope scope) {
        if (kind instanceof FieldKind.IntKind k) {
            return declare(NumberCode.javaName(k.javaType()), local,
                    NumberCode.readInt(k.width(), k.signed(), k.javaType(), k.endian(), at));
        }
        if (kind instanceof FieldKind.FloatKind k) {
            return declare(k.width() == 8 ? "double" : "float", local, NumberCode.readFloat(k.width(), k.endian(), at));
        }
        if (kind instanceof FieldKind.BoolKind) {
            return declare("boolean", local, CodeBlock.of("in.get($L) != 0", at));
        }
        if (kind instanceof FieldKind.EnumKind k) {
            CodeBlock code = NumberCode.readInt(k.width(), k.width() == 4, TypeKind.INT, k.endian(), at);
            return CodeBlock.builder().addStatement("$T $L = $T.decode(in, start, $L, $L, $S)",
                    k.enumType(), local, k.codesType(), at, code, path).build();
        }
        if (kind instanceof FieldKind.NestedKind k) {
            return nested(k, local, at, fromStart, path, position, scope);
        }
        if (kind instanceof FieldKind.SelectedKind k) {
            return selected(k, local, at, fromStart, path, position, scope);
        }
        if (kind instanceof FieldKind.VarintKind k) {
            return varint(k, local, at, path, position, scope);
        }
        if (kind instanceof FieldKind.BytesKind k) {
            return bytes(k.extent(), k.pad(), null, false, local, at, path, position, scope);
        }
        if (kind instanceof FieldKind.StringKind k) {
            return bytes(k.extent(), k.pad(), k.charset(), k.lenient(), local, at, path, position, scope);
        }
        if (kind instanceof FieldKind.ListKind k) {
            return list(k, local, at, path, position, scope);
        }
        if (kind instanceof FieldKind.PayloadKind k) {
            return payload(k, local, at, path, position, scope);
        }
        if (kind instanceof FieldKind.UsingKind k) {
            return using(k, local, at, path, position, scope);
        }
        if (kind instanceof FieldKind.NullableKind k) {
            return nullable(k, local, at, fromStart, path, position, scope);
        }
        return optional((FieldKind.OptionalKind) kind, local, at, fromStart, path, position, scope);
    }

    /** A bounds check: past the caller's limit the frame is cut short; past a region's end it is malformed. */
    static CodeBlock need(String limit, CodeBlock at, CodeBlock count, String path) {
        return CodeBlock.builder().addStatement("$T.$L(in, start, $L, $L, $L, $S)", FRAMES,
                inRegion(limit, "need"), at, count, limit, path).build();
    }

    /**
     * The {@code Frames} method {@code method}, or its {@code ...InRegion} form when {@code limit} is
     * the end of a length region rather than the caller's limit: running past the input is a frame cut
     * short, running past a region's end a malformed one.
     */
    static String inRegion(String limit, String method) {
        return limit.equals("limit") ? method : method + "InRegion";
    }

    /** A count read from the wire, checked against the value's {@code @Max} if it has one. */
    private static CodeBlock limited(CodeBlock count, CodeBlock at, String path, ReadScope scope) {
        return scope.max() < 0 ? CodeBlock.of("$L", count)
                : CodeBlock.of("$T.atMost(in, start, $L, $L, $LL, $S)", FRAMES, at, count, scope.max(), path);
    }

    /** {@code at} in brackets when it is a sum, for use after a minus. */
    static CodeBlock paren(CodeBlock at) {
        return at.toString().contains(" ") ? CodeBlock.of("($L)", at) : at;
    }

    private static CodeBlock declare(String type, String local, CodeBlock value) {
        return CodeBlock.builder().addStatement("$L $L = $L", type, local, value).build();
    }

    private CodeBlock nested(FieldKind.NestedKind k, String local, CodeBlock at, CodeBlock fromStart, String path,
                             String position, ReadScope scope) {
        if (k.inPlace()) {
            // its bytes were checked with the run they are in, and the position is not touched
            return CodeBlock.builder()
                    .addStatement("$T $L", k.messageType(), local)
                    .beginControlFlow("try")
                    .addStatement("$L = $T.decodeAt(in, $L)", local, k.codecType(), at)
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("throw e.nestedIn($S, $L)", path, fromStart)
                    .endControlFlow()
                    .build();
        }
        if (k.inRegion()) {
            // it fills what it is given (the rest of its region), read at its bounds without moving the position
            CodeBlock end = readEnd(k.runsToEnd(), scope);
            return CodeBlock.builder()
                    .addStatement("$T $L", k.messageType(), local)
                    .beginControlFlow("try")
                    .addStatement("$L = $T.decodeRegion(in, $L, $L)", local, k.codecType(), at, end)
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .add(placed(at, fromStart, path, scope))
                    .endControlFlow()
                    .addStatement("$L = $L", position, end)
                    .build();
        }
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $L", k.messageType(), local)
                .addStatement("in.position($L)", at)
                .beginControlFlow("try")
                .addStatement(k.origin() ? "$L = $T.INSTANCE.decodeWithin(in, $L, origin)" : "$L = $T.INSTANCE.decode(in, $L)",
                        local, k.codecType(), readEnd(k.runsToEnd(), scope))
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("in.position(start)")
                .add(placed(at, fromStart, path, scope));
        code.endControlFlow();
        if (!k.isFixed()) {
            code.addStatement("$L = in.position()", position);
        }
        // the input's position moves only when the whole frame is decoded
        return code.addStatement("in.position(start)").build();
    }

    /** Throws a nested record's error {@code e} placed at the component, within its region if it is in one. */
    private static CodeBlock placed(CodeBlock at, CodeBlock fromStart, String path, ReadScope scope) {
        if (scope.limit().equals("limit")) {
            return CodeBlock.builder().addStatement("throw e.nestedIn($S, $L)", path, fromStart).build();
        }
        return CodeBlock.builder().addStatement("throw $T.withinRegion(e, in, $L, $L).nestedIn($S, $L)", FRAMES, at,
                scope.limit(), path, fromStart).build();
    }

    /**
     * Where a nested or selected record's decode may read to: its region's limit, or, for one running to
     * the end of its region, where the rest ends (before reserved bytes after it and the frame's trailer).
     */
    private static CodeBlock readEnd(boolean runsToEnd, ReadScope scope) {
        return runsToEnd ? scope.remainingEnd() : CodeBlock.of("$L", scope.limit());
    }

    /**
     * A component of a selected protocol, chosen in the holder's decode ({@link SelectedReads}), that ends
     * the length region {@code fill} names: each case checks the region's end, where {@code decode} would
     * check it after the component.
     */
    CodeBlock selectedEndingRegion(FieldKind.SelectedKind k, String local, CodeBlock at, CodeBlock fromStart,
                                   String path, String position, ReadScope scope, SelectedReads.Fill fill) {
        return selected(k, local, at, fromStart, path, position, scope, fill);
    }

    /** A record of a selected protocol: its codec is given the value of the component that chooses it. */
    private CodeBlock selected(FieldKind.SelectedKind k, String local, CodeBlock at, CodeBlock fromStart, String path,
                               String position, ReadScope scope) {
        return selected(k, local, at, fromStart, path, position, scope, null);
    }

    private CodeBlock selected(FieldKind.SelectedKind k, String local, CodeBlock at, CodeBlock fromStart, String path,
                               String position, ReadScope scope, SelectedReads.Fill fill) {
        if (k.protocol() != null) {
            String protocol = k.protocol().pathName();
            CodeBlock rethrow = scope.limit().equals("limit")
                    ? CodeBlock.builder().addStatement("in.position(start)")
                            .addStatement("throw e.under($S, 0).nestedIn($S, $L)", protocol, path, fromStart).build()
                    : CodeBlock.builder().addStatement("in.position(start)")
                            .addStatement("throw $T.withinRegion(e.under($S, 0), in, $L, $L).nestedIn($S, $L)", FRAMES,
                                    protocol, at, scope.limit(), path, fromStart).build();
            return SelectedReads.read(k, local, at, readEnd(k.runsToEnd(), scope), position,
                    new SelectedReads.Placement(path, fromStart, !scope.limit().equals("limit"), rethrow), fill);
        }
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $L", k.protocolType(), local)
                .addStatement("in.position($L)", at)
                .beginControlFlow("try")
                .addStatement(k.origin() ? "$L = $T.INSTANCE.decodeWithin(in, $L, $L, origin)"
                                : "$L = $T.INSTANCE.decode(in, $L, $L)", local, k.codecType(), readEnd(k.runsToEnd(), scope),
                        Selectors.decoded(k))
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addStatement("in.position(start)")
                .add(placed(at, fromStart, path, scope));
        return code.endControlFlow()
                .addStatement("$L = in.position()", position)
                .addStatement("in.position(start)")
                .build();
    }

    /**
     * A value of the user's codec: read up to the limit of its region, given the outermost frame's start;
     * every error it throws is placed at this component.
     */
    private CodeBlock using(FieldKind.UsingKind k, String local, CodeBlock at, String path, String position,
                            ReadScope scope) {
        return CodeBlock.builder()
                .addStatement("$T $L = $T.$L($L, in, start, $L, $L, origin, $S)", k.valueType(), local, FIELD_CODECS,
                        scope.limit().equals("limit") ? "read" : "readInRegion", charsets.codec(k), at, scope.limit(), path)
                .addStatement("$L = in.position()", position)
                .addStatement("in.position(start)")
                .build();
    }

    private CodeBlock varint(FieldKind.VarintKind k, String local, CodeBlock at, String path, String position,
                             ReadScope scope) {
        Width width = VarintCode.width(k.encoding());
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int $LEnd = $L", local, VarintCode.end(width, false, at, scope.limit(), path))
                .addStatement("long $LRaw = $L", local, VarintCode.get(width, at));
        boolean isInt = k.javaType() == TypeKind.INT;
        switch (k.encoding()) {
            case LEB128 -> code.addStatement(isInt ? "int $L = $T.leb128ToInt($LRaw, in, start, $L, $S)" : "long $L = $LRaw",
                    isInt ? new Object[] {local, VALUES, local, at, path} : new Object[] {local, local});
            case ZIGZAG -> code.addStatement(isInt ? "int $L = $T.zigzagToInt($LRaw, in, start, $L, $S)"
                            : "long $L = $T.unzigzag($LRaw)",
                    isInt ? new Object[] {local, VALUES, local, at, path} : new Object[] {local, VARINTS, local});
            case MQTT -> code.addStatement(isInt ? "int $L = (int) $LRaw" : "long $L = $LRaw", local, local);
            case LENENC -> code.addStatement(isInt ? "int $L = $T.leb128ToInt($LRaw, in, start, $L, $S)" : "long $L = $LRaw",
                    isInt ? new Object[] {local, VALUES, local, at, path} : new Object[] {local, local});
        }
        return code.addStatement("$L = $LEnd", position, local).build();
    }

    private CodeBlock payload(FieldKind.PayloadKind k, String local, CodeBlock at, String path, String position,
                              ReadScope scope) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (k.extent() instanceof Extent.Remaining) {
            if (streamed) {
                return code.addStatement("$T $L = source.open(-1)", PAYLOAD, local)
                        .addStatement("$L = $L", position, at).build();
            }
            code.add(remainingEnd(local, at, path, scope))
                    .addStatement("$T $L = $T.of($T.getBytes(in, $L, $LEnd - $L))", PAYLOAD, local, PAYLOAD, FRAMES, at,
                            local, paren(at));
            return code.addStatement("$L = $LEnd", position, local).build();
        }
        code.add(count(k.extent(), local + "Length", local + "At", at, path, scope));
        if (streamed) {
            return code.addStatement("$T $L = source.open($T.nonNegative(in, start, $L, $LLength, $S))", PAYLOAD, local,
                            FRAMES, at, local, path)
                    .addStatement("$L = $LAt", position, local).build();
        }
        return code.add(need(scope.limit(), CodeBlock.of("$LAt", local), CodeBlock.of("$LLength", local), path))
                .addStatement("$T $L = $T.of($T.getBytes(in, $LAt, (int) $LLength))", PAYLOAD, local, PAYLOAD, FRAMES,
                        local, local)
                .addStatement("$L = $LAt + (int) $LLength", position, local, local)
                .build();
    }

    /** A byte array or, when {@code charset} is set, a string, decoded strictly unless {@code lenient}. */
    private CodeBlock bytes(Extent extent, int pad, String charset, boolean lenient, String local, CodeBlock at,
                            String path, String position, ReadScope scope) {
        String type = charset == null ? "byte[]" : "String";
        CodeBlock.Builder code = CodeBlock.builder();
        if (extent instanceof Extent.Fixed f) {
            if (charset == null) {
                return declare(type, local, CodeBlock.of("$T.getBytes(in, $L, $L)", FRAMES, at, f.size()));
            }
            if (lenient) {
                return declare(type, local, CodeBlock.of("$T.getPaddedStringLenient(in, $L, $L, (byte) $L, $L)", VALUES,
                        at, f.size(), Names.byteLiteral(pad), charsets.reference(charset)));
            }
            return declare(type, local, CodeBlock.of("$T.getPaddedString(in, start, $L, $L, (byte) $L, $L, $S)", VALUES,
                    at, f.size(), Names.byteLiteral(pad), charsets.reference(charset), path));
        }
        CodeBlock from;
        CodeBlock length;
        if (extent instanceof Extent.Terminated t) {
            String delimiter = scope.constants().bytes(Names.delimiterConstant(local), t.delimiter());
            if (scope.max() >= 0) {
                // a delimiter is looked for no further than @Max allows
                code.addStatement("int $LSearch = (int) Math.min($L, (long) $L + $LL)", local, scope.limit(), at,
                                scope.max() + t.delimiter().size())
                        .addStatement("int $LEnd = $T.indexOf(in, $L, $LSearch, $L)", local, DELIMITERS, at, local, delimiter)
                        .beginControlFlow("if ($LEnd < 0 && $LSearch < $L)", local, local, scope.limit())
                        .addStatement("$T.atMost(in, start, $L, $LL, $LL, $S)", FRAMES, at, scope.max() + 1, scope.max(),
                                path)
                        .endControlFlow();
            } else {
                code.addStatement("int $LEnd = $T.indexOf(in, $L, $L, $L)", local, DELIMITERS, at, scope.limit(), delimiter);
            }
            code.beginControlFlow("if ($LEnd < 0)", local)
                    .addStatement("throw $T.$L(in, start, $L, $L, $L, $S)", FRAMES,
                            inRegion(scope.limit(), "noDelimiter"), at, scope.limit(), delimiter, path)
                    .endControlFlow();
            from = at;
            length = CodeBlock.of("$LEnd - $L", local, paren(at));
            code.add(extract(type, charset, lenient, local, from, length, path));
            return code.addStatement("$L = $LEnd + $L", position, local, t.delimiter().size()).build();
        }
        if (extent instanceof Extent.Remaining) {
            code.add(remainingEnd(local, at, path, scope));
            from = at;
            length = CodeBlock.of("$LEnd - $L", local, paren(at));
            code.add(extract(type, charset, lenient, local, from, length, path));
            return code.addStatement("$L = $LEnd", position, local).build();
        }
        code.add(count(extent, local + "Length", local + "At", at, path, scope));
        code.add(need(scope.limit(), CodeBlock.of("$LAt", local), CodeBlock.of("$LLength", local), path));
        code.add(extract(type, charset, lenient, local, CodeBlock.of("$LAt", local), CodeBlock.of("(int) $LLength", local),
                path));
        return code.addStatement("$L = $LAt + (int) $LLength", position, local, local).build();
    }

    private CodeBlock extract(String type, String charset, boolean lenient, String local, CodeBlock from,
                              CodeBlock length, String path) {
        if (charset == null) {
            return declare(type, local, CodeBlock.of("$T.getBytes(in, $L, $L)", FRAMES, from, length));
        }
        if (lenient) {
            return declare(type, local, CodeBlock.of("$T.lenient(in, $L, $L, $L)", TEXTS, from, length,
                    charsets.reference(charset)));
        }
        return declare(type, local, CodeBlock.of("$T.decode(in, start, $L, $L, $L, $S)", TEXTS, from, length,
                charsets.reference(charset), path));
    }

    /** Declares {@code <local>End}, where a rest-of-region value ends, after checking it is not before {@code at}. */
    private static CodeBlock remainingEnd(String local, CodeBlock at, String path, ReadScope scope) {
        CodeBlock.Builder code = CodeBlock.builder();
        // the value starts within its region, and what must follow it is there too
        code.add(need(scope.limit(), at, CodeBlock.of("$L", scope.trailer()), path));
        code.addStatement("int $LEnd = $L", local, scope.remainingEnd());
        if (scope.max() >= 0) {
            code.addStatement("$T.atMost(in, start, $L, $LEnd - $L, $LL, $S)", FRAMES, at, local, paren(at), scope.max(),
                    path);
        }
        return code.build();
    }

    /**
     * Declares {@code countLocal} (a long) and {@code atLocal} (where the counted data starts) for a
     * prefixed, sized-by or fixed extent.
     */
    private static CodeBlock count(Extent extent, String countLocal, String atLocal, CodeBlock at, String path,
                                   ReadScope scope) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (extent instanceof Extent.Fixed f) {
            return code.addStatement("long $L = $L", countLocal, f.size()).addStatement("int $L = $L", atLocal, at).build();
        }
        if (extent instanceof Extent.SizedBy s) {
            CodeBlock count = s.derived()
                    // a count of 8 bytes may not fit a long: it is refused where it was read
                    ? CodeBlock.of("$T.nonNegative(in, start, $L, $L, $S)", FRAMES, at, Names.local(s.field()), path)
                    : References.decoded(s.field(), s.reference());
            return code.addStatement("long $L = $L", countLocal, limited(count, at, path, scope))
                    .addStatement("int $L = $L", atLocal, at).build();
        }
        Extent.Prefixed p = (Extent.Prefixed) extent;
        if (p.width().bytes() == 0) {
            return code.addStatement("int $L = $L", atLocal, VarintCode.end(p.width(), false, at, scope.limit(), path))
                    .addStatement("long $L = $L", countLocal, limited(VarintCode.get(p.width(), at), at, path, scope))
                    .build();
        }
        int width = p.width().bytes();
        CodeBlock read = NumberCode.readInt(width, width == 8, TypeKind.LONG, p.endian(), at);
        return code.add(need(scope.limit(), at, CodeBlock.of("$L", width), path))
                .addStatement("long $L = $L", countLocal, limited((width == 8
                        ? CodeBlock.of("$T.nonNegative(in, start, $L, $L, $S)", FRAMES, at, read, path) : read),
                        at, path, scope))
                .addStatement("int $L = $L + $L", atLocal, at, width)
                .build();
    }

    private CodeBlock list(FieldKind.ListKind k, String local, CodeBlock at, String path, String position,
                           ReadScope scope) {
        TypeName listType = ParameterizedTypeName.get(LIST, k.elementType());
        TypeName arrayListType = ParameterizedTypeName.get(ARRAY_LIST, k.elementType());
        String elementPath = path + "[]";
        String element = local + "Element";
        CodeBlock.Builder code = CodeBlock.builder();
        if (k.extent() instanceof Extent.Terminated t) {
            return terminatedList(k, t, local, at, path, position, scope);
        }
        boolean remaining = k.extent() instanceof Extent.Remaining;
        if (remaining) {
            // a list's @Max counts elements, checked below once they are counted
            code.add(remainingEnd(local, at, path, new ReadScope(scope.model(), scope.constants(), scope.limit(),
                    scope.remainingEnd(), scope.trailer(), -1)));
            code.addStatement("int $LAt = $L", local, at);
        } else {
            code.add(count(k.extent(), local + "Count", local + "At", at, path, scope));
        }
        int size = k.element().fixedSize();
        if (size > 0) {
            if (remaining) {
                code.beginControlFlow("if (($LEnd - $LAt) % $L != 0)", local, local, size)
                        .addStatement("throw new $T(in, start, $LAt, $S, $S, ($LEnd - $LAt) + $S)", WIRE_DECODE_EXCEPTION,
                                local, path, "whole elements of " + size + " bytes", local, local, " bytes")
                        .endControlFlow()
                        .addStatement("long $LCount = ($LEnd - $LAt) / $L", local, local, local, size);
                if (scope.max() >= 0) {
                    code.addStatement("$T.atMost(in, start, $LAt, $LCount, $LL, $S)", FRAMES, local, local, scope.max(),
                            path);
                }
            } else {
                // element by element: those the bytes hold are read before a count they cannot hold is an error
                code.addStatement("int $LRoom = $T.room(in, start, $LAt, $LCount, $L, $L, $S)", local, LISTS, local, local,
                        size, scope.limit(), path);
            }
            code.add(hooks.elements(k, path, at, CodeBlock.of("$LAt", local), remaining ? local + "End" : scope.limit()));
            CodeBlock readElement = read(k.element(), element, CodeBlock.of("$LAt + i * $L", local, size),
                    CodeBlock.of("$LAt + i * $L - start", local, size), elementPath, "unused", scope);
            CodeBlock room = remaining ? CodeBlock.of("(int) $LCount", local) : CodeBlock.of("$LRoom", local);
            if (k.elementType() instanceof ClassName elementClass) {
                code.addStatement("$T[] $LItems = new $T[$L]", elementClass, local, elementClass, room)
                        .beginControlFlow("for (int i = 0; i < $LItems.length; i++)", local)
                        .add(readElement)
                        .addStatement("$LItems[i] = $L", local, element)
                        .endControlFlow();
            } else {
                code.addStatement("$T $LItems = new $T($L)", arrayListType, local, arrayListType, room)
                        .beginControlFlow("for (int i = 0; i < $L; i++)", room)
                        .add(readElement)
                        .addStatement("$LItems.add($L)", local, element)
                        .endControlFlow();
            }
            code.add(remaining ? CodeBlock.of("") : ranOut(local, CodeBlock.of("$LAt + $LRoom * $L", local, local, size),
                    size, scope.limit(), path));
            code.addStatement(k.elementType() instanceof ClassName ? "$T $L = $T.adopt($LItems)"
                    : "$T $L = $T.unmodifiableList($LItems)", listType, local,
                    k.elementType() instanceof ClassName ? LISTS : COLLECTIONS, local);
            if (!k.isFixed()) {
                code.addStatement("$L = $LAt + (int) $LCount * $L", position, local, local, size);
            }
            return code.build();
        }
        // Variable-size elements take at least one byte each: read one by one, no more than the bytes left hold
        String cursor = local + "Pos";
        code.addStatement("int $L = $LAt", cursor, local);
        boolean array = !remaining && k.elementType() instanceof ClassName;
        if (remaining) {
            code.add(hooks.elements(k, path, at, CodeBlock.of("$LAt", local), local + "End"))
                    .addStatement("$T $LItems = new $T()", arrayListType, local, arrayListType)
                    .beginControlFlow("while ($L < $LEnd)", cursor, local);
        } else {
            code.addStatement("int $LRoom = $T.room(in, start, $LAt, $LCount, 1, $L, $S)", local, LISTS, local, local,
                            scope.limit(), path)
                    .add(hooks.elements(k, path, at, CodeBlock.of("$LAt", local), scope.limit()));
            if (array) {
                code.addStatement("$T[] $LItems = new $T[$LRoom]", k.elementType(), local, k.elementType(), local)
                        .beginControlFlow("for (int i = 0; i < $LItems.length; i++)", local);
            } else {
                code.addStatement("$T $LItems = new $T($LRoom)", arrayListType, local, arrayListType, local)
                        .beginControlFlow("for (int i = 0; i < $LRoom; i++)", local);
            }
        }
        ReadScope elementScope = remaining ? scope.withLimit(local + "End", CodeBlock.of("$LEnd", local), 0) : scope;
        code.add(read(k.element(), element, CodeBlock.of("$L", cursor), CodeBlock.of("$L - start", cursor), elementPath,
                        cursor, elementScope))
                .addStatement(array ? "$LItems[i] = $L" : "$LItems.add($L)", local, element);
        if (remaining && scope.max() >= 0) {
            code.addStatement("$T.atMost(in, start, $L, $LItems.size(), $LL, $S)", FRAMES, cursor, local, scope.max(), path);
        }
        code.endControlFlow();
        code.add(remaining ? CodeBlock.of("") : ranOut(local, CodeBlock.of("$L", cursor), 1, scope.limit(), path));
        if (array) {
            code.addStatement("$T $L = $T.adopt($LItems)", listType, local, LISTS, local);
        } else {
            code.addStatement("$T $L = $T.unmodifiableList($LItems)", listType, local, COLLECTIONS, local);
        }
        code.addStatement("$L = $L", position, cursor);
        return code.build();
    }

    /** After the elements a list's room held, ending at {@code at}: a count larger than the room is cut short there. */
    private static CodeBlock ranOut(String local, CodeBlock at, int size, String limit, String path) {
        return CodeBlock.builder().beginControlFlow("if ($LRoom < $LCount)", local, local)
                .addStatement("throw $T.$L(in, start, $L, $LCount - $LRoom, $L, $L, $S)", LISTS,
                        inRegion(limit, "ranOut"), at, local, local, size, limit, path)
                .endControlFlow().build();
    }

    /** A byte string or text whose prefix may be the NULL marker: then empty, and only the marker is read. */
    private CodeBlock nullable(FieldKind.NullableKind k, String local, CodeBlock at, CodeBlock fromStart, String path,
                               String position, ReadScope scope) {
        TypeName type = ParameterizedTypeName.get(OPTIONAL, k.innerType());
        String value = local + "Value";
        CodeBlock atLocal = CodeBlock.of("$LAt", local);
        return CodeBlock.builder()
                .addStatement("int $L = $L", atLocal, at)
                .add(need(scope.limit(), atLocal, CodeBlock.of("$L", k.markerSize()), path))
                .addStatement("$T $L", type, local)
                .beginControlFlow("if ($L)", VarintCode.isNull(k.prefix(), atLocal))
                .addStatement("$L = $T.empty()", local, OPTIONAL)
                .addStatement("$L = $L + $L", position, atLocal, k.markerSize())
                .nextControlFlow("else")
                .add(read(k.inner(), value, atLocal, CodeBlock.of("$L - start", atLocal), path, position, scope))
                .addStatement("$L = $T.of($L)", local, OPTIONAL, value)
                .endControlFlow()
                .build();
    }

    /**
     * A list ended by its delimiter: before each element, bytes equal to the delimiter end the list and are
     * consumed; anything else is an element.
     */
    private CodeBlock terminatedList(FieldKind.ListKind k, Extent.Terminated t, String local, CodeBlock at, String path,
                                     String position, ReadScope scope) {
        TypeName listType = ParameterizedTypeName.get(LIST, k.elementType());
        TypeName arrayListType = ParameterizedTypeName.get(ARRAY_LIST, k.elementType());
        String element = local + "Element";
        String cursor = local + "Pos";
        String delimiter = scope.constants().bytes(Names.delimiterConstant(local), t.delimiter());
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int $L = $L", cursor, at)
                .add(hooks.elements(k, path, at, CodeBlock.of("$L", cursor), scope.limit()))
                .addStatement("$T $LItems = new $T()", arrayListType, local, arrayListType)
                .beginControlFlow("while ($T.startsWith(in, $L, $L, $L) != 1)", FRAMES, cursor, scope.limit(), delimiter);
        if (scope.max() >= 0) {
            // one element more than @Max is there, not just bytes that may yet be the delimiter: refused before it is read
            code.beginControlFlow("if ($LItems.size() == $LL)", local, scope.max());
            int there = Math.max(k.element().fixedSize(), t.delimiter().size());
            code.add(need(scope.limit(), CodeBlock.of("$L", cursor), CodeBlock.of("$L", there), path))
                    .addStatement("$T.atMost(in, start, $L, $LItems.size() + 1L, $LL, $S)", FRAMES, cursor, local,
                            scope.max(), path)
                    .endControlFlow();
        }
        int size = k.element().fixedSize();
        if (size > 0) {
            code.add(need(scope.limit(), CodeBlock.of("$L", cursor), CodeBlock.of("$L", size), path + "[]"))
                    .add(read(k.element(), element, CodeBlock.of("$L", cursor), CodeBlock.of("$L - start", cursor),
                            path + "[]", "unused", scope))
                    .addStatement("$L += $L", cursor, size);
        } else {
            code.add(read(k.element(), element, CodeBlock.of("$L", cursor), CodeBlock.of("$L - start", cursor),
                    path + "[]", cursor, scope));
        }
        return code.addStatement("$LItems.add($L)", local, element)
                .endControlFlow()
                .addStatement("$T $L = $T.unmodifiableList($LItems)", listType, local, COLLECTIONS, local)
                .addStatement("$L = $L + $L", position, cursor, t.delimiter().size())
                .build();
    }

    private CodeBlock optional(FieldKind.OptionalKind k, String local, CodeBlock at, CodeBlock fromStart, String path,
                               String position, ReadScope scope) {
        String value = local + "Value";
        String atLocal = local + "At";
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int $L = $L", atLocal, at)
                .addStatement("$T $L", ParameterizedTypeName.get(OPTIONAL, k.innerType()), local)
                .beginControlFlow("if ($L)", Conditions.test(k.condition(), false));
        CodeBlock innerAt = CodeBlock.of("$L", atLocal);
        if (k.inner().isFixed()) {
            code.add(need(scope.limit(), innerAt, CodeBlock.of("$L", k.inner().fixedSize()), path))
                    .add(read(k.inner(), value, innerAt, CodeBlock.of("$L - start", atLocal), path, position, scope))
                    .addStatement("$L = $L + $L", position, atLocal, k.inner().fixedSize());
        } else {
            code.add(read(k.inner(), value, innerAt, CodeBlock.of("$L - start", atLocal), path, position, scope));
        }
        return code.addStatement("$L = $T.of($L)", local, OPTIONAL, value)
                .nextControlFlow("else")
                .addStatement("$L = $T.empty()", local, OPTIONAL)
                .addStatement("$L = $L", position, atLocal)
                .endControlFlow()
                .build();
    }
}

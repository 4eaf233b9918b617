package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.PAYLOAD;
import static io.wireform.processor.generate.RuntimeTypes.TEXTS;
import static io.wireform.processor.generate.RuntimeTypes.VALUES;
import static io.wireform.processor.generate.RuntimeTypes.VARINTS;
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
 * Encoding one value of any kind, in two halves: {@link #prepare} checks the value and computes its
 * size before anything is written; {@link #write} puts it on the wire.
 */
final class ValueWrites {
    private static final com.palantir.javapoet.ClassName LIST = com.palantir.javapoet.ClassName.get("java.util", "List");
    private static final com.palantir.javapoet.ClassName OPTIONAL = com.palantir.javapoet.ClassName.get("java.util", "Optional");

    private final Charsets charsets;
    private static final ClassName HALFS = ClassName.get("io.wireform.runtime.support", "Halfs");

    private final Constants constants;
    /** Writing a header only: a payload's bytes are left for the writer to stream after it. */
    private final boolean streamed;

    ValueWrites(Charsets charsets, Constants constants, boolean streamed) {
        this.charsets = charsets;
        this.constants = constants;
        this.streamed = streamed;
    }

    /** Whether this writes a header only, a payload's bytes being streamed after it. */
    boolean streamed() {
        return streamed;
    }

    /**
     * What the statements after {@link #prepare} read: {@code prepare} declares only those locals, so
     * that generated code has none that is never read (the Eclipse compiler warns of them).
     */
    enum Use {
        /** The checked value in {@code local} and, for a variable-size value, its size: encode. */
        VALUE_AND_SIZE,
        /** The checked value alone: a list element or optional content about to be written. */
        VALUE,
        /** The size alone, {@code <local>Size} of a variable-size value: sizeOf. A fixed-size value is only checked. */
        SIZE
    }

    /**
     * Statements that check the component and declare what {@link #write} and the size need: the
     * checked value in {@code local} and, for a variable-size value, its size in {@code <local>Size}.
     */
    CodeBlock prepare(FieldKind kind, String local, CodeBlock value, String path, Use use) {
        return prepare(kind, local, value, path, -1, use);
    }

    /** As {@link #prepare(FieldKind, String, CodeBlock, String, Use)}, checking a {@code @Max} too. */
    CodeBlock prepare(FieldKind kind, String local, CodeBlock value, String path, long max, Use use) {
        CodeBlock.Builder code = CodeBlock.builder();
        boolean declareSize = use != Use.VALUE && !kind.isFixed();
        // a variable size is computed from the value, and so is the size a @Max bounds
        code.add(prepareValue(kind, local, value, path, use != Use.SIZE || declareSize || max >= 0, declareSize));
        if (max >= 0) {
            // a streamed payload that runs to the end is not held in a local: nothing else reads it
            boolean held = !(streamed && kind instanceof FieldKind.PayloadKind p && p.extent() instanceof Extent.Remaining);
            CodeBlock size = kind instanceof FieldKind.ListKind ? CodeBlock.of("$L.size()", local)
                    : kind instanceof FieldKind.PayloadKind ? CodeBlock.of("$L.length()", held ? local : value)
                    : CodeBlock.of("$L.length", local);
            code.addStatement("$T.atMost($L, $LL, $S)", VALUES, size, max, path);
        }
        return code.build();
    }

    /**
     * @param declare whether to declare {@code local}; a value that is not declared is still checked
     * @param size whether to declare {@code <local>Size}, for a variable-size value
     */
    private CodeBlock prepareValue(FieldKind kind, String local, CodeBlock value, String path, boolean declare,
                                   boolean size) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (kind instanceof FieldKind.IntKind k) {
            if (needsRangeCheck(k)) {
                checked(code, declare, CodeBlock.of("long"), local, CodeBlock.of("$T.$L($L, $L, $S)", VALUES,
                        k.signed() ? "signed" : "unsigned", value, k.width(), path));
            } else if (declare) {
                code.addStatement("$L $L = $L", NumberCode.javaName(k.javaType()), local, value);
            }
        } else if (kind instanceof FieldKind.FloatKind k && k.width() == 2) {
            checked(code, declare, CodeBlock.of("short"), local, CodeBlock.of("$T.fromFloat($L, $S)", HALFS, value, path));
        } else if (kind instanceof FieldKind.FloatKind k) {
            if (declare) {
                code.addStatement("$L $L = $L", k.width() == 4 ? "float" : "double", local, value);
            }
        } else if (kind instanceof FieldKind.BoolKind) {
            if (declare) {
                code.addStatement("boolean $L = $L", local, value);
            }
        } else if (kind instanceof FieldKind.EnumKind k) {
            checked(code, declare, CodeBlock.of("int"), local, CodeBlock.of("$T.code($L, $S)", k.codesType(), value, path));
        } else if (kind instanceof FieldKind.SelectedKind k) {
            // the value is needed whatever the use: the selector's check and the size both read it
            code.addStatement("$T $L = $T.nonNull($L, $S)", k.protocolType(), local, VALUES, value, path)
                    .addStatement("long $LSelector = $L", local, Selectors.encoded(k, path))
                    .addStatement("$T.chosen($T.INSTANCE.chosenBy($L, $LSelector), $L, $LSelector, $S, $S)", VALUES,
                            k.codecType(), local, local, local, local, path, k.selector());
            if (size) {
                code.addStatement("int $LSize = $T.sizeOf($T.INSTANCE, $L, $S)", local, VALUES, k.codecType(), local, path);
            }
        } else if (kind instanceof FieldKind.UsingKind k) {
            // the user's codec checks the value as it sizes it, and the write is checked against that size
            code.addStatement("$T $L = $T.nonNull($L, $S)", k.valueType(), local, VALUES, value, path)
                    .addStatement("int $LSize = $T.size($L, $L, $S)", local, ValueReads.FIELD_CODECS,
                            charsets.codec(k), local, path);
        } else if (kind instanceof FieldKind.NestedKind k) {
            checked(code, declare, CodeBlock.of("$T", k.messageType()), local,
                    CodeBlock.of("$T.nonNull($L, $S)", VALUES, value, path));
            if (size) {
                code.addStatement("int $LSize = $T.sizeOf($T.INSTANCE, $L, $S)", local, VALUES, k.codecType(), local, path);
            }
        } else if (kind instanceof FieldKind.VarintKind k) {
            code.addStatement("long $L = $L", local, varintRaw(k, value, path));
            if (size) {
                code.addStatement("int $LSize = $L", local, VarintCode.sizeOf(VarintCode.width(k.encoding()), local));
            }
        } else if (kind instanceof FieldKind.BytesKind k) {
            bytes(code, k.extent(), null, local, value, path, declare, size);
        } else if (kind instanceof FieldKind.StringKind k) {
            bytes(code, k.extent(), k.charset(), local, value, path, declare, size);
        } else if (kind instanceof FieldKind.ListKind k) {
            list(code, k, local, value, path, size);
        } else if (kind instanceof FieldKind.PayloadKind k) {
            CodeBlock length = CodeBlock.of("$LLength", local);
            // a streamed payload running to the end has no prefix or count to check: nothing reads its
            // length, and the header reads nothing of it
            if (streamed && k.extent() instanceof Extent.Remaining) {
                code.addStatement("$T.nonNull($L, $S)", VALUES, value, path);
            } else {
                code.addStatement("$T $L = $T.nonNull($L, $S)", PAYLOAD, local, VALUES, value, path);
            }
            if (!streamed || !(k.extent() instanceof Extent.Remaining)) {
                code.addStatement("long $L = $T.knownLength($L, $S)", length, VALUES, local, path)
                        .add(countCheck(k.extent(), length, path));
            }
            code.addStatement(streamed ? "int $LSize = $L0" : "int $LSize = $L(int) $T.atMost($L, $L, $S)", streamed
                    ? new Object[] {local, prefixSize(k.extent(), length)}
                    : new Object[] {local, prefixSize(k.extent(), length), VALUES, length, Integer.MAX_VALUE - 8, path});
        } else if (kind instanceof FieldKind.NullableKind k) {
            nullable(code, k, local, value, path);
        } else {
            optional(code, (FieldKind.OptionalKind) kind, local, value, path);
        }
        return code.build();
    }

    /** {@code type local = check;}, or only {@code check;} when nothing reads the value. */
    private static void checked(CodeBlock.Builder code, boolean declare, CodeBlock type, String local, CodeBlock check) {
        if (declare) {
            code.addStatement("$L $L = $L", type, local, check);
        } else {
            code.addStatement("$L", check);
        }
    }

    private static CodeBlock varintRaw(FieldKind.VarintKind k, CodeBlock value, String path) {
        return switch (k.encoding()) {
            case LEB128 -> k.javaType() == TypeKind.INT ? CodeBlock.of("$T.leb128($L, $S)", VALUES, value, path) : value;
            case ZIGZAG -> CodeBlock.of("$T.zigzag($L)", VARINTS, value);
            case MQTT -> CodeBlock.of("$T.mqtt($L, $S)", VARINTS, value, path);
            case LENENC -> k.javaType() == TypeKind.INT ? CodeBlock.of("$T.leb128($L, $S)", VALUES, value, path) : value;
        };
    }

    private void bytes(CodeBlock.Builder code, Extent extent, String charset, String local, CodeBlock value, String path,
                       boolean declare, boolean size) {
        if (extent instanceof Extent.Fixed f) {
            checked(code, declare, CodeBlock.of("byte[]"), local, charset == null
                    ? CodeBlock.of("$T.fitting($L, $L, $S)", VALUES, value, f.size(), path)
                    : CodeBlock.of("$T.fitting($L, $L, $L, $S)", VALUES, value, charsets.reference(charset), f.size(), path));
            return;
        }
        if (charset == null) {
            code.addStatement("byte[] $L = $T.nonNull($L, $S)", local, VALUES, value, path);
        } else {
            code.addStatement("byte[] $L = $T.encode($L, $L, $S)", local, TEXTS, value, charsets.reference(charset), path);
        }
        CodeBlock length = CodeBlock.of("$L.length", local);
        if (extent instanceof Extent.Terminated t) {
            String delimiter = constants.bytes(Names.delimiterConstant(local), t.delimiter());
            code.addStatement("$T.withoutDelimiter($L, $L, $S)", VALUES, local, delimiter, path);
            if (size) {
                code.addStatement("int $LSize = $L + $L", local, length, t.delimiter().size());
            }
            return;
        }
        code.add(countCheck(extent, length, path));
        if (size) {
            code.addStatement("int $LSize = $L$L", local, prefixSize(extent, length), length);
        }
    }

    /** Checks a length or count against what its extent can carry. */
    private static CodeBlock countCheck(Extent extent, CodeBlock count, String path) {
        if (extent instanceof Extent.Fixed f) {
            return CodeBlock.builder().addStatement("$T.agrees($L, $L, $S, $S)", VALUES, count, f.size(), path,
                    "@Count(" + f.size() + ")").build();
        }
        if (extent instanceof Extent.SizedBy s && s.derived()) {
            return CodeBlock.of(""); // the count is written from the value
        }
        if (extent instanceof Extent.SizedBy s) {
            return CodeBlock.builder().addStatement("$T.agrees($L, $L, $S, $S)", VALUES, count,
                    References.encoded(s.field(), s.reference()), path, s.field()).build();
        }
        if (extent instanceof Extent.Prefixed p) {
            long max = p.width() == Width.MQTT ? 268_435_455L
                    : p.width().bytes() == 0 || p.width().bytes() == 8 ? Long.MAX_VALUE : (1L << (8 * p.width().bytes())) - 1;
            // an int count (array length, list size) never exceeds Integer.MAX_VALUE; a payload's long length may
            boolean longCount = count.toString().endsWith("Length");
            if (max < (longCount ? Long.MAX_VALUE : Integer.MAX_VALUE)) {
                return CodeBlock.builder().addStatement("$T.atMost($L, $LL, $S)", VALUES, count, max, path).build();
            }
        }
        return CodeBlock.of("");
    }

    /** {@code "2 + "} for a two-byte prefix, {@code "Varints.sizeOf(n) + "} for a varint, else nothing. */
    private static CodeBlock prefixSize(Extent extent, CodeBlock count) {
        if (extent instanceof Extent.Prefixed p) {
            return p.width().bytes() == 0 ? CodeBlock.of("$L + ", VarintCode.sizeOf(p.width(), count))
                    : CodeBlock.of("$L + ", p.width().bytes());
        }
        return CodeBlock.of("");
    }

    private void list(CodeBlock.Builder code, FieldKind.ListKind k, String local, CodeBlock value, String path,
                      boolean declareSize) {
        TypeName listType = ParameterizedTypeName.get(LIST, k.elementType());
        CodeBlock count = CodeBlock.of("$L.size()", local);
        CodeBlock check = countCheck(k.extent(), count, path);
        code.addStatement("$T $L = $T.nonNull($L, $S)", listType, local, VALUES, value, path);
        code.add(check);
        if (!declareSize) {
            return;
        }
        int size = k.element().fixedSize();
        // a terminated list's delimiter follows its elements
        String delimiter = k.extent() instanceof Extent.Terminated t ? t.delimiter().size() + " + " : "";
        if (size > 0) {
            code.addStatement("int $LSize = $L$L$L * $L", local, delimiter, prefixSize(k.extent(), count), count, size);
            return;
        }
        String element = local + "Element";
        code.addStatement("int $LSize = $L$L0", local, delimiter, prefixSize(k.extent(), count))
                .beginControlFlow("for ($T $L : $L)", k.elementType(), element, local)
                .addStatement("$LSize += $L", local, elementSize(k.element(), element, path + "[]"))
                .endControlFlow();
    }

    /** The size of a variable-size list element or optional content. */
    private CodeBlock elementSize(FieldKind kind, String value, String path) {
        if (kind instanceof FieldKind.UsingKind k) {
            return CodeBlock.of("$T.size($L, $L, $S)", ValueReads.FIELD_CODECS, charsets.codec(k), value, path);
        }
        if (kind instanceof FieldKind.NestedKind k) {
            return CodeBlock.of("$T.sizeOf($T.INSTANCE, $L, $S)", VALUES, k.codecType(), value, path);
        }
        FieldKind.VarintKind k = (FieldKind.VarintKind) kind;
        return VarintCode.sizeOf(VarintCode.width(k.encoding()), varintRaw(k,
                CodeBlock.of("$T.nonNull($L, $S)", VALUES, value, path), path));
    }

    /** A nullable byte string or text: its size, or the NULL marker's; a length may not be the marker. */
    private void nullable(CodeBlock.Builder code, FieldKind.NullableKind k, String local, CodeBlock value, String path) {
        code.addStatement("$T $L = $T.nonNull($L, $S)", ParameterizedTypeName.get(OPTIONAL, k.innerType()), local,
                VALUES, value, path);
        String content = local + "Value";
        code.addStatement("int $LSize = $L", local, k.markerSize())
                .beginControlFlow("if ($L.isPresent())", local)
                .add(prepare(k.inner(), content, CodeBlock.of("$L.get()", local), path, Use.SIZE));
        int width = k.prefix().width().bytes();
        if (width > 0 && width < 4) {
            code.addStatement("$T.atMost($L.length, $LL, $S)", VALUES, content, (1L << (8 * width)) - 2, path);
        }
        code.addStatement("$LSize = $LSize", local, content).endControlFlow();
    }

    private void optional(CodeBlock.Builder code, FieldKind.OptionalKind k, String local, CodeBlock value, String path) {
        code.addStatement("$T $L = $T.nonNull($L, $S)", ParameterizedTypeName.get(OPTIONAL, k.innerType()), local,
                VALUES, value, path)
                .addStatement("$T.presence($L.isPresent(), $L, $S, $S)", VALUES, local,
                        Conditions.test(k.condition(), true), path, Conditions.describe(k.condition()));
        String content = local + "Value";
        code.addStatement("int $LSize = 0", local)
                .beginControlFlow("if ($L.isPresent())", local)
                .add(prepare(k.inner(), content, CodeBlock.of("$L.get()", local), path, Use.SIZE))
                .addStatement("$LSize = $L", local, k.inner().isFixed() ? CodeBlock.of("$L", k.inner().fixedSize())
                        : CodeBlock.of("$LSize", content))
                .endControlFlow();
    }

    /**
     * Statements writing the prepared {@code local} at {@code at}; a variable-size value assigns the
     * index past it to {@code position}, unless that is null because nothing reads it.
     */
    CodeBlock write(FieldKind kind, String local, CodeBlock at, CodeBlock fromStart, String path, String position) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (kind instanceof FieldKind.IntKind k) {
            TypeKind type = needsRangeCheck(k) ? TypeKind.LONG : k.javaType();
            return code.addStatement("$L", NumberCode.writeInt(k.width(), k.endian(), at, CodeBlock.of("$L", local), type))
                    .build();
        }
        if (kind instanceof FieldKind.FloatKind k) {
            return code.addStatement("$L", NumberCode.writeFloat(k.width(), k.endian(), at, CodeBlock.of("$L", local)))
                    .build();
        }
        if (kind instanceof FieldKind.BoolKind) {
            return code.addStatement("out.put($L, $L ? (byte) 1 : (byte) 0)", at, local).build();
        }
        if (kind instanceof FieldKind.EnumKind k) {
            return code.addStatement("$L", NumberCode.writeInt(k.width(), k.endian(), at, CodeBlock.of("$L", local),
                    TypeKind.INT)).build();
        }
        if (kind instanceof FieldKind.NestedKind k && k.inPlace()) {
            // moves no position, so it has none to restore (see EncodeBody's guard)
            return code.beginControlFlow("try")
                    .addStatement("$T.encodeAt($L, out, $L)", k.codecType(), local, at)
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("throw e.nestedIn($S, $L)", path, fromStart)
                    .endControlFlow()
                    .build();
        }
        if (kind instanceof FieldKind.SelectedKind k) {
            code.addStatement("out.position($L)", at)
                    .beginControlFlow("try")
                    .addStatement("$T.INSTANCE.encode($L, out)", k.codecType(), local)
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("out.position(start)")
                    .addStatement("throw e.nestedIn($S, $L)", path, fromStart)
                    .endControlFlow();
            if (position != null) {
                code.addStatement("$L = out.position()", position);
            }
            return code.build();
        }
        if (kind instanceof FieldKind.NestedKind k) {
            code.addStatement("out.position($L)", at)
                    .beginControlFlow("try")
                    .addStatement("$T.INSTANCE.encode($L, out)", k.codecType(), local)
                    .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                    .addStatement("out.position(start)")
                    .addStatement("throw e.nestedIn($S, $L)", path, fromStart)
                    .endControlFlow();
            if (!k.isFixed() && position != null) {
                code.addStatement("$L = out.position()", position);
            }
            return code.build();
        }
        if (kind instanceof FieldKind.UsingKind k) {
            return position == null
                    ? code.addStatement("$T.write($L, $L, $LSize, out, start, $L, $S)", ValueReads.FIELD_CODECS,
                            charsets.codec(k), local, local, at, path).build()
                    : code.addStatement("$L = $T.write($L, $L, $LSize, out, start, $L, $S)", position,
                            ValueReads.FIELD_CODECS, charsets.codec(k), local, local, at, path).build();
        }
        if (kind instanceof FieldKind.VarintKind k) {
            CodeBlock put = VarintCode.put(VarintCode.width(k.encoding()), at, local);
            return position == null ? code.addStatement("$L", put).build()
                    : code.addStatement("$L = $L + $L", position, at, put).build();
        }
        if (kind instanceof FieldKind.BytesKind k) {
            return bytesWrite(k.extent(), k.pad(), local, at, position);
        }
        if (kind instanceof FieldKind.StringKind k) {
            return bytesWrite(k.extent(), k.pad(), local, at, position);
        }
        if (kind instanceof FieldKind.ListKind k) {
            return listWrite(k, local, at, path, position);
        }
        if (kind instanceof FieldKind.PayloadKind k) {
            if (streamed) {
                // the header ends with the prefix; the payload's bytes are streamed after it
                prefixOnly(code, k.extent(), CodeBlock.of("$LLength", local), at);
            } else {
                CodeBlock dataAt = prefixWrite(code, k.extent(), CodeBlock.of("$LLength", local), local, at, TypeKind.LONG);
                code.addStatement("$L.copyTo(out, $L)", local, dataAt);
            }
            return position == null ? code.build() : code.addStatement("$L = $L + $LSize", position, at, local).build();
        }
        if (kind instanceof FieldKind.NullableKind k) {
            return nullableWrite(k, local, at, path, position);
        }
        return optionalWrite((FieldKind.OptionalKind) kind, local, at, path, position);
    }

    private CodeBlock bytesWrite(Extent extent, int pad, String local, CodeBlock at, String position) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (extent instanceof Extent.Fixed f) {
            return code.addStatement("$T.putPadded(out, $L, $L, $L, (byte) $L)", VALUES, at, local, f.size(),
                    Names.byteLiteral(pad)).build();
        }
        CodeBlock dataAt = prefixWrite(code, extent, CodeBlock.of("$L.length", local), local, at);
        code.addStatement("out.put($L, $L)", dataAt, local);
        if (extent instanceof Extent.Terminated t) {
            code.addStatement("out.put($L + $L.length, $L)", dataAt, local,
                    constants.bytes(Names.delimiterConstant(local), t.delimiter()));
        }
        return position == null ? code.build() : code.addStatement("$L = $L + $LSize", position, at, local).build();
    }

    /** Writes a length or count prefix if the extent has one; returns where the data starts. */
    private static CodeBlock prefixWrite(CodeBlock.Builder code, Extent extent, CodeBlock count, String local,
                                         CodeBlock at) {
        return prefixWrite(code, extent, count, local, at, TypeKind.INT);
    }

    /** Writes a length prefix if the extent has one, where nothing follows it in this frame. */
    private static void prefixOnly(CodeBlock.Builder code, Extent extent, CodeBlock count, CodeBlock at) {
        if (extent instanceof Extent.Prefixed p) {
            code.addStatement("$L", p.width().bytes() == 0 ? VarintCode.put(p.width(), at, count)
                    : NumberCode.writeInt(p.width().bytes(), p.endian(), at, count, TypeKind.LONG));
        }
    }

    private static CodeBlock prefixWrite(CodeBlock.Builder code, Extent extent, CodeBlock count, String local,
                                         CodeBlock at, TypeKind countType) {
        if (!(extent instanceof Extent.Prefixed p)) {
            return at;
        }
        if (p.width().bytes() == 0) {
            code.addStatement("int $LAt = $L + $L", local, at, VarintCode.put(p.width(), at, count));
        } else {
            code.addStatement("$L", NumberCode.writeInt(p.width().bytes(), p.endian(), at, count, countType))
                    .addStatement("int $LAt = $L + $L", local, at, p.width().bytes());
        }
        return CodeBlock.of("$LAt", local);
    }

    private CodeBlock listWrite(FieldKind.ListKind k, String local, CodeBlock at, String path, String position) {
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock dataAt = prefixWrite(code, k.extent(), CodeBlock.of("$L.size()", local), local, at);
        String cursor = local + "Pos";
        String element = local + "Element";
        String elementPath = path + "[]";
        code.addStatement("int $L = $L", cursor, dataAt);
        Extent.Terminated terminated = k.extent() instanceof Extent.Terminated t ? t : null;
        boolean starts = terminated != null && !k.element().isFixed();
        if (starts) {
            // where each element starts, to check once all are written that none starts with the delimiter
            code.addStatement("int[] $LStarts = new int[$L.size()]", local, local)
                    .addStatement("int $LIndex = 0", local);
        }
        code.beginControlFlow("for ($T $L : $L)", k.elementType(), element, local);
        if (starts) {
            code.addStatement("$LStarts[$LIndex++] = $L", local, local, cursor);
        }
        String checked = element + "Value";
        // a nested record's (or user codec's) prepare checks for null itself
        CodeBlock value = k.element() instanceof FieldKind.NestedKind || k.element() instanceof FieldKind.UsingKind
                ? CodeBlock.of("$L", element)
                : CodeBlock.of("$T.nonNull($L, $S)", VALUES, element, elementPath);
        code.add(prepare(k.element(), checked, value, elementPath, Use.VALUE));
        code.add(write(k.element(), checked, CodeBlock.of("$L", cursor), CodeBlock.of("$L - start", cursor),
                elementPath, cursor));
        if (k.element().isFixed()) {
            code.addStatement("$L += $L", cursor, k.element().fixedSize());
        }
        code.endControlFlow();
        if (terminated != null) {
            String delimiter = constants.bytes(Names.delimiterConstant(local), terminated.delimiter());
            code.addStatement("out.put($L, $L)", cursor, delimiter);
            String end = cursor + " + " + terminated.delimiter().size();
            if (starts) {
                code.beginControlFlow("for (int $LStart : $LStarts)", local, local)
                        .addStatement("$T.notDelimiter(out, $LStart, $L, $L, $S)", VALUES, local, end, delimiter,
                                elementPath)
                        .endControlFlow();
            } else {
                code.beginControlFlow("for (int i = $L; i < $L; i += $L)", dataAt, cursor, k.element().fixedSize())
                        .addStatement("$T.notDelimiter(out, i, $L, $L, $S)", VALUES, end, delimiter, elementPath)
                        .endControlFlow();
            }
            code.addStatement("$L += $L", cursor, terminated.delimiter().size());
        }
        if (!k.isFixed() && position != null) {
            code.addStatement("$L = $L", position, cursor);
        }
        return code.build();
    }

    private CodeBlock optionalWrite(FieldKind.OptionalKind k, String local, CodeBlock at, String path, String position) {
        return presentWrite(k.inner(), local, at, path, position, null);
    }

    /** A nullable value: as an optional's, with the NULL marker written for an empty one. */
    private CodeBlock nullableWrite(FieldKind.NullableKind k, String local, CodeBlock at, String path, String position) {
        return presentWrite(k.inner(), local, at, path, position, k.prefix());
    }

    /** Writes an Optional's content if present, else the NULL marker of {@code nullPrefix} if there is one. */
    private CodeBlock presentWrite(FieldKind inner, String local, CodeBlock at, String path, String position,
                                   Extent.Prefixed nullPrefix) {
        String value = local + "Value";
        CodeBlock from = CodeBlock.of("$LAt", local);
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int $L = $L", from, at)
                .beginControlFlow("if ($L.isPresent())", local)
                .add(prepare(inner, value, CodeBlock.of("$L.get()", local), path, Use.VALUE))
                // the position is set below, past the whole value
                .add(write(inner, value, from, CodeBlock.of("$L - start", from), path, null));
        if (nullPrefix != null) {
            code.nextControlFlow("else").addStatement("$L", VarintCode.putNull(nullPrefix, from));
        }
        return code.endControlFlow()
                .add(position == null ? CodeBlock.of("") : CodeBlock.builder()
                        .addStatement("$L = $L + $LSize", position, from, local).build())
                .build();
    }

    /** Signed values narrower than their Java type, and unsigned values short of 8 bytes, can overflow. */
    static boolean needsRangeCheck(FieldKind.IntKind kind) {
        return kind.signed() ? FieldKind.IntKind.javaBits(kind.javaType()) > 8 * kind.width() : kind.width() < 8;
    }
}

package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.CHARSET;
import static io.wireform.processor.collect.AnnotationNames.COUNT;
import static io.wireform.processor.collect.AnnotationNames.COUNTED_BY;
import static io.wireform.processor.collect.AnnotationNames.FIXED;
import static io.wireform.processor.collect.AnnotationNames.HALF;
import static io.wireform.processor.collect.AnnotationNames.ORDER;
import static io.wireform.processor.collect.AnnotationNames.PREFIXED;
import static io.wireform.processor.collect.AnnotationNames.REMAINING;
import static io.wireform.processor.collect.AnnotationNames.SELECTED_BY;
import static io.wireform.processor.collect.AnnotationNames.SIZED_BY;
import static io.wireform.processor.collect.AnnotationNames.TERMINATED;
import static io.wireform.processor.collect.AnnotationNames.VARINT;
import static io.wireform.processor.collect.AnnotationNames.WHEN;

import com.palantir.javapoet.TypeName;
import io.wireform.annotations.Endian;
import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.Condition;
import io.wireform.processor.model.EnumModel;
import io.wireform.annotations.Width;
import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.MessageModel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Decides the {@link FieldKind} of one record component from its type and annotations. */
final class ComponentValidator {
    private static final List<String> BYTES_EXTENTS = List.of(FIXED, PREFIXED, SIZED_BY, TERMINATED, REMAINING);
    private static final List<String> LIST_EXTENTS = List.of(COUNT, PREFIXED, COUNTED_BY, TERMINATED, REMAINING);

    private final Mirrors mirrors;
    private final ErrorReporter errors;
    private final SchemaRegistry registry;
    private final Types types;

    private final ExtentValidator extents;
    private final UsingValidator usings;
    private final IntegerKinds integers;
    private final SelectorFallbacks fallbacks;

    ComponentValidator(Mirrors mirrors, ErrorReporter errors, SchemaRegistry registry, Types types) {
        this.mirrors = mirrors;
        this.errors = errors;
        this.registry = registry;
        this.types = types;
        this.extents = new ExtentValidator(mirrors, errors, registry);
        this.usings = new UsingValidator(mirrors, errors, types);
        this.integers = new IntegerKinds(mirrors, errors);
        this.fallbacks = new SelectorFallbacks(errors);
    }

    /** The kind, or empty after reporting why there is none. */
    Optional<FieldKind> validate(RecordComponentElement component, Endian messageEndian,
                                 List<? extends RecordComponentElement> all) {
        String name = component.getSimpleName().toString();
        Optional<AnnotationMirror> order = mirrors.find(component, ORDER);
        Endian endian = order.map(o -> Endian.valueOf(mirrors.enumValue(o, "value"))).orElse(messageEndian);
        ComponentScope scope = new ComponentScope(component, name, endian, all, all.indexOf(component));
        TypeMirror type = component.asType();
        Optional<AnnotationMirror> when = mirrors.find(component, WHEN);

        Optional<FieldKind> kind;
        Optional<AnnotationMirror> prefixed = mirrors.find(component, PREFIXED);
        if (prefixed.isPresent() && mirrors.explicitValue(prefixed.get(), "nullable") != null
                && (Boolean) mirrors.value(prefixed.get(), "nullable").getValue()) {
            return nullable(scope, type, prefixed.get(), when);
        }
        if (isDeclared(type, "java.util.Optional")) {
            kind = optional(scope, (DeclaredType) type, when);
        } else {
            if (when.isPresent()) {
                errors.error(component, when.get(), Diag.WHEN_NOT_OPTIONAL, name, type);
            }
            kind = value(scope, type, false);
        }
        Optional<AnnotationMirror> selectedBy = mirrors.find(component, SELECTED_BY);
        if (selectedBy.isPresent() && kind.isPresent() && !(kind.get() instanceof FieldKind.SelectedKind)
                && !(kind.get() instanceof FieldKind.OptionalKind o && o.inner() instanceof FieldKind.SelectedKind)) {
            errors.error(component, selectedBy.get(), Diag.SELECTOR_NOT_SELECTED, name, type, "not a protocol",
                    "remove @SelectedBy");
            return Optional.empty();
        }
        boolean orderMatters = kind.isEmpty() || orderMatters(kind.get());
        if (order.isPresent() && !orderMatters) {
            errors.error(component, order.get(), Diag.ORDER_ON_WRONG_TYPE, name, type);
        }
        return kind;
    }

    private static boolean orderMatters(FieldKind kind) {
        if (kind instanceof FieldKind.OptionalKind o) {
            return orderMatters(o.inner());
        }
        if (kind instanceof FieldKind.ListKind l) {
            return orderMatters(l.element()) || l.extent() instanceof Extent.Prefixed;
        }
        if (kind instanceof FieldKind.BytesKind b) {
            return b.extent() instanceof Extent.Prefixed;
        }
        if (kind instanceof FieldKind.StringKind s) {
            return s.extent() instanceof Extent.Prefixed;
        }
        return kind.fixedSize() > 1 && (kind instanceof FieldKind.IntKind || kind instanceof FieldKind.FloatKind
                || kind instanceof FieldKind.EnumKind);
    }

    /**
     * {@code @Prefixed(nullable = true)}: an {@code Optional<byte[]>} or {@code Optional<String>} whose
     * prefix's marker value says NULL, without {@code @When}, behind a fixed width or a length-encoded integer.
     */
    private Optional<FieldKind> nullable(ComponentScope scope, TypeMirror type, AnnotationMirror prefixed,
                                         Optional<AnnotationMirror> when) {
        AnnotationValue flag = mirrors.explicitValue(prefixed, "nullable");
        Width width = Width.valueOf(mirrors.enumValue(prefixed, "value"));
        TypeMirror inner = isDeclared(type, "java.util.Optional") && !((DeclaredType) type).getTypeArguments().isEmpty()
                ? ((DeclaredType) type).getTypeArguments().get(0) : null;
        boolean innerFits = inner != null && (isDeclared(inner, "java.lang.String") || inner.getKind() == TypeKind.ARRAY
                && ((ArrayType) inner).getComponentType().getKind() == TypeKind.BYTE);
        String problem = !innerFits
                ? "a NULL marker needs an Optional<byte[]> or Optional<String> component; declare it as one of those"
                : when.isPresent() ? "the prefix already says when the value is absent; remove @When"
                : width == Width.VARINT || width == Width.MQTT
                ? "a " + width + " prefix has no value to spare for NULL; use a fixed width (all ones is NULL) or"
                        + " Width.LENENC (FB is NULL)"
                : null;
        if (problem != null) {
            errors.error(scope.component(), prefixed, flag, Diag.NULLABLE_PREFIX_MISUSED, scope.name(), type, problem);
            return Optional.empty();
        }
        return value(scope, inner, true).map(kind -> new FieldKind.NullableKind(kind, boxedName(inner),
                (Extent.Prefixed) kind.extent()));
    }

    private Optional<FieldKind> optional(ComponentScope scope, DeclaredType type, Optional<AnnotationMirror> when) {
        if (when.isEmpty()) {
            errors.error(scope.component(), Diag.OPTIONAL_WITHOUT_WHEN, scope.name());
            return Optional.empty();
        }
        Optional<Condition> condition = condition(scope, when.get());
        if (type.getTypeArguments().isEmpty()) {
            return unsupported(scope, type);
        }
        TypeMirror inner = type.getTypeArguments().get(0);
        Optional<FieldKind> innerKind = value(scope, inner, true);
        if (condition.isEmpty() || innerKind.isEmpty()) {
            return Optional.empty();
        }
        if (innerKind.get() instanceof FieldKind.PayloadKind) {
            errors.error(scope.component(), Diag.PAYLOAD_PLACEMENT, scope.name(),
                    "it cannot be optional; give it a length of 0 when there are no bytes");
            return Optional.empty();
        }
        return Optional.of(new FieldKind.OptionalKind(innerKind.get(), boxedName(inner), condition.get()));
    }

    private Optional<Condition> condition(ComponentScope scope, AnnotationMirror when) {
        AnnotationValue fieldValue = mirrors.value(when, "value");
        Optional<Paths.Target> resolved = extents.target(scope, when, fieldValue, "@When");
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Optional<RecordComponentElement> target = Optional.of(resolved.get().element());
        io.wireform.processor.model.Reference reference = resolved.get().reference();
        TypeKind targetKind = target.get().asType().getKind();
        int bit = mirrors.intValue(when, "bit");
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> anyOf = (List<? extends AnnotationValue>) mirrors.value(when, "anyOf").getValue();
        List<Long> values = anyOf.stream().map(v -> ((Number) v.getValue()).longValue()).collect(Collectors.toList());
        long min = mirrors.longValue(when, "min");
        long max = mirrors.longValue(when, "max");
        boolean range = min != Long.MIN_VALUE || max != Long.MAX_VALUE;
        boolean negated = (Boolean) mirrors.value(when, "not").getValue();
        String field = (String) fieldValue.getValue();
        int tests = (bit >= 0 ? 1 : 0) + (values.isEmpty() ? 0 : 1) + (range ? 1 : 0);
        if (targetKind == TypeKind.BOOLEAN) {
            if (tests > 0) {
                errors.error(scope.component(), when, Diag.WHEN_BOOLEAN_TESTED, field, scope.name(),
                        bit >= 0 ? "bit" : !values.isEmpty() ? "anyOf" : "min and max");
                return Optional.empty();
            }
            return Optional.of(new Condition(field, true, -1, List.of(), min, max, negated, reference));
        }
        if (!IntegerKinds.isIntegral(targetKind)) {
            errors.error(scope.component(), when, fieldValue, Diag.REFERENCE_WRONG_TYPE, "@When", field, scope.name(),
                    field, target.get().asType(), "a boolean or integer component");
            return Optional.empty();
        }
        if (tests != 1) {
            errors.error(scope.component(), when, Diag.WHEN_NEEDS_VALUES, field, scope.name(),
                    tests == 0 ? "" : " (one of them only)");
            return Optional.empty();
        }
        return Optional.of(new Condition(field, false, bit, values, min, max, negated, reference));
    }

    /** A value of the given type; {@code boxed} when it sits inside an Optional or a List. */
    private Optional<FieldKind> value(ComponentScope scope, TypeMirror type, boolean boxed) {
        RecordComponentElement component = scope.component();
        TypeMirror plain = boxed ? unboxed(type).orElse(type) : type;
        Optional<AnnotationMirror> intAnnotation = integers.singleIntAnnotation(scope);
        Optional<AnnotationMirror> varint = mirrors.find(component, VARINT);
        Optional<AnnotationMirror> charset = mirrors.find(component, CHARSET);
        boolean isString = isDeclared(plain, "java.lang.String");
        boolean isByteArray = plain.getKind() == TypeKind.ARRAY
                && ((ArrayType) plain).getComponentType().getKind() == TypeKind.BYTE;
        boolean isList = isDeclared(plain, "java.util.List");
        boolean isPayload = isDeclared(plain, "io.wireform.runtime.Payload");
        Optional<AnnotationMirror> using = mirrors.find(component, AnnotationNames.USING);
        if (using.isPresent()) {
            return using(scope, using.get(), type, plain, isList);
        }

        if (charset.isPresent() && !isString) {
            errors.error(component, charset.get(), Diag.CHARSET_ON_WRONG_TYPE, scope.name(), type);
        }
        Optional<AnnotationMirror> half = mirrors.find(component, HALF);
        if (half.isPresent() && plain.getKind() != TypeKind.FLOAT) {
            errors.error(component, half.get(), Diag.HALF_ON_WRONG_TYPE, scope.name(), type);
            return Optional.empty();
        }
        if (!isString && !isByteArray && !isList && !isPayload) {
            for (String extent : List.of(FIXED, PREFIXED, SIZED_BY, TERMINATED, REMAINING, COUNT, COUNTED_BY)) {
                Optional<AnnotationMirror> misplaced = mirrors.find(component, extent);
                if (misplaced.isPresent()) {
                    String hint = extent.equals(FIXED) && IntegerKinds.isIntegral(plain.getKind())
                            ? " (for an integer of n bytes use @Int(n) or @UInt(n))" : "";
                    errors.error(component, misplaced.get(), Diag.EXTENT_ON_WRONG_TYPE,
                            AnnotationNames.display(extent), ExtentValidator.appliesTo(extent), scope.name(), type, hint);
                    return Optional.empty();
                }
            }
        }
        if (isList) {
            return list(scope, (DeclaredType) plain, intAnnotation, varint);
        }
        if (intAnnotation.isPresent() && !IntegerKinds.isIntegral(plain.getKind())) {
            errors.error(component, intAnnotation.get(), Diag.INT_ON_WRONG_TYPE, display(intAnnotation.get()),
                    scope.name(), type);
            return Optional.empty();
        }
        if (varint.isPresent() && plain.getKind() != TypeKind.INT && plain.getKind() != TypeKind.LONG) {
            errors.error(component, varint.get(), Diag.VARINT_ON_WRONG_TYPE, scope.name(), type);
            return Optional.empty();
        }
        return switch (plain.getKind()) {
            case BYTE, SHORT, INT, LONG -> integers.scalarInteger(scope, plain.getKind(), intAnnotation, varint);
            case FLOAT -> Optional.of(new FieldKind.FloatKind(half.isPresent() ? 2 : 4, scope.endian()));
            case DOUBLE -> Optional.of(new FieldKind.FloatKind(8, scope.endian()));
            case BOOLEAN -> Optional.of(new FieldKind.BoolKind());
            case ARRAY -> isByteArray ? bytesKind(scope) : unsupported(scope, type);
            case DECLARED -> isString ? string(scope, charset)
                    : isDeclared(plain, "io.wireform.runtime.Payload")
                    ? extents.extent(scope, "Payload", List.of(PREFIXED, REMAINING)).map(FieldKind.PayloadKind::new)
                    : declared(scope, (DeclaredType) plain);
            case ERROR -> {
                errors.error(component, Diag.UNRESOLVED_TYPE, scope.name(), type);
                yield Optional.empty();
            }
            default -> unsupported(scope, type);
        };
    }

    /**
     * A {@code @Using} value: the codec's type is the component's, or, for a list with a count, the
     * element's, which the list then holds.
     */
    private Optional<FieldKind> using(ComponentScope scope, AnnotationMirror using, TypeMirror type, TypeMirror plain,
                                      boolean isList) {
        TypeMirror element = isList && !((DeclaredType) plain).getTypeArguments().isEmpty()
                ? ((DeclaredType) plain).getTypeArguments().get(0) : null;
        boolean elementCodec = element != null && !usings.codes(using, plain) && usings.codes(using, element);
        if (usings.contradicted(scope, using, elementCodec)) {
            return Optional.empty();
        }
        if (!elementCodec) {
            return usings.kind(scope, using, type, element == null ? "" : " (or a FieldCodec<" + element
                    + "> with a count on the list)");
        }
        Optional<FieldKind> elementKind = usings.kind(scope, using, element, "");
        if (elementKind.isEmpty()) {
            return Optional.empty();
        }
        return extents.extent(scope, "List", LIST_EXTENTS)
                .map(e -> new FieldKind.ListKind(elementKind.get(), boxedName(element), e));
    }

    private Optional<FieldKind> bytesKind(ComponentScope scope) {
        int pad = extents.pad(scope); // checked even when the size is wrong, so both problems are reported
        return extents.extent(scope, "byte[]", BYTES_EXTENTS).map(e -> new FieldKind.BytesKind(e, pad));
    }

    private Optional<FieldKind> list(ComponentScope scope, DeclaredType listType, Optional<AnnotationMirror> intAnnotation,
                                     Optional<AnnotationMirror> varint) {
        if (listType.getTypeArguments().isEmpty()) {
            return unsupported(scope, listType);
        }
        TypeMirror element = listType.getTypeArguments().get(0);
        TypeMirror plain = unboxed(element).orElse(element);
        Optional<FieldKind> elementKind;
        if (plain.getKind().isPrimitive()) {
            if (intAnnotation.isPresent() && !IntegerKinds.isIntegral(plain.getKind())) {
                errors.error(scope.component(), intAnnotation.get(), Diag.INT_ON_WRONG_TYPE,
                        display(intAnnotation.get()), scope.name(), listType);
                return Optional.empty();
            }
            elementKind = switch (plain.getKind()) {
                case BYTE, SHORT, INT, LONG -> integers.scalarInteger(scope, plain.getKind(), intAnnotation, varint);
                case FLOAT -> Optional.of(new FieldKind.FloatKind(mirrors.find(scope.component(), HALF).isPresent() ? 2 : 4,
                        scope.endian()));
                case DOUBLE -> Optional.of(new FieldKind.FloatKind(8, scope.endian()));
                case BOOLEAN -> Optional.of(new FieldKind.BoolKind());
                default -> Optional.empty();
            };
        } else if (plain.getKind() == TypeKind.DECLARED && isSelectedProtocol(((DeclaredType) plain).asElement())) {
            errors.error(scope.component(), Diag.SELECTED_IN_LIST, scope.name(), ((DeclaredType) plain).asElement().getSimpleName());
            return Optional.empty();
        } else if (plain.getKind() == TypeKind.DECLARED
                && (((DeclaredType) plain).asElement().getKind() == ElementKind.ENUM
                    || ((DeclaredType) plain).asElement().getKind() == ElementKind.RECORD)) {
            elementKind = declared(scope, (DeclaredType) plain);
            if (elementKind.isEmpty()) {
                return Optional.empty();
            }
        } else {
            elementKind = Optional.empty();
        }
        if (elementKind.isEmpty()) {
            errors.error(scope.component(), Diag.LIST_ELEMENT_UNSUPPORTED, scope.name(), element);
            return Optional.empty();
        }
        Optional<Extent> extent = extents.extent(scope, "List", LIST_EXTENTS);
        if (extent.isPresent() && extent.get() instanceof Extent.Terminated t && plain.getKind() == TypeKind.DECLARED
                && startsWithDelimiter(((DeclaredType) plain).asElement(), t.delimiter())) {
            // every element would be read as the list's end
            AnnotationMirror terminated = mirrors.find(scope.component(), TERMINATED).orElseThrow();
            errors.error(scope.component(), terminated, mirrors.value(terminated, "value"),
                    Diag.TERMINATED_LIST_ELEMENT_IS_DELIMITER, scope.name(), ((DeclaredType) plain).asElement().getSimpleName());
            return Optional.empty();
        }
        return extent.map(e -> new FieldKind.ListKind(elementKind.get(), boxedName(element), e));
    }

    /** Whether every frame of the record {@code element} starts with {@code delimiter}: its magic does. */
    private boolean startsWithDelimiter(javax.lang.model.element.Element element, List<Integer> delimiter) {
        if (!(element instanceof TypeElement type)) {
            return false;
        }
        return registry.message(type).map(m -> m.magic().size() >= delimiter.size()
                && m.magic().subList(0, delimiter.size()).equals(delimiter)).orElse(false);
    }

    private Optional<FieldKind> string(ComponentScope scope, Optional<AnnotationMirror> charset) {
        String charsetName = "UTF-8";
        boolean lenient = charset.isPresent() && (Boolean) mirrors.value(charset.get(), "lenient").getValue();
        if (charset.isPresent()) {
            AnnotationValue value = mirrors.value(charset.get(), "value");
            String requested = (String) value.getValue();
            Optional<Charset> resolved = lookup(requested);
            if (resolved.isEmpty()) {
                errors.error(scope.component(), charset.get(), value, Diag.UNKNOWN_CHARSET, requested, scope.name());
                extents.extent(scope, "String", BYTES_EXTENTS); // its own problems are reported too
                return Optional.empty();
            }
            charsetName = resolved.get().name();
        }
        String chosen = charsetName;
        int pad = extents.pad(scope);
        return extents.extent(scope, "String", BYTES_EXTENTS).map(e -> new FieldKind.StringKind(e, pad, chosen, lenient));
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private Optional<FieldKind> declared(ComponentScope scope, DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            if (mirrors.find(element, AnnotationNames.WIRE_ENUM).isEmpty()) {
                errors.error(scope.component(), Diag.ENUM_NOT_WIRE_ENUM, scope.name(), element.getSimpleName(),
                        element.getSimpleName());
                return Optional.empty();
            }
            Optional<EnumModel> model = registry.enumModel(element);
            return model.map(m -> new FieldKind.EnumKind(m.enumType(), m.codesType(), m.width(), scope.endian(),
                    m.fallback().isPresent()));
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (!registry.isMessage(element)) {
                errors.error(scope.component(), Diag.NESTED_NOT_MESSAGE, scope.name(), element.getSimpleName(),
                        element.getSimpleName());
                return Optional.empty();
            }
            if (registry.isInProgress(element)) {
                errors.error(scope.component(), Diag.RECURSIVE_MESSAGE, scope.name(), element.getSimpleName(),
                        registry.cycleThrough(element));
                return Optional.empty();
            }
            Optional<MessageModel> model = registry.message(element);
            if (model.isPresent() && model.get().isStreamed()) {
                errors.error(scope.component(), Diag.PAYLOAD_PLACEMENT, element.getSimpleName() + "'s payload",
                        "a message that holds one cannot be nested in another; make " + element.getSimpleName()
                                + " a record of a @Protocol instead, or move the payload to the outer message");
                return Optional.empty();
            }
            return model.map(m -> new FieldKind.NestedKind(m.messageType(), m.codecType(), m.fixedLength(), m.isInPlace(),
                    m.runsToEnd(), m.usesOrigin(), m.alignment(), m.decodesInRegion()));
        }
        if (element.getKind() == ElementKind.INTERFACE && mirrors.find(element, AnnotationNames.PROTOCOL).isPresent()) {
            if (registry.isInProgress(element)) {
                errors.error(scope.component(), Diag.RECURSIVE_MESSAGE, scope.name(), element.getSimpleName(),
                        registry.cycleThrough(element));
                return Optional.empty();
            }
            AnnotationMirror protocol = mirrors.find(element, AnnotationNames.PROTOCOL).get();
            Optional<AnnotationMirror> selectedBy = mirrors.find(scope.component(), SELECTED_BY);
            if ((Boolean) mirrors.value(protocol, "selected").getValue()) {
                if (selectedBy.isEmpty()) {
                    errors.error(scope.component(), Diag.SELECTED_WITHOUT_SELECTOR, scope.name(), element.getSimpleName());
                    return Optional.empty();
                }
                Optional<FieldKind> selector = selector(scope, selectedBy.get());
                Optional<io.wireform.processor.model.ProtocolModel> model = registry.protocol(element);
                if (selector.isEmpty() || model.isEmpty()) {
                    return Optional.empty();
                }
                Optional<Paths.Target> resolved = extents.target(scope, selectedBy.get(),
                        mirrors.value(selectedBy.get(), "value"), "@SelectedBy");
                if (selector.get() instanceof FieldKind.EnumKind e) {
                    Optional<EnumModel> codes = registry.enumModelOf(e.enumType());
                    boolean path = resolved.map(Paths.Target::reference).isPresent();
                    if (codes.isPresent() && !fallbacks.check(scope, selectedBy.get(),
                            mirrors.value(selectedBy.get(), "value"), codes.get(), model.get(), path)) {
                        return Optional.empty();
                    }
                }
                return Optional.of(new FieldKind.SelectedKind(model.get().protocolType(), model.get().codecType(),
                        (String) mirrors.value(selectedBy.get(), "value").getValue(), selector.get(),
                        model.get().runsToEnd(), model.get().usesOrigin(), model.get(),
                        resolved.map(Paths.Target::reference).orElse(null)));
            }
            if (selectedBy.isPresent()) {
                errors.error(scope.component(), selectedBy.get(), Diag.SELECTOR_NOT_SELECTED, scope.name(),
                        element.getSimpleName(), "a @Protocol with a tag of its own",
                        "remove @SelectedBy, or declare " + element.getSimpleName() + " @Protocol(selected = true)");
                return Optional.empty();
            }
            return registry.protocol(element)
                    .map(p -> new FieldKind.NestedKind(p.protocolType(), p.codecType(), -1, false, p.runsToEnd(),
                            p.usesOrigin(), 1, false));
        }
        return unsupported(scope, type);
    }

    /**
     * The kind of the component a {@code @SelectedBy} names, as far as choosing needs it: an integer (its
     * Java type), a boolean, or an enum (its codes).
     */
    private Optional<FieldKind> selector(ComponentScope scope, AnnotationMirror selectedBy) {
        AnnotationValue value = mirrors.value(selectedBy, "value");
        Optional<RecordComponentElement> target = extents.target(scope, selectedBy, value, "@SelectedBy")
                .map(Paths.Target::element);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        TypeMirror type = target.get().asType();
        if (type.getKind() == TypeKind.BOOLEAN) {
            return Optional.of(new FieldKind.BoolKind());
        }
        if (IntegerKinds.isIntegral(type.getKind())) {
            return Optional.of(new FieldKind.IntKind(FieldKind.IntKind.javaBits(type.getKind()) / 8, true, type.getKind(), scope.endian()));
        }
        if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM
                && mirrors.find(((DeclaredType) type).asElement(), AnnotationNames.WIRE_ENUM).isPresent()) {
            return registry.enumModel((TypeElement) ((DeclaredType) type).asElement())
                    .map(m -> new FieldKind.EnumKind(m.enumType(), m.codesType(), m.width(), scope.endian(),
                    m.fallback().isPresent()));
        }
        errors.error(scope.component(), selectedBy, value, Diag.SELECTOR_WRONG_TYPE, value.getValue(), scope.name(),
                value.getValue(), type);
        return Optional.empty();
    }

    private Optional<FieldKind> unsupported(ComponentScope scope, TypeMirror type) {
        errors.error(scope.component(), Diag.UNSUPPORTED_TYPE, scope.name(), type);
        return Optional.empty();
    }

    private Optional<TypeMirror> unboxed(TypeMirror type) {
        try {
            return Optional.of(types.unboxedType(type));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private TypeName boxedName(TypeMirror type) {
        return type.getKind().isPrimitive()
                ? TypeName.get(types.boxedClass((PrimitiveType) type).asType())
                : TypeName.get(type);
    }

    private boolean isSelectedProtocol(javax.lang.model.element.Element element) {
        return mirrors.find(element, AnnotationNames.PROTOCOL)
                .map(p -> (Boolean) mirrors.value(p, "selected").getValue()).orElse(false);
    }

    static boolean isDeclared(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private static String display(AnnotationMirror mirror) {
        return IntegerKinds.display(mirror);
    }
}

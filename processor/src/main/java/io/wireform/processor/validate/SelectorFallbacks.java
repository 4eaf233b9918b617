package io.wireform.processor.validate;

import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.ProtocolModel;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks that a {@code @WireEnum} selector with a {@code @Fallback} constant chooses as it encodes. Decode
 * chooses the selected protocol's record by the code on the wire, and a code no constant has decodes to
 * the fallback constant; encode chooses by that constant's own {@code @Code}. When an unknown code
 * chooses a record other than the one the constant's code chooses, a value decoded from it holds a
 * record its selector's value does not choose, so it cannot be written back.
 */
final class SelectorFallbacks {
    private final ErrorReporter errors;

    SelectorFallbacks(ErrorReporter errors) {
        this.errors = errors;
    }

    /**
     * Whether {@code selector} and {@code protocol} agree; reports on the {@code @SelectedBy} value when not.
     * {@code path} when the selector is read through a path into a nested record.
     */
    boolean check(ComponentScope scope, AnnotationMirror selectedBy, AnnotationValue value, EnumModel selector,
                  ProtocolModel protocol, boolean path) {
        Optional<EnumModel.Constant> fallbackConstant = selector.fallback().flatMap(name -> selector.constants()
                .stream().filter(c -> c.name().equals(name)).findFirst());
        if (selector.fallback().isPresent() && fallbackConstant.isEmpty() && path) {
            // through a path the selector is the constant its record decoded: the code it stood for is gone
            errors.error(scope.component(), selectedBy, value, Diag.SELECTOR_PATH_FALLBACK_WITHOUT_CODE,
                    value.getValue(), scope.name(), selector.enumType().simpleName(), selector.fallback().get(),
                    protocol.protocolType().simpleName(), selector.fallback().get());
            return false;
        }
        if (fallbackConstant.isEmpty()) {
            return true; // without a code it cannot be encoded at all, which decode and encode both say
        }
        String constant = fallbackConstant.get().name();
        long code = fallbackConstant.get().code();
        Set<Long> codes = selector.constants().stream().map(EnumModel.Constant::code).collect(Collectors.toSet());
        long max = (1L << (8 * selector.width())) - 1;
        Optional<ProtocolModel.Variant> own = chosen(protocol, code);
        String interfaceName = protocol.protocolType().simpleName();
        // an unknown code no record is tagged with chooses the fallback record
        Optional<ProtocolModel.Variant> fallbackRecord = protocol.variants().stream()
                .filter(ProtocolModel.Variant::fallback).findFirst();
        Optional<Long> untagged = freeCode(codes, max, protocol);
        if (fallbackRecord.isPresent() && untagged.isPresent() && !own.equals(fallbackRecord)) {
            errors.error(scope.component(), selectedBy, value, Diag.SELECTOR_FALLBACK_CODE_CHOOSES,
                    value.getValue(), scope.name(), selector.enumType().simpleName(), constant, code,
                    interfaceName, name(fallbackRecord.get()), code, describe(protocol, own), constant, interfaceName,
                    ", e.g. @Code(" + untagged.get() + ")");
            return false;
        }
        // an unknown code a record is tagged with chooses that record
        for (ProtocolModel.Variant v : protocol.tagged()) {
            Optional<Long> unknown = unknownCode(codes, max, v);
            if (unknown.isPresent() && !own.equals(Optional.of(v))) {
                errors.error(scope.component(), selectedBy, value, Diag.SELECTOR_UNKNOWN_CODE_TAGGED,
                        value.getValue(), scope.name(), selector.enumType().simpleName(), constant, code,
                        unknown.get(), interfaceName + "." + name(v), code, describe(protocol, own),
                        interfaceName, selector.enumType().simpleName());
                return false;
            }
        }
        return true;
    }

    /** The record {@code code} chooses: the one tagged with it, else the fallback record, if any. */
    private static Optional<ProtocolModel.Variant> chosen(ProtocolModel protocol, long code) {
        return protocol.tagged().stream().filter(v -> v.tag() <= code && code <= v.tagTo()).findFirst()
                .or(() -> protocol.variants().stream().filter(ProtocolModel.Variant::fallback).findFirst());
    }

    private static String describe(ProtocolModel protocol, Optional<ProtocolModel.Variant> chosen) {
        String interfaceName = protocol.protocolType().simpleName();
        return chosen.map(v -> v.fallback() ? interfaceName + "'s @Fallback record " + name(v)
                : interfaceName + "." + name(v)).orElse("no record of " + interfaceName);
    }

    private static String name(ProtocolModel.Variant v) {
        return v.message().messageType().simpleName();
    }

    /** The least code of {@code v}'s tags that no constant has, if any of them fits the enum's width. */
    private static Optional<Long> unknownCode(Set<Long> codes, long max, ProtocolModel.Variant v) {
        long code = Math.max(0, v.tag());
        long to = Math.min(max, v.tagTo());
        while (code <= to && codes.contains(code)) {
            code++;
        }
        return code <= to ? Optional.of(code) : Optional.empty();
    }

    /** The least code that no constant has and no record is tagged with, if the enum's width leaves one. */
    private static Optional<Long> freeCode(Set<Long> codes, long max, ProtocolModel protocol) {
        long code = 0;
        boolean moved = true;
        while (moved && code <= max) {
            moved = false;
            if (codes.contains(code)) {
                code++;
                moved = true;
            }
            for (ProtocolModel.Variant v : protocol.tagged()) {
                if (v.tag() <= code && code <= v.tagTo()) {
                    code = v.tagTo() >= max ? max + 1 : v.tagTo() + 1;
                    moved = true;
                }
            }
        }
        return code <= max ? Optional.of(code) : Optional.empty();
    }
}

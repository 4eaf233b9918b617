package io.wireform.processor.validate;

import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.ProtocolModel;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks that a {@code @WireEnum} selector with a {@code @Fallback} constant chooses as it encodes. The
 * fallback constant stands for every unknown code, and an unknown code chooses the selected protocol's
 * {@code @Fallback} record; encode chooses by the constant's own {@code @Code}. When a record is tagged
 * with that code while the protocol has a fallback record, a value decoded from an unknown code holds
 * the fallback record but encodes as a selector that chooses the other one, so it cannot be written back.
 */
final class SelectorFallbacks {
    private final ErrorReporter errors;

    SelectorFallbacks(ErrorReporter errors) {
        this.errors = errors;
    }

    /** Whether {@code selector} and {@code protocol} agree; reports on the {@code @SelectedBy} value when not. */
    boolean check(ComponentScope scope, AnnotationMirror selectedBy, AnnotationValue value, EnumModel selector,
                  ProtocolModel protocol) {
        Optional<ProtocolModel.Variant> fallbackRecord = protocol.variants().stream()
                .filter(ProtocolModel.Variant::fallback).findFirst();
        Optional<EnumModel.Constant> fallbackConstant = selector.fallback().flatMap(name -> selector.constants()
                .stream().filter(c -> c.name().equals(name)).findFirst());
        if (fallbackRecord.isEmpty() || fallbackConstant.isEmpty()) {
            return true;
        }
        long code = fallbackConstant.get().code();
        Optional<ProtocolModel.Variant> chosen = protocol.tagged().stream()
                .filter(v -> v.tag() <= code && code <= v.tagTo()).findFirst();
        if (chosen.isEmpty()) {
            return true;
        }
        String interfaceName = protocol.protocolType().simpleName();
        String constant = fallbackConstant.get().name();
        errors.error(scope.component(), selectedBy, value, Diag.SELECTOR_FALLBACK_CODE_CHOOSES,
                value.getValue(), scope.name(), selector.enumType().simpleName(), constant, code,
                interfaceName, fallbackRecord.get().message().messageType().simpleName(), code,
                interfaceName + "." + chosen.get().message().messageType().simpleName(), constant, interfaceName,
                freeCode(selector, protocol).map(c -> ", e.g. @Code(" + c + ")").orElse(""));
        return false;
    }

    /** The least code that no constant has and no record is tagged with, if the enum's width leaves one. */
    private static Optional<Long> freeCode(EnumModel selector, ProtocolModel protocol) {
        long max = (1L << (8 * selector.width())) - 1;
        long code = 0;
        boolean moved = true;
        while (moved && code <= max) {
            moved = false;
            for (EnumModel.Constant c : selector.constants()) {
                if (c.code() == code) {
                    code++;
                    moved = true;
                }
            }
            for (ProtocolModel.Variant v : protocol.tagged()) {
                if (v.tag() <= code && code <= v.tagTo()) {
                    code = v.tagTo() + 1;
                    moved = true;
                }
            }
        }
        return code <= max ? Optional.of(code) : Optional.empty();
    }
}

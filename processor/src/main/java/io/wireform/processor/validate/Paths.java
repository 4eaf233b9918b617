package io.wireform.processor.validate;

import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.model.Reference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Resolves what a {@code @SizedBy}, {@code @CountedBy}, {@code @When} or {@code @SelectedBy} names
 * beyond a plain earlier component: a dotted path into earlier nested {@code @Message} records or
 * {@code @SelectedBy} components ({@code "header.qdcount"}), and alternatives, of which the first that
 * applies gives the value. The first step of each path is checked as a plain name is.
 */
final class Paths {
    private final Mirrors mirrors;
    private final ErrorReporter errors;
    private final SchemaRegistry registry;

    Paths(Mirrors mirrors, ErrorReporter errors, SchemaRegistry registry) {
        this.mirrors = mirrors;
        this.errors = errors;
        this.registry = registry;
    }

    /**
     * What a reference names: its leaf components (one per way to the value, in order), and the resolved
     * reference, null when it is one plain name.
     */
    record Target(List<RecordComponentElement> leaves, Reference reference) {
        RecordComponentElement element() {
            return leaves.get(0);
        }
    }

    /** A way to the value while it is being resolved: the hops so far and the component reached. */
    private record Partial(List<Reference.Hop> hops, RecordComponentElement at) {}

    /** The leaf of one path, or empty after reporting what is wrong with it. */
    Optional<List<Partial>> path(ComponentScope scope, AnnotationMirror mirror, AnnotationValue value, String display,
                                 String text, ExtentValidator extents) {
        String[] steps = text.split("\\.", -1);
        Optional<RecordComponentElement> first = extents.reference(scope, mirror, value, display, steps[0], text);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<Partial> reached = List.of(new Partial(List.of(), first.get()));
        for (int i = 1; i < steps.length; i++) {
            List<Partial> next = new ArrayList<>();
            Set<String> offered = new LinkedHashSet<>();
            String through = String.join(".", java.util.Arrays.copyOfRange(steps, 0, i));
            for (Partial partial : reached) {
                Optional<List<Partial>> into = into(scope, mirror, value, display, text, through, partial, steps[i],
                        offered);
                if (into.isEmpty()) {
                    return Optional.empty();
                }
                next.addAll(into.get());
            }
            if (next.isEmpty()) {
                errors.error(scope.component(), mirror, value, Diag.PATH_UNKNOWN, display, text, scope.name(), through,
                        steps[i], offered.isEmpty() ? "it has no components" : "use one of: " + String.join(", ", offered));
                return Optional.empty();
            }
            reached = next;
        }
        return Optional.of(reached);
    }

    /** The components named {@code step} inside the value {@code partial} reached. */
    private Optional<List<Partial>> into(ComponentScope scope, AnnotationMirror mirror, AnnotationValue value,
                                         String display, String text, String through, Partial partial, String step,
                                         Set<String> offered) {
        TypeMirror type = partial.at().asType();
        TypeElement element = type instanceof DeclaredType d && d.asElement() instanceof TypeElement t ? t : null;
        String component = partial.at().getSimpleName().toString();
        if (element != null && element.getKind() == ElementKind.RECORD
                && mirrors.find(element, AnnotationNames.MESSAGE).isPresent()) {
            Optional<MessageModel> model = registry.message(element);
            if (model.isEmpty()) {
                return Optional.empty(); // the nested record's own error says what is wrong
            }
            List<Partial> found = new ArrayList<>();
            for (RecordComponentElement c : element.getRecordComponents()) {
                offered.add(c.getSimpleName().toString());
                if (c.getSimpleName().contentEquals(step)) {
                    found.add(new Partial(append(partial.hops(), new Reference.Hop(component, model.get(), null)), c));
                }
            }
            return Optional.of(found);
        }
        if (element != null && element.getKind() == ElementKind.INTERFACE
                && mirrors.find(element, AnnotationNames.PROTOCOL)
                        .map(p -> (Boolean) mirrors.value(p, "selected").getValue()).orElse(false)
                && partial.hops().isEmpty()) { // a selected component of this record: frameLength reads its selector
            Optional<ProtocolModel> protocol = registry.protocol(element);
            if (protocol.isEmpty()) {
                return Optional.empty();
            }
            List<Partial> found = new ArrayList<>();
            for (TypeMirror permitted : element.getPermittedSubclasses()) {
                TypeElement record = (TypeElement) ((DeclaredType) permitted).asElement();
                Optional<MessageModel> variant = protocol.get().variants().stream().map(ProtocolModel.Variant::message)
                        .filter(m -> m.messageType().canonicalName().contentEquals(record.getQualifiedName()))
                        .findFirst();
                for (RecordComponentElement c : record.getRecordComponents()) {
                    offered.add(c.getSimpleName().toString());
                    if (c.getSimpleName().contentEquals(step) && variant.isPresent()) {
                        found.add(new Partial(append(partial.hops(),
                                new Reference.Hop(component, variant.get(), protocol.get())), c));
                    }
                }
            }
            return Optional.of(found);
        }
        errors.error(scope.component(), mirror, value, Diag.PATH_THROUGH_VALUE, display, text, scope.name(), through,
                type);
        return Optional.empty();
    }

    /** Resolves every alternative; the last must always apply, and none after one that does. */
    Optional<Target> alternatives(ComponentScope scope, AnnotationMirror mirror, AnnotationValue value, String display,
                                  List<String> texts, ExtentValidator extents) {
        List<RecordComponentElement> leaves = new ArrayList<>();
        List<Reference.Path> paths = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Optional<List<Partial>> reached = path(scope, mirror, value, display, text, extents);
            if (reached.isEmpty()) {
                return Optional.empty();
            }
            String[] steps = text.split("\\.", -1);
            boolean always = true;
            for (Partial p : reached.get()) {
                leaves.add(p.at());
                Reference.Path path = new Reference.Path(text, p.hops(), steps[steps.length - 1]);
                always &= path.always();
                paths.add(path);
            }
            boolean last = i == texts.size() - 1;
            if (last && !always) {
                errors.error(scope.component(), mirror, value, Diag.PATH_NEEDS_ALTERNATIVE, display, text, scope.name(),
                        steps[steps.length - 1], display, text);
                return Optional.empty();
            }
            if (!last && always) {
                errors.error(scope.component(), mirror, value, Diag.ALTERNATIVE_UNREACHABLE, display, text, scope.name(),
                        text);
                return Optional.empty();
            }
        }
        boolean plain = texts.size() == 1 && !texts.get(0).contains(".");
        Reference reference = plain ? null : new Reference(String.join(" or ", texts), paths);
        return Optional.of(new Target(leaves, reference));
    }

    private static List<Reference.Hop> append(List<Reference.Hop> hops, Reference.Hop hop) {
        List<Reference.Hop> longer = new ArrayList<>(hops);
        longer.add(hop);
        return longer;
    }
}
